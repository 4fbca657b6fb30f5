"""The agenda at a fixed clock: what is due now, later today and overdue on launch day, a
role's share, and done/skip acting where each item lives (one Change each, undoable)."""

from datetime import timedelta

import pytest

from flashdesk import agenda
from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.service import get_post
from flashdesk.errors import UserError
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.timetable import day_items
from flashdesk.tasks.service import get_tasks
from tests.change_check import assert_round_trip


def _launch_day(store, campaign_id, hour, minute=0):
    return get_campaign(store, campaign_id).launch_at.replace(hour=hour, minute=minute)


def test_launch_day_morning_sorts_into_now_later_and_overdue(store, campaign_id):
    now = _launch_day(store, campaign_id, 11, 5)
    sorted_out = agenda.agenda(agenda.plan_items(store, campaign_id), now)
    slots = {kind: [i.summary[:5] for i in getattr(sorted_out, kind) if i.kind == "slot"]
             for kind in ("now", "later", "overdue")}
    assert slots["now"] == ["品牌实力、"]  # 11:00–11:30
    assert slots["later"] == ["产品内容延", "幕后日常："]  # 13:00 and 17:00; no evening push on launch day
    assert "早安问候 " in slots["overdue"]  # 07:30–08:30 not ticked
    beats = [i for i in sorted_out.later if i.kind == "beat"]
    assert beats and beats[0].summary.startswith("叫醒红包") and beats[0].start == now.replace(hour=19, minute=30)
    assert all(i.start.date() == now.date() for i in sorted_out.later)
    assert all(i.end < now for i in sorted_out.overdue) and not sorted_out.finished
    assert all(i.start <= now + agenda.SOON and i.end >= now for i in sorted_out.now)


def test_a_roles_share_follows_its_names(store, campaign_id):
    everyone = agenda.plan_items(store, campaign_id)
    helper = agenda.plan_items(store, campaign_id, "helper")
    assert 0 < len(helper) < len(everyone)
    # 群托小号 works as 小号 in the runbook: the order flood and the daily 晒单 are the helper's
    assert {i.summary.split("：")[0] for i in helper if i.kind == "beat"} == {"订单刷屏", "晒单"}
    assert not [i for i in helper if i.kind == "slot"]
    operator = agenda.plan_items(store, campaign_id, "运营")
    names = {i.summary.split("：")[0] for i in operator if i.kind == "beat"}
    assert {"叫醒红包", "群接龙", "收尾与预告"} <= names  # 群主's nodes are the operator's too
    assert {i.owner for i in operator if i.kind == "slot"} == {"运营"}
    with pytest.raises(UserError, match="老板"):
        agenda.plan_items(store, campaign_id, "老板")


def test_done_and_skip_act_where_each_item_lives(store, campaign_id):
    items = agenda.plan_items(store, campaign_id)
    task = next(i for i in items if i.kind == "task")
    post = next(i for i in items if i.kind == "post")
    beat = next(i for i in items if i.kind == "beat")
    slot = next(i for i in items if i.kind == "slot")
    now = _launch_day(store, campaign_id, 12)

    assert_round_trip(store, lambda: agenda.mark(store, task, "done", "运营", now))
    [row] = get_tasks(store, [task.ref])
    assert (row.status, row.progress) == ("done", 100)
    assert_round_trip(store, lambda: agenda.mark(store, post, "done", "运营", now))
    assert get_post(store, post.ref).status == "published"
    assert_round_trip(store, lambda: agenda.mark(store, beat, "skipped", "运营", now))
    assert next(b for b in load_runbook(store, campaign_id).beats() if b.id == beat.ref).state == "skipped"
    assert_round_trip(store, lambda: agenda.mark(store, slot, "done", "运营", now))
    ticked = next(i for i in day_items(store, campaign_id) if i.id == slot.ref)
    assert (ticked.state, ticked.done_by, ticked.finished_at) == ("done", "运营", now)

    with pytest.raises(UserError, match="cannot be skipped"):
        agenda.mark(store, task, "skipped")
    after = agenda.agenda(agenda.plan_items(store, campaign_id), slot.start + timedelta(minutes=1))
    assert slot.uid in {i.uid for i in after.finished}


def test_launch_week_runs_from_the_first_warm_up_to_the_close(store, campaign_id):
    campaign = get_campaign(store, campaign_id)
    assert agenda.launch_week(campaign, campaign.launch_at - timedelta(days=3))
    assert agenda.launch_week(campaign, campaign.launch_at + timedelta(days=3))
    assert not agenda.launch_week(campaign, campaign.launch_at + timedelta(days=4))
    assert not agenda.launch_week(campaign, campaign.launch_at - timedelta(days=30))


def test_a_beats_summary_holds_its_whole_text(store, campaign_id):
    """The Today row and the calendar event each shorten it to their room: the agenda cuts
    nothing (it cut at 40 characters mid-phrase)."""
    items = agenda.plan_items(store, campaign_id)
    beats = {i.ref: i.summary for i in items if i.kind == "beat"}
    longest = max((beat for node in load_runbook(store, campaign_id).nodes for beat in node.beats),
                  key=lambda beat: len(beat.filled))
    assert len(longest.filled) > 40
    assert beats[longest.id].endswith(agenda.one_line(longest.filled))


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Remind everyone the sale opens tonight", 20, "Remind everyone the…"),
    ("大家晚上好！6月18日 20:00 准时开抢", 12, "大家晚上好！6月18日…"),
    ("short line\nsecond", 40, "short line second"),
])
def test_shortened_cuts_at_a_word_and_says_so(text, limit, expected):
    assert agenda.shortened(text, limit) == expected
