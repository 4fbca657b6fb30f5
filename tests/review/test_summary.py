"""Aggregation: per-day totals, quota sold, conversion, best channel and copy, the funnel."""

import pytest

from flashdesk.campaigns.service import get_campaign
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import records, save_records
from flashdesk.review.summary import review_data
from flashdesk.review.texts import get_text


def test_hand_counted_figures(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    from datetime import timedelta

    next_day = launch + timedelta(days=1)
    save_records(store, campaign_id, "daily", rows_from_sequences(KINDS["daily"], [
        [launch, "1群", 200, 150, 100, 34000], [launch, "2群", 100, 60, 50, 17000],
        [next_day, "1群", 190, 80, 20, 6800], [next_day, "2群", 120, 40, 5, 1700]]))
    save_records(store, campaign_id, "channels", rows_from_sequences(KINDS["channels"], [
        [launch, "朋友圈", 1, 300], [next_day, "朋友圈", 1, 100], [launch, "公众号", 1, 350]]))
    save_records(store, campaign_id, "copies", rows_from_sequences(KINDS["copies"], [
        ["A 话术", launch, 40], ["B 话术", launch, 90]]))
    data = review_data(store, campaign_id)
    assert [(d.members, d.orders, d.cumulative_orders) for d in data.days] == [
        (300, 150, 150), (310, 25, 175)]
    assert data.orders == 175 and data.revenue == 59500
    assert data.quota_sold == pytest.approx(175 / 500)
    assert data.joined == 200 + 120  # each group's peak
    assert data.conversion == pytest.approx(175 / 320)
    assert data.best_channel.channel == "朋友圈" and data.best_channel.participants == 400
    assert data.best_copy == ("B 话术", 90)
    assert data.funnel == [("reach", 750), ("joined", 320), ("active", 210), ("orders", 175)]


def test_empty_campaign(store, campaign_id):
    data = review_data(store, campaign_id)
    assert data.empty and data.orders == 0 and data.conversion is None
    assert data.best_channel is None and data.best_copy is None


def test_sample_numbers_fill_every_kind_and_undo_whole(store, campaign_id):
    added = add_sample_numbers(store, campaign_id)
    data = review_data(store, campaign_id)
    assert data.groups == 3 and 0 < data.quota_sold < 1 and data.ab_tests == 1
    assert data.days and data.channels and data.copies and data.materials
    assert get_text(store, campaign_id, "during")
    added.apply(store, undo=True)  # one step, one transaction
    assert review_data(store, campaign_id).empty
    assert records(store, campaign_id, "daily") == [] and not get_text(store, campaign_id, "during")
