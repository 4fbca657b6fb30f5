"""The Review tab reads what other tabs record: published posts' results reach the channel
cards and the channels table's note when a Change touching posts is published."""

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
    app_context.publish(add_post(store, campaign_id, PostDraft(
        channel_id=channel.id, day=get_campaign(store, campaign_id).launch_at.date(),
        stage="teaser", status="published", participants=77, likes=5, comments=1)))
    assert tab.cards["best_channel"].value.text() == channel.name
    assert "77" in tab.cards["best_channel"].detail.text()
    note = tab.pages["channels"].note
    assert not note.isHidden() and "1 channel-day" in note.text()


def test_copy_row_links_a_library_copy_one_undo_step(tab, app_context, campaign_id):
    from PySide6.QtCore import Qt

    from flashdesk.copies.service import CopyDraft, create_copy, get_copy
    from flashdesk.review.records import KINDS, rows_from_sequences
    from flashdesk.review.service import records, save_records
    from tests.gui.helpers import when_modal

    store = app_context.store
    copy_id = create_copy(store, CopyDraft(title="今晚开团倒计时", body="还有一小时开团",
                                           channel="moments", participants=5)).result
    app_context.publish(save_records(store, campaign_id, "copies", rows_from_sequences(KINDS["copies"], [
        ["倒计时话术", None, 120]])))
    page = tab.pages["copies"]
    assert page.link_button is not None and tab.pages["daily"].link_button is None
    page.view.setCurrentIndex(page.model.index(0, 0))
    copies_seen = []
    app_context.changed.connect(lambda change: copies_seen.extend(change.tables))

    def in_picker(picker):
        picker.search.setText("开团倒计时")
        picker.reload()
        row = next(i for i in range(picker.results.count())
                   if picker.results.item(i).data(Qt.ItemDataRole.UserRole) == copy_id)
        picker.results.setCurrentRow(row)
        picker.accept()

    when_modal(in_picker)
    page.link_copy()
    assert records(store, campaign_id, "copies")[0]["copy_id"] == copy_id
    assert get_copy(store, copy_id).participants == 120 and "copy" in copies_seen
    assert "今晚开团倒计时" in page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tab.cards["best_copy"].value.text() == "倒计时话术"
    assert app_context.undo_stack.undoText() == "Link 倒计时话术 to a library copy"
    app_context.undo_stack.undo()
    assert records(store, campaign_id, "copies")[0]["copy_id"] is None
    assert get_copy(store, copy_id).participants == 5
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    app_context.undo_stack.redo()
    assert get_copy(store, copy_id).participants == 120
