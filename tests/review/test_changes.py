"""Every review action is one Change: undo gives back the tables row for row (the copy
library's participants included), redo the state after — without Qt."""

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign
from flashdesk.review.experiments import (
    ABDraft,
    delete_ab_test,
    list_ab_tests,
    save_ab_test,
)
from flashdesk.review.importer import import_workbook
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import NEW, records, save_records
from flashdesk.review.texts import get_text, set_text
from flashdesk.workbook.export import export_workbook
from tests.change_check import assert_round_trip


def test_notes_round_trip(store, campaign_id):
    first = assert_round_trip(store, lambda: set_text(store, campaign_id, "before", "预热三步走"))
    assert first.tables == {"review_text"} and first.campaign_id == campaign_id
    assert_round_trip(store, lambda: set_text(store, campaign_id, "before", "预热四步走"))
    assert get_text(store, campaign_id, "before") == "预热四步走"
    assert set_text(store, campaign_id, "before", "预热四步走").empty  # unchanged: no step


def test_ab_tests_round_trip(store, campaign_id):
    added = assert_round_trip(store, lambda: save_ab_test(store, campaign_id, ABDraft("邀请", exposed_a=10)))
    assert [t.id for t in list_ab_tests(store, campaign_id)] == [added.result]
    assert_round_trip(store, lambda: save_ab_test(store, campaign_id, ABDraft("邀请", exposed_a=20), added.result))
    assert_round_trip(store, lambda: delete_ab_test(store, added.result))
    assert list_ab_tests(store, campaign_id) == []


def test_overwriting_a_recorded_day_keeps_its_row(store, campaign_id):
    """Writing over a day keeps the row's id, so undo never meets two rows with one key."""
    launch = get_campaign(store, campaign_id).launch_at.date()
    rows = rows_from_sequences(KINDS["daily"], [[launch, "1群", 200, 100, 50, 17000]])
    save_records(store, campaign_id, "daily", rows)
    again = rows_from_sequences(KINDS["daily"], [[launch, "1群", 210, 110, 55, 18700]])
    change = assert_round_trip(store, lambda: save_records(store, campaign_id, "daily", again,
                                                           on_duplicate=NEW))
    [row] = change.rows
    assert row.before["id"] == row.after["id"] and (row.before["members"], row.after["members"]) == (200, 210)


def test_sample_numbers_and_workbook_import_round_trip(store, campaign_id, tmp_path):
    sample = assert_round_trip(store, lambda: add_sample_numbers(store, campaign_id))
    assert {"review_daily", "review_channel_day", "review_copy", "review_material",
            "review_text", "review_ab_test"} <= sample.tables
    book = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    other = create_campaign(store, sample_draft()).result
    imported = assert_round_trip(store, lambda: import_workbook(store, other, book))
    assert imported.campaign_id == other
    assert len(records(store, other, "daily")) == len(records(store, campaign_id, "daily"))
