"""The example numbers use the campaign's own channels and the seeded copies' titles, and
never reach the copy library's results."""

from sqlmodel import select, update

from flashdesk.channels.service import list_channels, remove_channels
from flashdesk.copies.service import CopyDraft, create_copy, get_copy
from flashdesk.copies.tables import Copy
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import records
from tests.change_check import assert_round_trip


def test_examples_use_the_campaigns_channels_and_seeded_copy_titles(store, campaign_id):
    channels = [c.name for c in list_channels(store, campaign_id)]
    with store.session() as session:
        seeded = {c.seed_key: (c.id, c.title, c.participants)
                  for c in session.exec(select(Copy).where(Copy.seed_key.is_not(None)))}
    added = assert_round_trip(store, lambda: add_sample_numbers(store, campaign_id))
    recorded = {r["channel"] for r in records(store, campaign_id, "channels")}
    assert recorded == set(channels[:5])  # five example channels, one for one
    titles = [r["title"] for r in records(store, campaign_id, "copies")]
    assert seeded["wakeup-morning"][1] in titles and seeded["invite-old-customer"][1] in titles
    assert all(r["copy_id"] is None for r in records(store, campaign_id, "copies"))
    assert get_copy(store, seeded["wakeup-morning"][0]).participants == seeded["wakeup-morning"][2]
    added.apply(store, undo=True)
    assert records(store, campaign_id, "copies") == []


def test_campaign_adapted_copy_title_first_and_no_channels_keeps_examples(store, campaign_id):
    remove_channels(store, [c.id for c in list_channels(store, campaign_id)])
    with store.session() as session:
        session.exec(update(Copy).where(Copy.seed_key == "chain-start").values(deleted=True))
    adapted = create_copy(store, CopyDraft(title="本期接龙开头", body="接龙开始啦", campaign_id=campaign_id)).result
    with store.session() as session:
        session.get(Copy, adapted).seed_key = "chain-start"
    add_sample_numbers(store, campaign_id)
    assert {r["channel"] for r in records(store, campaign_id, "channels")} >= {"公众号", "小红书"}
    assert "本期接龙开头" in [r["title"] for r in records(store, campaign_id, "copies")]
