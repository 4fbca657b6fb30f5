"""The Review tab reads what other tabs record: published posts' results reach the channel
cards and the channels table's note when the channels area changes."""

import pytest
from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.drafts import PostDraft
from flashdesk.channels.service import add_post, list_channels
from flashdesk.gui.review.tab import ReviewTab


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = ReviewTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_published_post_reaches_best_channel(tab, app_context, campaign_id):
    store = app_context.store
    channel = list_channels(store, campaign_id)[0]
    assert tab.cards["best_channel"].value.text() == "—"
    assert tab.pages["channels"].note.isHidden()
    add_post(store, campaign_id, PostDraft(
        channel_id=channel.id, day=get_campaign(store, campaign_id).launch_at.date(),
        stage="teaser", status="published", participants=77, likes=5, comments=1))
    app_context.dataChanged.emit("channels")
    assert tab.cards["best_channel"].value.text() == channel.name
    assert "77" in tab.cards["best_channel"].detail.text()
    note = tab.pages["channels"].note
    assert not note.isHidden() and "1 channel-day" in note.text()
