"""Every Group SOP action is one Change: undo gives back the tables row for row, redo the
state after — without Qt."""

from datetime import datetime, timedelta

from flashdesk.campaigns.service import get_campaign
from flashdesk.copies import service as copies
from flashdesk.copies.service import CopyDraft
from flashdesk.groups import runbook as rb
from flashdesk.groups import service
from flashdesk.groups.tables import (
    ChatGroup,
    CrisisPlan,
    GroupSetupItem,
    KeyNode,
    TimetableSlot,
)
from tests.change_check import assert_round_trip

NOW = datetime(2026, 6, 10, 9, 0)


def _group(store, campaign_id):
    return service.rows(store, ChatGroup, campaign_id)[0]


def test_group_edits_round_trip(store, campaign_id):
    group = _group(store, campaign_id)
    full = assert_round_trip(store, lambda: service.edit(store, ChatGroup, group.id, members=200))
    assert full.campaign_id == campaign_id and full.tables == {"chat_group"}
    assert _group(store, campaign_id).state == "full"  # filling it up is part of the same step
    qr = service.new_qr_fields("https://weixin.qq.com/g/new", NOW)
    assert_round_trip(store, lambda: service.edit(store, ChatGroup, group.id, **qr))
    item = service.setup_checklist(store, group.id)[0]
    assert_round_trip(store, lambda: service.edit(store, GroupSetupItem, item.id, done=True))
    node = service.rows(store, KeyNode, campaign_id)[0]
    assert_round_trip(store, lambda: service.edit(store, KeyNode, node.id, owner="小美"))


def test_linking_a_copy_and_counting_its_use_is_one_step(store, campaign_id):
    node = service.rows(store, KeyNode, campaign_id)[0]
    copy_id = copies.create_copy(store, CopyDraft(title="叫醒话术", body="醒醒", stage="wake_up")).result
    link = assert_round_trip(store, lambda: service.edit(store, KeyNode, node.id, copy_id=copy_id))
    assert link.tables == {"key_node", "copy"}
    assert copies.get_copy(store, copy_id).times_used == 1
    link.apply(store, undo=True)
    assert copies.get_copy(store, copy_id).times_used == 0
    assert service.rows(store, KeyNode, campaign_id)[0].copy_id is None


def test_adding_moving_and_deleting_groups_round_trip(store, campaign_id):
    first = _group(store, campaign_id).id
    added = assert_round_trip(store, lambda: service.add_group(store, campaign_id, now=NOW))
    assert {"chat_group", "group_setup_item"} <= added.tables
    assert len(added.ids("group_setup_item")) == 5  # the new group's checklist comes with it
    moved = assert_round_trip(store, lambda: service.move_group(store, added.result, -1))
    assert moved.ids("chat_group") == {first, added.result}
    assert _group(store, campaign_id).id == added.result
    assert_round_trip(store, lambda: service.set_deleted(store, ChatGroup, added.result, True))


def test_live_code_and_sold_count_round_trip(store, campaign_id):
    assert_round_trip(store, lambda: service.set_live_code(store, campaign_id, "https://l.cn/618"))
    sold = assert_round_trip(store, lambda: service.set_sold(store, campaign_id, 320))
    assert sold.tables == {"group_campaign"} and sold.campaign_id == campaign_id
    assert service.quota(store, campaign_id).sold == 320


def test_sop_rows_round_trip(store, campaign_id):
    slot = assert_round_trip(store, lambda: service.add_slot(store, campaign_id, "22:00", "22:30", "晚安"))
    assert service.rows(store, TimetableSlot, campaign_id)[-1].id == slot.result
    assert_round_trip(store, lambda: service.edit(store, TimetableSlot, slot.result, end="23:00"))
    assert_round_trip(store, lambda: service.set_deleted(store, TimetableSlot, slot.result, True))
    plan = assert_round_trip(store, lambda: service.add_crisis_plan(store, campaign_id, "断货", "先致歉"))
    assert service.rows(store, CrisisPlan, campaign_id)[-1].id == plan.result
    assert_round_trip(store, lambda: service.add_weekly(store, campaign_id, "周五", "21:00", "抽奖"))
    assert_round_trip(store, lambda: service.add_sop_item(store, campaign_id, "进群仪式", "欢迎"))


def test_runbook_actions_round_trip(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at
    done = assert_round_trip(store, lambda: rb.finish_current(store, campaign_id, "done", launch))
    assert done.ids("node_beat") == {done.result}
    node = rb.load_runbook(store, campaign_id).nodes[0]
    added = assert_round_trip(store, lambda: rb.add_beat(store, node.id, node.beats[0].id, text="补一句"))
    assert added.result in added.ids("node_beat")
    rb.finish_current(store, campaign_id, "skipped", launch + timedelta(minutes=1))
    assert_round_trip(store, lambda: rb.reset_runbook(store, campaign_id))
