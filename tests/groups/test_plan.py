"""The playbook lays out the group SOP of a campaign and moves it with the launch date."""

import copy as copylib
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, duplicate_campaign, get_campaign, update_campaign
from flashdesk.groups import plan, service
from flashdesk.groups.runbook import load_runbook, set_beat_state
from flashdesk.groups.tables import ChatGroup, CrisisPlan, SetupSopItem, TimetableSlot, WeeklyRhythm
from flashdesk.playbook import PlaybookError, default_playbook
from flashdesk.playbook.loader import Checker
from tests.change_check import assert_round_trip


def test_sample_campaign_gets_launch_night_nodes_in_order(store, campaign_id):
    campaign = get_campaign(store, campaign_id)
    runbook = load_runbook(store, campaign_id)
    night = [n for n in runbook.nodes if n.at.date() == campaign.launch_at.date()]
    assert [n.key for n in night] == ["wake_up", "sign_up", "order_flood", "countdown"]
    assert [n.name for n in runbook.nodes][:2] == ["叫醒红包", "群接龙"]
    assert [n.key for n in runbook.nodes][-2:] == ["last_countdown", "close"]
    assert runbook.nodes[-1].at.date() > campaign.launch_at.date()
    assert runbook.nodes[0].at == campaign.launch_at.replace(hour=19, minute=30)
    assert runbook.nodes[1].at == campaign.launch_at
    times = [n.at for n in runbook.nodes]
    assert times == sorted(times)


def test_quiz_is_expanded_into_a_beat_script(store, campaign_id):
    wake_up = load_runbook(store, campaign_id).nodes[0]
    kinds = [b.kind for b in wake_up.beats]
    quiz = kinds[kinds.index("announce", 1):]
    assert quiz == ["announce", "question", "helper", "congratulate", "question", "helper", "congratulate"]
    question = wake_up.beats[kinds.index("question")]
    assert 1 <= question.wait_minutes <= 2
    helper = wake_up.beats[kinds.index("helper")]
    assert helper.filled == "340 元！"  # the sample's deal price, filled in


def test_daily_timetable_weekly_sop_and_crisis_are_seeded(store, campaign_id):
    slots = service.rows(store, TimetableSlot, campaign_id)
    assert [(s.start, s.end) for s in slots][0] == ("07:30", "08:30")
    assert {"11:00", "13:00", "17:00", "19:30"} <= {s.start for s in slots}
    assert service.overlapping_slots(slots) == []
    days = [w.day for w in service.rows(store, WeeklyRhythm, campaign_id)]
    assert days == ["每天", "周二", "周五"]
    topics = [s.topic for s in service.rows(store, SetupSopItem, campaign_id)]
    assert "昵称格式" in topics and "会员分层" in topics
    assert any("城市-行业-昵称" in s.content for s in service.rows(store, SetupSopItem, campaign_id))
    risks = " ".join(p.risk for p in service.rows(store, CrisisPlan, campaign_id))
    for word in ("二维码", "支付", "库存", "负面", "拉进群"):
        assert word in risks
    groups = service.rows(store, ChatGroup, campaign_id)
    assert len(groups) == 1 and groups[0].capacity == 200 and groups[0].state == "open"
    assert (groups[0].expires_at - groups[0].created_on).days == 7
    assert [i.key for i in service.setup_checklist(store, groups[0].id)] == [
        "name", "announcement", "admins", "welcome", "anti_harassment"]


def test_moving_the_launch_moves_the_nodes_and_groups(store, campaign_id):
    before = load_runbook(store, campaign_id)
    group = service.rows(store, ChatGroup, campaign_id)[0]
    draft = CampaignDraft.of(get_campaign(store, campaign_id))
    draft.launch_at = draft.launch_at.replace(day=draft.launch_at.day - 2, hour=19)
    update_campaign(store, campaign_id, draft)
    after = load_runbook(store, campaign_id)
    assert len(after.nodes) == len(before.nodes)
    for old, new in zip(before.nodes, after.nodes):
        night = old.at.date() == before.nodes[0].at.date()
        # launch night moves with the launch moment, the later days with the launch day
        assert old.at - new.at == (datetime(2000, 1, 3, 20) - datetime(2000, 1, 1, 19) if night
                                   else timedelta(days=2)), old.key
    moved = service.rows(store, ChatGroup, campaign_id)[0]
    assert group.expires_at - moved.expires_at == before.nodes[0].at - after.nodes[0].at


