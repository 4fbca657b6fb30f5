"""The Fission tab with real widgets offscreen and a real store: the model and reward
ladder, importing an invite export through its preview (Cancel changes nothing, Import is
one undo step), the leaderboard and reasons by hand-count, marking a reward sent and undoing
it; the New campaign dialog's model choice; screenshots in both languages."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from flashdesk import i18n
from flashdesk.fission.service import board, model_of
from flashdesk.fonts import font
from flashdesk.gui.campaign_actions import new_campaign
from flashdesk.gui.fission.preview import InvitePreview
from flashdesk.gui.fission.tab import FissionTab
from flashdesk.paths import ui_dir
from tests.customers import exports as customer_exports
from tests.customers.test_import import load
from tests.fission import exports
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, tmp_path):
    store = app_context.store
    campaign_id = exports.campaign(store)
    load(store, customer_exports.customer_list(tmp_path))
    load(store, customer_exports.order_export(tmp_path))
    app_context.select_campaign(campaign_id)
    widget = FissionTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def column(model, index):
    return [model.item(r, index).text() for r in range(model.rowCount())]


def import_through_preview(tab, path, accept=True):
    def answer(dialog):
        assert isinstance(dialog, InvitePreview)
        tab.seen = dialog.summary_label.text()
        dialog.import_button.click() if accept else dialog.reject()

    when_modal(answer)
    return tab.import_file(path, InvitePreview)


def test_import_shows_the_board_and_reasons_and_undoes_in_one_step(tab, tmp_path):
    assert "传播型" in tab.model_label.text() and "3 invites → 试用装一份" in tab.ladder.text()
    path = exports.invite_export(tmp_path)
    assert import_through_preview(tab, path, accept=False) is False
    assert tab.board_model.rowCount() == 0 and "20 added" in tab.seen
    assert import_through_preview(tab, path) is True
    assert column(tab.board_model, 1) == ["小红", "小蓝", "小绿", "小紫"]
    assert column(tab.board_model, 2) == ["10", "4", "2", "0"]
    assert column(tab.board_model, 4)[:3] == ["正装一份", "试用装一份", "1 more for 试用装一份"]
    assert column(tab.board_model, 5) == ["pending", "pending", "", ""]
    reasons = dict(zip(column(tab.invites_model, 1), column(tab.invites_model, 4)))
    assert "within 24 h" in reasons["阿3"] and "2026-05-01" in reasons["张三"]
    assert reasons["阿1"] == "yes"
    figures = [w.text() for w in tab.figures_box.findChildren(QWidget) if hasattr(w, "text")]
    assert any("Invites per promoter" in t and "5.3" in t for t in figures)
    tab.context.undo_stack.undo()
    assert tab.board_model.rowCount() == 0 and tab.invites_model.rowCount() == 0


def test_marking_a_reward_sent_is_one_undo_step(tab, tmp_path):
    import_through_preview(tab, exports.invite_export(tmp_path))
    tab.board_view.selectRow(2)  # 小绿 has no reward yet
    assert not tab.sent_button.isEnabled()
    tab.board_view.selectRow(0)
    assert tab.sent_button.isEnabled() and tab.sent_button.text() == "Mark reward sent"
    tab.sent_button.click()
    assert column(tab.board_model, 5)[0] == "sent"
    assert tab.sent_button.text() == "Mark reward pending"
    assert board(tab.context.store, tab.context.campaign_id).entries[0].status == "sent"
    tab.context.undo_stack.undo()
    assert column(tab.board_model, 5)[0] == "pending"


def test_reimporting_the_same_file_offers_nothing_to_import(tab, tmp_path):
    path = exports.invite_export(tmp_path)
    import_through_preview(tab, path)

    def look(dialog):
        tab.enabled = dialog.import_button.isEnabled()
        tab.seen = dialog.summary_label.text()
        dialog.reject()

    when_modal(look)
    tab.import_file(path, InvitePreview)
    assert tab.enabled is False and "would change nothing" in tab.seen


def test_new_campaign_dialog_plans_by_the_chosen_model(tab):
    def fill(dialog):
        dialog.name.setText("服务型活动")
        dialog.product.setText("线上课")
        assert dialog.model.count() == 4 and dialog.model.currentData() is None
        dialog.model.setCurrentIndex(dialog.model.findData("service"))
        assert "免费课" in dialog.model_summary.text()
        dialog.accept()

    when_modal(fill)
    campaign_id = new_campaign(tab, tab.context)
    assert model_of(tab.context.store, campaign_id) == "service"
    assert tab.context.campaign_id == campaign_id and "服务型" in tab.model_label.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(tab, tmp_path, language):
    """Saved under $SCREENSHOTS for looking at; always checks the tab fits 1024x700."""
    import_through_preview(tab, exports.invite_export(tmp_path))
    i18n.install(language)
    try:
        widget = FissionTab(tab.context)
        widget.setFont(font(10))  # as the app sets them (on the widget: nothing leaks)
        widget.setStyleSheet((ui_dir() / "theme.qss").read_text(encoding="utf-8"))
        widget.show()
        widget.board_view.selectRow(0)
        assert widget.minimumSizeHint().width() <= 1024
        folder = os.environ.get("SCREENSHOTS")
        for size in ((1024, 700), (1400, 900)) if folder else ():
            widget.resize(*size)
            QApplication.processEvents()
            widget.grab().save(str(Path(folder) / f"fission-{language}-{size[0]}.png"))
        widget.close()
    finally:
        i18n.install("en")
