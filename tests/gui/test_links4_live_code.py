"""Posters tab: the QR follows the Group SOP's live code; typing a payload unlinks it (one undo
step), "Follow the live code" links it again; a live-code edit in the groups area shows at once."""

import pytest

from flashdesk.groups import service as groups
from flashdesk.gui.posters.tab import PostersTab
from flashdesk.posters.live_code import is_linked


@pytest.fixture(autouse=True)
def _english(qapp):
    from flashdesk import i18n

    i18n.install("en")


def _qr(tab):
    return next(e for e in tab.doc.elements if e.kind == "qr")


def test_qr_follows_the_live_code_and_typing_unlinks(qtbot, app_context, campaign_id):
    tab = PostersTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    app_context.select_campaign(campaign_id)
    qtbot.waitUntil(lambda: tab.doc is not None)
    store = app_context.store
    app_context.push(groups.set_live_code(store, campaign_id, "https://l.cn/a"), "Set live code")
    assert _qr(tab).props["payload"] == "https://l.cn/a"
    tab.canvas.select(_qr(tab).id)
    assert tab.properties.payload.text() == "https://l.cn/a"
    assert not tab.properties.qr_linked.isHidden() and tab.properties.relink.isHidden()

    tab.properties.payload.setText("https://shop.cn/typed")
    tab.properties.payload.editingFinished.emit()
    assert _qr(tab).props["payload"] == "https://shop.cn/typed" and not is_linked(_qr(tab))
    tab.canvas.select(_qr(tab).id)
    assert not tab.properties.relink.isHidden()
    app_context.publish(groups.set_live_code(store, campaign_id, "https://l.cn/b"))  # as from elsewhere
    assert _qr(tab).props["payload"] == "https://shop.cn/typed"  # typed: stays

    app_context.undo_stack.undo()  # the typed payload
    assert is_linked(_qr(tab)) and _qr(tab).props["payload"] == "https://l.cn/b"
    app_context.undo_stack.redo()
    tab.canvas.select(_qr(tab).id)
    tab.properties.relink.click()
    assert is_linked(_qr(tab)) and _qr(tab).props["payload"] == "https://l.cn/b"
    assert app_context.undo_stack.undoText() == "Link QR to the live code"
