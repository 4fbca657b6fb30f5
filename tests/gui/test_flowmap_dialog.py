"""View → Flow map…: the dialog draws the current campaign's map, follows the review's numbers
while open, and exports PNG and PDF."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from flashdesk.gui.flowmap.dialog import FlowMapDialog
from flashdesk.gui.main_window import MainWindow
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import save_records


@pytest.fixture
def window(qtbot, app_context, campaign_id):
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    return win


def test_view_menu_opens_the_map_which_follows_the_review(window, qtbot, campaign_id, tmp_path):
    from flashdesk.campaigns.service import get_campaign

    assert window.flow_map_action.isEnabled()
    window.flow_map_action.trigger()
    [dialog] = [d for d in window.findChildren(FlowMapDialog) if d.isVisible()]
    assert dialog.flow.step("groups").figure is None
    assert "no numbers yet" in dialog.hint.text()
    image = dialog.view.grab().toImage()
    assert image.width() > 400
    launch = get_campaign(window.context.store, campaign_id).launch_at.date()
    change = save_records(window.context.store, campaign_id, "daily", rows_from_sequences(
        KINDS["daily"], [[launch, "1群", 180, 90, 40, 13600]]))
    window.context.push(change, "record numbers")
    assert dialog.flow.step("groups").figure == 180 and dialog.flow.step("order").figure == 40
    assert "share that made it" in dialog.hint.text()
    png = dialog.export(".png", tmp_path / "map.png")
    assert QImage(str(png)).width() == 1800
    pdf = dialog.export(".pdf", tmp_path / "map.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "map.pdf" in dialog.hint.text()


def test_dialog_scales_the_map_to_fit(qtbot, app_context, campaign_id):
    dialog = FlowMapDialog(app_context, campaign_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.view.grab().toImage()
    from PySide6.QtGui import QColor

    from flashdesk.flowmap.draw import ACCENTS
    colours = {QColor(image.pixel(x, y)).name().upper() for x in range(0, image.width(), 6)
               for y in range(0, image.height(), 6)}
    assert set(ACCENTS) <= colours  # all six step headers are within the view


def test_the_map_opens_within_the_screen(window):
    """1180x900 suits a desktop, but a laptop's 1024x700 could not show the buttons below."""
    window.flow_map_action.trigger()
    [dialog] = [d for d in window.findChildren(FlowMapDialog) if d.isVisible()]
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
