"""Editing the group SOP: validation leaves the store unchanged, edits return their Change,
the quota fills the reminder line everywhere, warnings fire and clear."""

from datetime import timedelta

import pytest

from flashdesk.campaigns.service import get_campaign
from flashdesk.groups import service
from flashdesk.groups.checks import group_warnings
from flashdesk.groups.rules import GroupError
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.tables import ChatGroup, GroupSetupItem, KeyNode, TimetableSlot


def _group(store, campaign_id):
    return service.rows(store, ChatGroup, campaign_id)[0]


@pytest.mark.parametrize("fields, words", [
    ({"qr_payload": "加我微信 abc"}, "web address"),
    ({"qr_payload": "ftp://x.y/z"}, "https://"),
    ({"members": 201}, "capacity"),
    ({"capacity": 0}, "between 1 and 500"),
    ({"members": "many"}, "whole number"),
    ({"name": "  "}, "required"),
    ({"state": "gone"}, "one of open, full, closed"),
])
def test_bad_group_edits_are_refused_and_change_nothing(store, campaign_id, fields, words):
    group = _group(store, campaign_id)
    with pytest.raises(GroupError, match=words):
        service.edit(store, ChatGroup, group.id, **fields)
    assert _group(store, campaign_id) == group


def test_edit_returns_old_values_and_fills_group(store, campaign_id):
    group = _group(store, campaign_id)
    change = service.edit(store, ChatGroup, group.id, members=200)
    [row] = change.rows
    assert {k: row.before[k] for k in ("members", "state")} == {"members": 0, "state": "open"}
    assert _group(store, campaign_id).state == "full"
    change.apply(store, undo=True)
    assert _group(store, campaign_id).state == "open"


def test_node_time_must_stay_on_launch_day(store, campaign_id):
    node = service.rows(store, KeyNode, campaign_id)[0]
    with pytest.raises(GroupError, match="launch day"):
        service.edit(store, KeyNode, node.id, at=node.at + timedelta(days=1))
    assert service.rows(store, KeyNode, campaign_id)[0].at == node.at
    service.edit(store, KeyNode, node.id, at=node.at.replace(hour=19, minute=0))
    assert service.rows(store, KeyNode, campaign_id)[0].at.hour == 19


def test_timetable_slots_check_times_and_overlaps(store, campaign_id):
    with pytest.raises(GroupError, match="time of day"):
        service.add_slot(store, campaign_id, "25:00", "26:00")
    with pytest.raises(GroupError, match="end after it starts"):
        service.add_slot(store, campaign_id, "21:00", "20:00")
    slot_id = service.add_slot(store, campaign_id, "8:00", "09:00", "早读").result
    slots = service.rows(store, TimetableSlot, campaign_id)
    pairs = service.overlapping_slots(slots)
    assert [(a.start, b.start) for a, b in pairs] == [("07:30", "08:00")]
    service.edit(store, TimetableSlot, slot_id, start="08:30")
    assert service.overlapping_slots(service.rows(store, TimetableSlot, campaign_id)) == []
    service.set_deleted(store, TimetableSlot, slot_id, True)
    assert slot_id not in [s.id for s in service.rows(store, TimetableSlot, campaign_id)]


def test_sold_count_updates_the_reminder_in_every_beat(store, campaign_id):
    def reminder_lines():
        return [b.filled for b in load_runbook(store, campaign_id).beats() if "名额只剩" in b.filled]

    assert all("500" in line for line in reminder_lines())
    assert len(reminder_lines()) >= 3
    service.set_sold(store, campaign_id, 432)
    assert service.quota(store, campaign_id).remaining == 68
    assert service.quota(store, campaign_id).reminder == "名额只剩 68 个了，手慢就没了～"
    assert all("68 个" in line for line in reminder_lines())
    with pytest.raises(GroupError, match="between 0 and 500"):
        service.set_sold(store, campaign_id, 501)
    assert service.quota(store, campaign_id).sold == 432


def test_live_code_and_rotation(store, campaign_id):
    with pytest.raises(GroupError, match="web address"):
        service.set_live_code(store, campaign_id, "not a url")
    [head] = service.set_live_code(store, campaign_id, "https://hm.example.cn/live/618").rows
    assert head.before["live_code_url"] == ""
    assert service.live_code(store, campaign_id) == "https://hm.example.cn/live/618"
    second = service.add_group(store, campaign_id).result
    assert _group(store, campaign_id).name.endswith("福利1群")
    assert service.rows(store, ChatGroup, campaign_id)[1].name.endswith("福利2群")
    assert not service.move_group(store, second, -1).empty
    assert service.rows(store, ChatGroup, campaign_id)[0].id == second
    assert service.move_group(store, second, -1).empty


def test_setup_checklist_done_box(store, campaign_id):
    item = service.setup_checklist(store, _group(store, campaign_id).id)[1]
    [row] = service.edit(store, GroupSetupItem, item.id, done=True).rows
    assert (row.before["done"], row.after["done"]) == (False, True)
    assert service.setup_checklist(store, item.group_id)[1].done is True


def _kinds(store, campaign_id, now):
    """What the groups page lists: the groups' own warnings and the posters' about them."""
    from flashdesk.posters.group_check import group_warnings_from_posters

    return {w.kind for w in group_warnings(store, campaign_id, now) + group_warnings_from_posters(store, campaign_id)}


def test_each_warning_fires_and_clears(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at
    group = _group(store, campaign_id)
    before = launch - timedelta(hours=12)
    assert "no_qr" in _kinds(store, campaign_id, before)
    service.edit(store, ChatGroup, group.id, qr_payload="https://weixin.qq.com/g/abc")
    assert _kinds(store, campaign_id, before) == {"no_live_code"}  # the sample poster waits for it
    service.set_live_code(store, campaign_id, "https://live.example.cn/c/618")
    assert _kinds(store, campaign_id, before) == set()

    service.edit(store, ChatGroup, group.id, members=180)
    assert "near_full" in _kinds(store, campaign_id, before)
    service.edit(store, ChatGroup, group.id, members=179)
    assert "near_full" not in _kinds(store, campaign_id, before)

    soon = group.expires_at - timedelta(hours=5)
    assert "expiring" in _kinds(store, campaign_id, soon)
    late = group.expires_at + timedelta(minutes=1)
    assert "expired" in _kinds(store, campaign_id, late)
    service.edit(store, ChatGroup, group.id, expires_at=late + timedelta(days=7))
    assert not {"expired", "expiring"} & _kinds(store, campaign_id, late)

    service.edit(store, ChatGroup, group.id, state="closed")
    assert "no_open_group" in _kinds(store, campaign_id, before)
    service.add_group(store, campaign_id, qr_payload="https://weixin.qq.com/g/2",
                      now=launch - timedelta(days=1))
    assert _kinds(store, campaign_id, before) == set()
    messages = [w.message for w in group_warnings(store, campaign_id, launch + timedelta(days=30))]
    assert any("expired" in m for m in messages)
