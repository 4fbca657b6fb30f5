"""The daily timetable as dated items: every group day of a 3- and a 7-day group has its
items, done/skip is kept (who, when) and undoes, the sheet shows dates and ticks, a store made
before groups_0004 gains the items, and a duplicate with another length refits its days."""

import re
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, duplicate_campaign, get_campaign, is_live
from flashdesk.groups import service
from flashdesk.groups.days import group_days
from flashdesk.groups.rules import GroupError
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.tables import TimetableSlot
from flashdesk.groups.timetable import day_items, set_item_state
from flashdesk.store import open_store
from flashdesk.tasks.service import load_board
from flashdesk.workbook.export import export_workbook
from tests.change_check import assert_round_trip
from tests.old_stores import old_store


@pytest.mark.parametrize("lifetime", [1, 3, 7])
def test_every_group_day_has_its_timetable_items(store, lifetime):
    campaign_id = create_campaign(store, replace(sample_draft(), lifetime_days=lifetime)).result
    campaign = get_campaign(store, campaign_id)
    days = group_days(campaign.launch_at, campaign.lifetime_days)
    assert len(days) == lifetime + 1 and days[0] == campaign.launch_at.date()
    items = day_items(store, campaign_id)
    by_day = {day: [f"{i.start:%H:%M}" for i in items if i.day == day] for day in days}
    # launch night belongs to the key nodes: the 19:30 evening push comes on the days after
    assert by_day[days[0]] == ["07:30", "11:00", "13:00", "17:00"]
    for day in days[1:]:
        assert by_day[day] == ["07:30", "11:00", "13:00", "17:00", "19:30"], day
    assert len(items) == 5 * (lifetime + 1) - 1
    assert all(i.state == "pending" and i.owner for i in items)
    assert {i.owner for i in items} == {"运营", "文案", "客服号"}


def test_done_and_skip_are_kept_with_who_and_when_and_undo(store, campaign_id, tmp_path):
    first, second = day_items(store, campaign_id)[:2]
    at = datetime(2027, 6, 18, 7, 40)
    change = assert_round_trip(store, lambda: set_item_state(store, first.id, "done", "运营", at))
    assert change.touches({"timetable_item"})
    set_item_state(store, second.id, "skipped", "文案", at + timedelta(hours=4))
    location = store.location  # a file, or a PostgreSQL URL
    store.close()
    reopened = open_store(location)
    try:
        again = {i.id: i for i in day_items(reopened, campaign_id)}
        assert (again[first.id].state, again[first.id].done_by, again[first.id].finished_at) == ("done", "运营", at)
        assert again[second.id].state == "skipped"
        back = set_item_state(reopened, first.id, "pending")
        assert day_items(reopened, campaign_id)[0].done_by == "" and day_items(reopened, campaign_id)[0].finished_at \
            is None
        back.apply(reopened, undo=True)
        assert day_items(reopened, campaign_id)[0].state == "done"
        with pytest.raises(GroupError, match="state"):
            set_item_state(reopened, first.id, "maybe")

        sheet = load_workbook(export_workbook(reopened, campaign_id, tmp_path / "team.xlsx"))["社群日常维护执行表"]
        rows = [r for r in sheet.iter_rows(values_only=True) if re.match(r"\d\d-\d\d 周", str(r[0]))]
        assert len(rows) == len(again)
        assert rows[0][1] == "07:30–08:30" and rows[0][3] == "运营"
        assert rows[0][4] == f"已完成 · 运营 · {at:%m-%d %H:%M}" and rows[1][4].startswith("已跳过 · 文案")
        assert rows[2][4] == "待办"
        launch = get_campaign(reopened, campaign_id).launch_at
        assert rows[0][0].startswith(f"{launch:%m-%d}") and rows[-1][0].startswith(
            f"{launch + timedelta(days=3):%m-%d}")
    finally:
        reopened.close()


def test_a_new_slot_comes_on_every_group_day_and_a_deleted_one_leaves_the_days(store, campaign_id):
    before = len(day_items(store, campaign_id))
    slot_id = service.add_slot(store, campaign_id, "21:00", "21:30", "晚安").result
    assert len([i for i in day_items(store, campaign_id) if i.slot_id == slot_id]) == 4
    service.edit(store, TimetableSlot, slot_id, days="launch")
    assert [i.day for i in day_items(store, campaign_id) if i.slot_id == slot_id] == \
        [get_campaign(store, campaign_id).launch_at.date()]
    service.set_deleted(store, TimetableSlot, slot_id, True)
    assert len(day_items(store, campaign_id)) == before


