"""Every day of the group has its key nodes — launch night, the days between (晒单, what is
left, Q&A) and the close day (last countdown, close and preview) — and a node's time is the
same in the runbook, the Gantt and the 关键节点执行表."""

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign, update_campaign
from flashdesk.groups.runbook import load_runbook
from flashdesk.store import open_store
from flashdesk.tasks.plan import RUNBOOK_NODES
from flashdesk.tasks.service import load_board
from flashdesk.workbook.export import export_workbook
from tests.old_stores import old_store


def _days(campaign):
    return [campaign.launch_at.date() + timedelta(days=n) for n in range(campaign.lifetime_days + 1)]


@pytest.mark.parametrize("lifetime", [3, 7])
def test_every_group_day_has_nodes_alike_in_runbook_gantt_and_sheet(store, tmp_path, lifetime):
    campaign_id = create_campaign(store, replace(sample_draft(), lifetime_days=lifetime)).result
    campaign = get_campaign(store, campaign_id)
    nodes = load_runbook(store, campaign_id).nodes
    by_day = {day: [n.key for n in nodes if n.at.date() == day] for day in _days(campaign)}
    assert by_day[campaign.launch_at.date()][:4] == ["wake_up", "sign_up", "order_flood", "countdown"]
    for day in _days(campaign)[1:-1]:
        assert by_day[day] == ["show_off", "whats_left", "questions"], day
    assert by_day[_days(campaign)[-1]] == ["last_countdown", "close"]
    assert sum(map(len, by_day.values())) == len(nodes) == 4 + 3 * (lifetime - 1) + 2

    # Gantt: one task per node showing that has a task, at the node's time
    runbook = sorted((n.key, n.at) for n in nodes)
    gantt = sorted((RUNBOOK_NODES.get(t.key_node, t.key_node), t.start)
                   for t in load_board(store, campaign_id).tasks if t.key_node)
    assert set(gantt) <= set(runbook)
    assert {at.date() for _key, at in gantt} == set(_days(campaign))
    assert len([k for k, _at in gantt if k == "show_off"]) == lifetime - 1

    # 关键节点执行表: each node's first row names it with its date and time
    sheet = load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))["关键节点执行表"]
    listed = [(r[0], r[1]) for r in sheet.iter_rows(min_row=3, values_only=True) if r[0]]
    assert listed == [(n.name, f"{n.at:%m-%d %H:%M}") for n in nodes]


def test_moving_the_launch_and_the_close_keeps_each_node_on_its_day(store):
    campaign_id = create_campaign(store, sample_draft()).result
    draft = CampaignDraft.of(get_campaign(store, campaign_id))
    draft.launch_at += timedelta(days=1, hours=-1)
    update_campaign(store, campaign_id, draft)
    campaign = get_campaign(store, campaign_id)
    nodes = {n.key: n.at for n in load_runbook(store, campaign_id).nodes}
    assert nodes["sign_up"] == campaign.launch_at
    assert nodes["close"] == campaign.launch_at.replace(hour=20) + timedelta(days=3)
    tasks = {t.key: t.start for t in load_board(store, campaign_id).tasks}
    assert tasks["close_preview"] == nodes["close"] and tasks["last_countdown"] == nodes["last_countdown"]


def test_old_store_nodes_become_launch_night_nodes(tmp_path):
    def rows(run):
        run("INSERT INTO key_node (campaign_id, position, key, name, at, owner) "
            "VALUES (1, 0, 'sign_up', '群接龙', '2026-05-20 20:00:00.000000', '运营')")

    path = old_store(tmp_path, "groups_0002", rows=rows)
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT key, name, at, owner, anchor FROM key_node").fetchall() == [
        ("sign_up", "群接龙", "2026-05-20 20:00:00.000000", "运营", "L")]
    assert db.execute("SELECT name FROM campaign").fetchone() == ("旧活动",)


def test_a_longer_or_shorter_group_life_refits_the_daily_nodes_and_tasks(store):
    campaign_id = create_campaign(store, sample_draft()).result
    for lifetime in (5, 2):
        draft = CampaignDraft.of(get_campaign(store, campaign_id))
        draft.lifetime_days = lifetime
        update_campaign(store, campaign_id, draft)
        campaign = get_campaign(store, campaign_id)
        nodes = load_runbook(store, campaign_id).nodes
        days = _days(campaign)
        assert {n.at.date() for n in nodes} == set(days), lifetime
        assert [n.key for n in nodes if n.at.date() == days[1]] == (
            ["show_off", "whats_left", "questions"] if lifetime > 1 else [])
        assert [n.key for n in nodes if n.at.date() == days[-1]] == ["last_countdown", "close"]
        gantt = {(RUNBOOK_NODES.get(t.key_node, t.key_node), t.start)
                 for t in load_board(store, campaign_id).tasks if t.key_node}
        assert gantt <= {(n.key, n.at) for n in nodes}
        assert len([k for k, _at in gantt if k == "show_off"]) == lifetime - 1
