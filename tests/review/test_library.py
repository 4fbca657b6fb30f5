"""Review copy rows ↔ the copy library: linking, participants kept in step both ways, exact
undo/redo, bad links refused with the store unchanged, best copy from the library."""

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign
from flashdesk.copies.service import CopyDraft, create_copy, get_copy, set_participants
from flashdesk.review.library import CopyLinkError, link_copy
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import records, save_records
from flashdesk.review.summary import review_data
from tests.change_check import assert_round_trip


def _copy(store, title, campaign_id=None, participants=None):
    return create_copy(store, CopyDraft(title=title, body=f"{title}：今晚八点开团", channel="moments",
                                        campaign_id=campaign_id, participants=participants)).result


def _rows(store, campaign_id, *rows):
    launch = get_campaign(store, campaign_id).launch_at.date()
    return save_records(store, campaign_id, "copies", rows_from_sequences(
        KINDS["copies"], [[title, launch, n] for title, n in rows]))


def test_link_hands_participants_to_the_library_and_undo_restores(store, campaign_id):
    copy_id = _copy(store, "倒计时文案", participants=12)
    _rows(store, campaign_id, ("倒计时", 90), ("福利", 40))
    change = assert_round_trip(store, lambda: link_copy(store, campaign_id, "倒计时", copy_id))
    assert get_copy(store, copy_id).participants == 90  # the review's number wins
    assert records(store, campaign_id, "copies")[0]["copy_id"] == copy_id
    change.apply(store, undo=True)
    assert get_copy(store, copy_id).participants == 12
    assert records(store, campaign_id, "copies")[0]["copy_id"] is None
    change.apply(store, undo=False)
    assert get_copy(store, copy_id).participants == 90
    assert link_copy(store, campaign_id, "倒计时", copy_id).empty  # linked already

    # editing the row keeps the link and moves the library's number along (one undo step)
    row = next(r for r in records(store, campaign_id, "copies") if r["title"] == "倒计时")
    edit = assert_round_trip(store, lambda: save_records(
        store, campaign_id, "copies", [dict(row, participants=150)], replacing=[("倒计时",)]))
    assert {"review_copy", "copy"} <= edit.tables
    assert get_copy(store, copy_id).participants == 150
    assert records(store, campaign_id, "copies")[0]["copy_id"] == copy_id
    edit.apply(store, undo=True)
    assert get_copy(store, copy_id).participants == 90

    # the copies tab changes the number: the review and its best copy follow
    set_participants(store, copy_id, 30)
    assert {r["title"]: r["participants"] for r in records(store, campaign_id, "copies")} == {
        "倒计时": 30, "福利": 40}
    assert review_data(store, campaign_id).best_copy == ("福利", 40)


def test_zero_row_takes_the_library_number(store, campaign_id):
    copy_id = _copy(store, "群公告", participants=66)
    _rows(store, campaign_id, ("群公告", 0))
    link_copy(store, campaign_id, "群公告", copy_id)
    assert records(store, campaign_id, "copies")[0]["participants"] == 66
    assert get_copy(store, copy_id).participants == 66


def test_bad_links_leave_the_store_unchanged(store, campaign_id):
    other = create_campaign(store, sample_draft()).result
    foreign = _copy(store, "别的活动", campaign_id=other, participants=5)
    mine = _copy(store, "本期", participants=5)
    _rows(store, campaign_id, ("A", 10), ("B", 20))
    link_copy(store, campaign_id, "A", mine)
    before = records(store, campaign_id, "copies")
    for title, copy_id, words in (("B", foreign, "another campaign"), ("B", mine, "already linked"),
                                  ("B", 999999, "not in the copy library"), ("C", mine, "no row")):
        with pytest.raises(CopyLinkError, match=words):
            link_copy(store, campaign_id, title, copy_id)
    assert records(store, campaign_id, "copies") == before
    assert get_copy(store, mine).participants == 10 and get_copy(store, foreign).participants == 5


def test_campaign_library_copies_count_for_best_copy(store, campaign_id):
    _copy(store, "本期专属文案", campaign_id=campaign_id, participants=300)
    _copy(store, "通用文案", participants=999)  # library-wide: not this campaign's result
    _rows(store, campaign_id, ("A", 10))
    data = review_data(store, campaign_id)
    assert data.best_copy == ("本期专属文案", 300)
    assert [t for t, _ in data.copies] == ["本期专属文案", "A"]
    _rows(store, campaign_id, ("本期专属文案", 20))  # a review row of that name wins
    assert review_data(store, campaign_id).copies == [("本期专属文案", 20), ("A", 10)]
