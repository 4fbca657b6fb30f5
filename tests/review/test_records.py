"""Recording numbers: checked rows, bad input refused with the row and column named and the
store unchanged, a day recorded twice resolved only by the caller's choice, exact undo."""

from datetime import timedelta

import pytest

from flashdesk.campaigns.service import get_campaign
from flashdesk.playbook import key_dates
from flashdesk.review.records import KINDS, RecordError, Source, rows_from_sequences
from flashdesk.review.service import (
    NEW,
    RECORDED,
    DuplicateRecordsError,
    delete_records,
    records,
    save_records,
)
from tests.change_check import assert_round_trip


@pytest.fixture
def launch(store, campaign_id):
    return get_campaign(store, campaign_id).launch_at.date()


def daily(*rows):
    return rows_from_sequences(KINDS["daily"], rows)


def test_rows_are_parsed_from_text_and_saved(store, campaign_id, launch):
    save_records(store, campaign_id, "daily", daily(
        [launch.isoformat(), "1群", "200", "1,50", " 80 ", "27,200.50"],
        [launch.strftime("%Y/%m/%d"), "2群", 180.0, 90, 40, 13600],
        [None, None, None, None, None, None],  # blank rows are skipped
    ))
    rows = records(store, campaign_id, "daily")
    assert [(r["group_label"], r["members"], r["active"], r["revenue"]) for r in rows] == [
        ("1群", 200, 150, 27200.5), ("2群", 180, 90, 13600.0)]


@pytest.mark.parametrize("row, column, words", [
    (["{d}", "1群", "-3", "0", "0", "0"], "Members", "negative"),
    (["{d}", "1群", "100", "120", "0", "0"], "Active", "120 active members but only 100"),
    (["{d}", "1群", "100", "50", "很多", "0"], "Orders", "is text"),
    (["{d}", "1群", "100", "50", "2.5", "0"], "Orders", "not a whole number"),
    (["2020-01-01", "1群", "100", "50", "1", "0"], "Day", "outside the campaign"),
    (["昨天", "1群", "100", "50", "1", "0"], "Day", "not a date"),
    (["", "1群", "100", "50", "1", "0"], "Day", "missing"),
])
def test_bad_rows_name_row_and_column_and_change_nothing(store, campaign_id, launch, row, column, words):
    save_records(store, campaign_id, "daily", daily([launch, "1群", 10, 5, 1, 340]))
    before = records(store, campaign_id, "daily")
    good = [launch + timedelta(days=1), "2群", 10, 5, 1, 340]
    bad = [cell.format(d=launch.isoformat()) for cell in row]
    with pytest.raises(RecordError) as caught:
        save_records(store, campaign_id, "daily", daily(good, bad),
                     source=Source("复盘数据-每日", first_row=3))
    error = caught.value
    assert (error.where, error.row, error.column) == ("复盘数据-每日", 4, column)
    assert words in str(error) and "row 4" in str(error)
    assert records(store, campaign_id, "daily") == before


def test_a_day_recorded_twice_asks_which_wins(store, campaign_id, launch):
    save_records(store, campaign_id, "daily", daily([launch, "1群", 200, 100, 50, 17000]))
    again = daily([launch, "1群", 210, 110, 55, 18700], [launch, "2群", 100, 50, 10, 3400])
    with pytest.raises(DuplicateRecordsError) as caught:
        save_records(store, campaign_id, "daily", again)
    assert caught.value.keys == [f"{launch.isoformat()} · 1群"]
    assert len(records(store, campaign_id, "daily")) == 1

    kept = assert_round_trip(store, lambda: save_records(store, campaign_id, "daily", again,
                                                         on_duplicate=RECORDED))
    assert all(r.before is None for r in kept.rows) and [r.after["group_label"] for r in kept.rows] == ["2群"]
    assert records(store, campaign_id, "daily")[0]["members"] == 200
    kept.apply(store, undo=True)

    replaced = assert_round_trip(store, lambda: save_records(store, campaign_id, "daily", again,
                                                             on_duplicate=NEW))
    assert records(store, campaign_id, "daily")[0]["members"] == 210
    replaced.apply(store, undo=True)
    assert [r["members"] for r in records(store, campaign_id, "daily")] == [200]
    replaced.apply(store, undo=False)
    assert [r["members"] for r in records(store, campaign_id, "daily")] == [210, 100]


def test_twice_within_one_paste_is_a_duplicate_too(store, campaign_id, launch):
    rows = daily([launch, "1群", 200, 100, 50, 0], [launch, "1群", 201, 100, 50, 0])
    with pytest.raises(DuplicateRecordsError):
        save_records(store, campaign_id, "daily", rows)
    save_records(store, campaign_id, "daily", rows, on_duplicate=NEW)
    assert records(store, campaign_id, "daily")[0]["members"] == 201


def test_editing_a_rows_key_is_not_a_duplicate_of_itself(store, campaign_id, launch):
    save_records(store, campaign_id, "daily", daily([launch, "1群", 200, 100, 50, 0]))
    change = assert_round_trip(store, lambda: save_records(
        store, campaign_id, "daily", daily([launch, "一群", 200, 100, 50, 0]), replacing=[(launch, "1群")]))
    assert [r["group_label"] for r in records(store, campaign_id, "daily")] == ["一群"]
    change.apply(store, undo=True)
    assert [r["group_label"] for r in records(store, campaign_id, "daily")] == ["1群"]


def test_other_kinds_and_delete(store, campaign_id, launch):
    dates = key_dates(get_campaign(store, campaign_id))
    save_records(store, campaign_id, "channels", rows_from_sequences(KINDS["channels"], [
        [dates.warm_up_start, "企业微信朋友圈", 1, 320], [launch, "公众号", 2, 1500]]))
    save_records(store, campaign_id, "copies", rows_from_sequences(KINDS["copies"], [
        ["一对一邀请话术", launch, 230], ["开售提醒", "", 90]]))
    save_records(store, campaign_id, "materials", rows_from_sequences(KINDS["materials"], [
        ["倒计时海报", "海报", 40, 120, 15, 0], ["开箱视频", "video", 88, 400, 60, 3000]]))
    assert [r["kind"] for r in records(store, campaign_id, "materials")] == ["poster", "video"]
    assert records(store, campaign_id, "copies")[1]["used_on"] is None
    with pytest.raises(RecordError, match="not a material type"):
        save_records(store, campaign_id, "materials",
                     rows_from_sequences(KINDS["materials"], [["传单", "flyer", 1, 1, 1, 1]]))
    change = assert_round_trip(store, lambda: delete_records(store, campaign_id, "copies", [("开售提醒",)]))
    assert [r["title"] for r in records(store, campaign_id, "copies")] == ["一对一邀请话术"]
    change.apply(store, undo=True)
    assert len(records(store, campaign_id, "copies")) == 2