def test_late_launch_keeps_nodes_on_launch_day():
    late = datetime(2026, 6, 18, 23, 0)
    assert plan.node_time(late, 120) == datetime(2026, 6, 18, 23, 59)
    assert plan.node_time(datetime(2026, 6, 18, 0, 10), -30) == datetime(2026, 6, 18, 0, 0)


def test_duplicate_starts_fresh_and_shifted(store, campaign_id):
    group = service.rows(store, ChatGroup, campaign_id)[0]
    service.edit(store, ChatGroup, group.id, qr_payload="https://weixin.qq.com/g/x", members=150)
    service.set_sold(store, campaign_id, 300)
    first = load_runbook(store, campaign_id).current
    set_beat_state(store, first.id, "done")
    source = get_campaign(store, campaign_id)
    new_launch = source.launch_at.replace(year=source.launch_at.year + 1)
    twin = duplicate_campaign(store, campaign_id, "复制", new_launch).result
    copied = service.rows(store, ChatGroup, twin)
    assert len(copied) == 1 and copied[0].qr_payload == "" and copied[0].members == 0
    assert service.quota(store, twin).sold == 0
    runbook = load_runbook(store, twin)
    assert runbook.progress()[0] == 0
    assert runbook.nodes[1].at == new_launch
    assert len(service.rows(store, CrisisPlan, twin)) == len(service.rows(store, CrisisPlan, campaign_id))
    assert len(service.setup_checklist(store, copied[0].id)) == 5


def test_a_playbook_key_that_is_no_column_is_left_out_of_the_change(store):
    """The ORM's constructors once ignored a key the table has no column for; the bulk
    insert leaves it out too, and so does the Change, which redoes the rows as written."""
    sections = copylib.deepcopy(default_playbook().sections)
    sections["groups"]["crisis"][0]["note"] = "运营自己的备注"
    playbook = replace(default_playbook(), sections=sections)
    change = assert_round_trip(store, lambda: create_campaign(store, sample_draft(), playbook))
    crisis = [row.after for row in change.rows if row.table == CrisisPlan.__tablename__]
    assert crisis and all("note" not in row for row in crisis)


def _section():
    return copylib.deepcopy(default_playbook().section("groups"))


@pytest.mark.parametrize("damage, key", [
    (lambda s: s.pop("reminder"), "groups.reminder"),
    (lambda s: s["timetable"][0].update(start="7.30"), "groups.timetable[0].start"),
    (lambda s: s["node"][0]["beats"][0].update(text="{price}"), "groups.node[0].beats[0].text"),
    (lambda s: s.update(crisis=s["crisis"][:3]), "groups.crisis"),
    (lambda s: s["node"][1].update(quiz=True), "groups.node"),
    (lambda s: s.update(setup=s["setup"][1:]), "groups.setup"),
])
def test_validation_names_the_bad_key(damage, key):
    section = _section()
    damage(section)
    with pytest.raises(PlaybookError) as info:
        plan.validate(section, Checker("flash_group.toml"))
    assert info.value.key == key


def test_moving_the_launch_leaves_real_qr_dates_alone(store, campaign_id):
    group = service.rows(store, ChatGroup, campaign_id)[0]
    service.edit(store, ChatGroup, group.id, qr_payload="https://weixin.qq.com/g/real")
    draft = CampaignDraft.of(get_campaign(store, campaign_id))
    draft.launch_at = draft.launch_at.replace(day=draft.launch_at.day - 1)
    update_campaign(store, campaign_id, draft)
    moved = service.rows(store, ChatGroup, campaign_id)[0]
    assert (moved.created_on, moved.expires_at) == (group.created_on, group.expires_at)
