"""The personal posters dialog (issue 17), driven as an operator drives it: a promoter file,
a folder, Make posters; the progress dialog can cancel and a second run goes on."""

from __future__ import annotations

from PySide6.QtGui import QImage

from flashdesk.gui.personal_posters import PersonalPostersDialog
from flashdesk.posters.qr import decode
from tests.fission_posters.promoters import promoter_book


def _dialog(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    dialog = PersonalPostersDialog(app_context, campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_file_to_folder_with_every_qr_read_back(qtbot, app_context, campaign_id, tmp_path):
    dialog = _dialog(qtbot, app_context, campaign_id)
    assert dialog.poster.count() >= 1 and dialog.make_button.isEnabled()
    dialog.file.setText(str(promoter_book(tmp_path)))
    dialog.folder.setText(str(tmp_path / "out"))
    task = dialog.start()
    assert task is not None and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.run is not None, timeout=60000)
    assert dialog.make_button.isEnabled()
    assert "4 posters made" in dialog.summary.text()
    assert "4 people without a poster" in dialog.summary.text()
    text = dialog.problems.toPlainText()
    assert "Not made — row 5 (赵六): no personal link" in text
    assert "Note — row 4 (王五): poster made without the avatar" in text
    found = {decode(QImage(str(p)))[0] for p in (tmp_path / "out").glob("*.png")}
    assert found == {f"https://scrm.example.com/p/{k}" for k in ("zs01", "ls02", "ww03", "zj09")}


def test_cancel_then_make_again_goes_on(qtbot, app_context, campaign_id, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["昵称", "专属链接"])
    for n in range(40):
        book.active.append([f"推广员{n:02d}", f"https://scrm.example.com/p/{n:02d}"])
    book.save(tmp_path / "list.xlsx")
    dialog = _dialog(qtbot, app_context, campaign_id)
    dialog.file.setText(str(tmp_path / "list.xlsx"))
    dialog.folder.setText(str(tmp_path / "out"))
    task = dialog.start()
    qtbot.waitUntil(lambda: task.dialog.value() >= 2, timeout=30000)
    from PySide6.QtWidgets import QPushButton

    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: dialog.run is not None, timeout=30000)
    first = dialog.run
    assert first.cancelled and 2 <= len(first.written) < 40
    assert "Stopped. Make posters again" in dialog.summary.text()
    dialog.run = None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.run is not None, timeout=60000)
    assert (dialog.run.already, len(dialog.run.written)) == (len(first.written),
                                                             40 - len(first.written))
    assert len(list((tmp_path / "out").glob("*.png"))) == 40


def test_customers_need_a_link_pattern_and_nothing_is_written(qtbot, app_context, campaign_id,
                                                              tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = _dialog(qtbot, app_context, campaign_id)
    dialog.from_customers.setChecked(True)
    assert dialog.pattern.isEnabled() and not dialog.file.isEnabled()
    dialog.folder.setText(str(tmp_path / "out"))
    assert dialog.start() is None
    assert "link pattern with {id}" in shown[0]
    assert not (tmp_path / "out").exists()


def test_the_fission_tab_opens_the_dialog_and_closing_mid_run_stops_it(qtbot, app_context,
                                                                      campaign_id, tmp_path):
    from openpyxl import Workbook

    from flashdesk.gui.fission.tab import FissionTab

    app_context.select_campaign(campaign_id)
    tab = FissionTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.posters_button.isEnabled()
    dialog = tab.open_personal_posters()
    assert isinstance(dialog, PersonalPostersDialog) and dialog.isVisible()
    book = Workbook()
    book.active.append(["昵称", "专属链接"])
    for n in range(30):
        book.active.append([f"推广员{n:02d}", f"https://scrm.example.com/p/{n:02d}"])
    book.save(tmp_path / "list.xlsx")
    dialog.file.setText(str(tmp_path / "list.xlsx"))
    dialog.folder.setText(str(tmp_path / "out"))
    task = dialog.start()
    qtbot.waitUntil(lambda: task.dialog.value() >= 1, timeout=30000)
    dialog.reject()  # Esc or the window's close button while it runs
    assert not dialog.running() and not dialog.isVisible()
    assert 1 <= len(list((tmp_path / "out").glob("*.png"))) < 30
