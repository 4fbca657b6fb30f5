"""The post dialog's poster picker with real posters: thumbnails rendered through the posters
area, error counts, the link as one undo step, the calendar's tooltip and problems list."""

import pytest
from PySide6.QtCore import Qt

from flashdesk.channels import service
from flashdesk.gui.channels.tab import ChannelsTab
from flashdesk.posters.service import create_from_template, find_poster, poster_doc, save_elements
from tests.gui.helpers import when_modal


@pytest.fixture(autouse=True)
def _english(qapp):
    from flashdesk import i18n

    i18n.install("en")


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    widget = ChannelsTab(app_context)
    qtbot.addWidget(widget)
    app_context.select_campaign(campaign_id)
    widget.resize(1400, 800)
    widget.show()
    return widget


def test_post_dialog_picks_a_poster_one_undo_step(tab, qtbot):
    store = tab.context.store
    sample = find_poster(store, tab.campaign_id)
    flyer = create_from_template(store, tab.campaign_id, "print_flyer", "a4", "门店传单").result
    elements = poster_doc(store, flyer).elements
    next(e for e in elements if e.kind == "qr").props["quiet"] = 1  # one checker error
    save_elements(store, flyer, elements)
    post = service.list_posts(store, tab.campaign_id)[0]
    seen = {}

    def in_post_dialog(dialog):
        picker = dialog.poster
        seen["items"] = [picker.combo.itemText(i) for i in range(picker.combo.count())]
        seen["icons"] = [not picker.combo.itemIcon(i).isNull() for i in range(1, picker.combo.count())]
        picker.combo.setCurrentIndex(picker.combo.findData(flyer))
        seen["state"] = picker.state.text()
        seen["preview"] = picker.preview.pixmap().height()
        dialog.accept()

    when_modal(in_post_dialog)
    assert tab.edit_post(post)
    assert seen["items"] == ["(no poster)", f"{sample.name} · v1", "门店传单 · v1 — checker errors: 1"]
    assert seen["icons"] == [True, True] and seen["preview"] == 150
    assert "Checker errors on this poster: 1" in seen["state"]
    assert service.get_post(store, post.id).poster_id == flyer
    assert tab.context.undo_stack.undoText() == "Link poster to post"
    index = tab.calendar_model.index_of(post.channel_id, post.day)
    assert "Poster: 门店传单 · v1 (checker errors: 1)" in tab.calendar_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert any(p.code == "poster_errors" and p.post_ids == (post.id,) for p in tab.problems)

    tab.context.undo_stack.undo()
    assert service.get_post(store, post.id).poster_id is None
    assert not any(p.code == "poster_errors" for p in tab.problems)
    tab.context.undo_stack.redo()
    assert service.get_post(store, post.id).poster_id == flyer

    def clear(dialog):
        dialog.poster.combo.setCurrentIndex(0)
        dialog.accept()

    when_modal(clear)
    assert tab.edit_post(service.get_post(store, post.id))
    assert service.get_post(store, post.id).poster_id is None
    assert tab.context.undo_stack.undoText() == "Unlink poster from post"
