"""The playbook's task plan: generated from the launch date, re-planned when it moves,
copied with a campaign; bad playbook data named."""

import copy as copying
from datetime import datetime, timedelta

import pytest

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import duplicate_campaign, get_campaign, update_campaign
from flashdesk.playbook import PlaybookError, default_playbook
from flashdesk.playbook.loader import Checker
from flashdesk.tasks import plan
from flashdesk.tasks.schedule import violations
from flashdesk.tasks.service import load_board, move_task, rename_role
from flashdesk.tasks.timeref import At, parse_duration, parse_predecessors


def _tasks(store, campaign_id):
    return {t.key: t for t in load_board(store, campaign_id).tasks}


def test_plan_has_the_five_steps_channels_key_nodes_and_review(store, campaign_id):
    board = load_board(store, campaign_id)
    launch = board.campaign.launch_at
    tasks = {t.key: t for t in board.tasks}
    for key in ("plan_framework", "plan_detail", "plan_conversion", "plan_crisis",
                "plan_follow_up", "moments_d3", "groups_entry", "group_setup", "delivery",
                "review_meeting"):
        assert key in tasks
    assert tasks["wake_up_packet"].start == launch - timedelta(minutes=30)
    assert tasks["order_flood"].start == launch + timedelta(minutes=15)
    assert tasks["countdown"].start == launch + timedelta(hours=1)
    assert {t.key_node for t in board.tasks if t.key_node} == {
        "wake_up_packet", "sign_up_chain", "order_flood", "countdown", "close_preview"}
    assert tasks["group_close"].milestone and tasks["group_close"].start.date() == \
        (launch + timedelta(days=3)).date()
    assert {r.name for r in board.roles} == {"运营", "文案", "设计", "客服号", "群托小号"}
    assert violations(board.spans(), board.schedule_links()) == []
    assert {tasks["group_close"].id, tasks["close_preview"].id} <= board.critical()


def test_changing_the_launch_replans_what_hangs_on_it(store, campaign_id):
    before = _tasks(store, campaign_id)
    move_task(store, before["review_meeting"].id, before["review_meeting"].start + timedelta(hours=1),
              before["review_meeting"].end + timedelta(hours=1))  # the operator's own edit
    campaign = get_campaign(store, campaign_id)
    draft = CampaignDraft.of(campaign)
    draft.launch_at = campaign.launch_at + timedelta(days=2, hours=-1)  # two days later, 19:00
    update_campaign(store, campaign_id, draft)
    after = _tasks(store, campaign_id)
    assert after["wake_up_packet"].start == before["wake_up_packet"].start + timedelta(days=2, hours=-1)
    assert after["moments_d3"].start == before["moments_d3"].start + timedelta(days=2)
    assert after["review_meeting"].start == before["review_meeting"].start + timedelta(days=2, hours=1)
    board = load_board(store, campaign_id)
    assert violations(board.spans(), board.schedule_links()) == []


def test_longer_group_life_moves_the_close(store, campaign_id):
    before = _tasks(store, campaign_id)
    draft = CampaignDraft.of(get_campaign(store, campaign_id))
    draft.lifetime_days += 1
    update_campaign(store, campaign_id, draft)
    after = _tasks(store, campaign_id)
    assert after["group_close"].start == before["group_close"].start + timedelta(days=1)
    assert after["launch_open"].start == before["launch_open"].start


def test_duplicate_copies_tasks_links_and_renamed_roles(store, campaign_id):
    board = load_board(store, campaign_id)
    role = next(r for r in board.roles if r.key == "copywriter")
    rename_role(store, role.id, "小王")
    launch = board.campaign.launch_at + timedelta(days=30)
    twin_id = duplicate_campaign(store, campaign_id, "双11 复刻", launch).result
    twin = load_board(store, twin_id)
    assert len(twin.tasks) == len(board.tasks) and len(twin.links) == len(board.links)
    assert "小王" in {r.name for r in twin.roles}
    tasks = {t.key: t for t in twin.tasks}
    assert tasks["launch_open"].start == launch
    assert all(t.progress == 0 and t.status == "todo" for t in twin.tasks)


def test_time_forms():
    assert parse_duration("1d2h30m") == 1590 and parse_duration("45") == 45
    with pytest.raises(ValueError):
        parse_duration("2 hours")
    assert At.parse("D-3 10:00").resolve(datetime(2026, 6, 18, 20), 3) == datetime(2026, 6, 15, 10)
    assert At.parse("C+1 09:30").resolve(datetime(2026, 6, 18, 20), 3) == datetime(2026, 6, 22, 9, 30)
    assert At.parse("L-1h30m").resolve(datetime(2026, 6, 18, 20), 3) == datetime(2026, 6, 18, 18, 30)
    refs = parse_predecessors("3FS+2h; 5ss-30m, 7")
    assert [(r.row, r.kind, r.lag) for r in refs] == [(3, "FS", 120), (5, "SS", -30), (7, "FS", 0)]
    with pytest.raises(ValueError):
        parse_predecessors("three")


@pytest.mark.parametrize("breakage, where", [
    (lambda s: s["task"][1].update(after=["nowhere"]), "tasks.task[1].after"),
    (lambda s: s["task"][0].update(after=["plan_detail"]), "closes a loop"),
    (lambda s: s["task"][0].update(role="boss"), "tasks.task[0].role"),
    (lambda s: s["task"][0].update(at="tomorrow"), "tasks.task[0].at"),
    (lambda s: s["task"][0].update(length="2 hours"), "tasks.task[0].length"),
    (lambda s: s["task"][2].update(key="plan_framework"), "used twice"),
])
def test_bad_playbook_data_is_named(breakage, where):
    section = copying.deepcopy(default_playbook().section("tasks"))
    breakage(section)
    with pytest.raises(PlaybookError, match=where.replace("[", r"\[").replace("]", r"\]")):
        plan.validate(section, Checker("flash_group.toml"))