def test_a_store_before_groups_0004_gains_items_on_each_group_day(tmp_path):
    def rows(run):
        for position, (start, end, content) in enumerate([("07:30", "08:30", "早安"), ("20:00", "21:00", "晚间")]):
            run("INSERT INTO timetable_slot (campaign_id, position, start, \"end\", content, interaction, "
                "purpose, source, deleted) VALUES (1, ?, ?, ?, ?, '', '', '', 0)", (position, start, end, content))
        run("INSERT INTO timetable_slot (campaign_id, position, start, \"end\", content, interaction, purpose, "
            "source, deleted) VALUES (1, 2, '12:00', '12:30', '已删', '', '', '', 1)")

    path = old_store(tmp_path, "groups_0003", rows=rows)
    store = open_store(path)
    try:
        con = sqlite3.connect(path)
        assert con.execute("SELECT content, owner, days FROM timetable_slot ORDER BY position").fetchall() == [
            ("早安", "", "all"), ("晚间", "", "all"), ("已删", "", "all")]
        con.close()
        items = day_items(store, 1)
        # the old campaign lives 2 days from 2026-05-20: three group days, both live slots each day
        days = [date(2026, 5, 20), date(2026, 5, 21), date(2026, 5, 22)]
        assert [(i.day, i.content) for i in items] == [(d, c) for d in days for c in ("早安", "晚间")]
        assert all(i.state == "pending" and i.owner == "" for i in items)
        set_item_state(store, items[0].id, "done", "运营", datetime(2026, 5, 20, 7, 45))
        assert day_items(store, 1)[0].state == "done"
    finally:
        store.close()


def test_duplicating_three_days_as_five_refits_the_group_days(store, campaign_id):
    source = get_campaign(store, campaign_id)
    set_item_state(store, day_items(store, campaign_id)[0].id, "done", "运营")
    launch = source.launch_at + timedelta(days=30)
    change = duplicate_campaign(store, campaign_id, "五天群", launch, lifetime_days=5)
    copy_id = change.result
    copy = get_campaign(store, copy_id)
    assert copy.lifetime_days == 5 and copy.launch_at == launch
    days = group_days(copy.launch_at, 5)
    nodes = load_runbook(store, copy_id).nodes
    for day in days[1:-1]:
        assert [n.key for n in nodes if n.at.date() == day] == ["show_off", "whats_left", "questions"], day
    assert [n.key for n in nodes if n.at.date() == days[-1]] == ["last_countdown", "close"]
    assert not [n for n in nodes if n.at.date() > days[-1]]
    gantt = [t for t in load_board(store, copy_id).tasks if t.key_node == "show_off"]
    assert sorted(t.start.date() for t in gantt) == days[1:-1]
    items = day_items(store, copy_id)
    assert {i.day for i in items} == set(days) and len(items) == 5 * 6 - 1
    assert all(i.state == "pending" for i in items)  # a fresh launch: nothing ticked
    # the source keeps its three days and its tick
    assert get_campaign(store, campaign_id).lifetime_days == 3
    assert day_items(store, campaign_id)[0].state == "done"
    assert len({i.day for i in day_items(store, campaign_id)}) == 4
    change.apply(store, undo=True)
    assert day_items(store, campaign_id) and not is_live(store, copy_id)
    change.apply(store, undo=False)
    assert len(day_items(store, copy_id)) == 5 * 6 - 1


def test_a_duplicate_with_another_length_undoes_and_redoes_row_for_row(store, campaign_id):
    source = get_campaign(store, campaign_id)
    assert_round_trip(store, lambda: duplicate_campaign(store, campaign_id, "五天群", source.launch_at
                                                        + timedelta(days=30), lifetime_days=5))


def test_duplicating_seven_days_as_two_drops_the_days_after_the_new_close(store):
    campaign_id = create_campaign(store, replace(sample_draft(), lifetime_days=7)).result
    source = get_campaign(store, campaign_id)
    copy_id = duplicate_campaign(store, campaign_id, "两天群", source.launch_at + timedelta(days=14), 2).result
    copy = get_campaign(store, copy_id)
    closing = copy.launch_at.date() + timedelta(days=2)
    assert max(i.day for i in day_items(store, copy_id)) == closing
    nodes = load_runbook(store, copy_id).nodes
    assert max(n.at.date() for n in nodes) == closing
    assert [n.key for n in nodes if n.at.date() == closing] == ["last_countdown", "close"]
    with pytest.raises(Exception, match="1 to 7"):
        duplicate_campaign(store, campaign_id, "八天", source.launch_at, 8)


def test_groups_0005_gives_the_playbooks_slots_their_owners(tmp_path):
    def rows(run):
        contents = ["早安问候 + 今日小提示", "晚间主推：课程或产品 + 当天最佳评价", "我自己的时段"]
        for position, content in enumerate(contents):
            run("INSERT INTO timetable_slot (campaign_id, position, start, \"end\", content, interaction, purpose, "
                "source, deleted, owner, days) VALUES (1, ?, '19:30', '20:00', ?, '', '', '', 0, '', 'all')",
                (position, content))
        for slot_id in (1, 2, 3):
            for day in ("2026-05-20", "2026-05-21", "2026-05-22"):
                run("INSERT INTO timetable_item (campaign_id, slot_id, day, state, done_by) "
                    "VALUES (1, ?, ?, 'pending', '')", (slot_id, day))

    store = open_store(old_store(tmp_path, "groups_0004", rows=rows))
    try:
        slots = {s.content[:4]: (s.owner, s.days) for s in service.rows(store, TimetableSlot, 1)}
        assert slots == {"早安问候": ("运营", "all"), "晚间主推": ("运营", "after"), "我自己的": ("", "all")}
        days = {(i.content[:4], i.day.day) for i in day_items(store, 1)}
        assert ("晚间主推", 20) not in days and ("晚间主推", 21) in days
        assert {("早安问候", 20), ("我自己的", 20)} <= days and len(days) == 8
    finally:
        store.close()
