"""File → Read back workbook…: the diff dialog, ticked rows applied as one undo step."""

import os

import openpyxl

from flashdesk.tasks.service import load_board
from flashdesk.workbook.export import export_workbook

SHOTS = os.environ.get("FLASHDESK_SHOTS", "")


def team_edited(store, campaign_id, tmp_path):
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")
    book = openpyxl.load_workbook(path)
    gantt = book["甘特图"]
    gantt.cell(row=4, column=8).value = 0.5
    gantt.cell(row=5, column=9).value = "完成"
    book["文案库"].cell(row=3, column=5).value = "新正文：今晚八点开抢"
    book.save(path)
    return path


def test_read_back_dialog_applies_ticked_rows_as_one_undo_step(qtbot, app_context, campaign_id, tmp_path):
    from PySide6.QtCore import Qt

    from flashdesk.gui.main_window import MainWindow
    from flashdesk.tasks.service import TaskDraft, update_task

    store = app_context.store
    path = team_edited(store, campaign_id, tmp_path)
    task = load_board(store, campaign_id).tasks[1]
    draft = TaskDraft.of(task)
    draft.status = "blocked"  # the app changed the cell the team marked done: a conflict
    update_task(store, task.id, draft)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.context.select_campaign(campaign_id)
    assert window.read_back_action.isEnabled()
    window.read_back_workbook(str(path))
    dialog = window.read_back_dialog
    kinds = sorted(row.kind for _item, row in dialog._rows)
    assert kinds == ["changed", "changed", "conflict"]
    conflict = next(item for item, row in dialog._rows if row.kind == "conflict")
    assert conflict.checkState(0) == Qt.CheckState.Unchecked
    assert [(conflict.child(i).text(2), conflict.child(i).text(3), conflict.child(i).text(4))
            for i in range(conflict.childCount())] == [("状态", "受阻", "完成")]
    assert conflict.child(0).text(1).startswith("⚠")
    dialog.all_button.click()
    assert conflict.checkState(0) == Qt.CheckState.Checked
    dialog.none_button.click()
    assert all(item.checkState(0) == Qt.CheckState.Unchecked for item, _row in dialog._rows)
    for item, row in dialog._rows:
        if row.kind != "conflict":
            item.setCheckState(0, Qt.CheckState.Checked)
    if SHOTS:  # for looking at, not asserted
        from flashdesk import i18n
        from flashdesk.gui.read_back_dialog import ReadBackDialog

        os.makedirs(SHOTS, exist_ok=True)
        for language in ("en", "zh_CN"):
            i18n.install(language)
            shown = ReadBackDialog(dialog.read)
            for size in ((1024, 700), (1400, 900)):
                shown.resize(*size)
                shown.grab().save(f"{SHOTS}/read_back_{language}_{size[0]}.png")
            shown.deleteLater()
        i18n.install("en")
    depth = window.context.undo_stack.count()
    dialog.apply_button.click()
    assert window.context.undo_stack.count() == depth + 1
    tasks = {t.id: t for t in load_board(store, campaign_id).tasks}
    first = load_board(store, campaign_id).tasks[0]
    assert first.progress == 50 and tasks[task.id].status == "blocked"  # the conflict was left alone
    window.context.undo_stack.undo()
    assert load_board(store, campaign_id).tasks[0].progress != 50


def test_the_menu_action_asks_for_the_workbook(qtbot, app_context, campaign_id, tmp_path, monkeypatch):
    """File → Read back workbook… passes no path: the file dialog asks for it (the action's
    checked flag once reached read_back_workbook as the path, a TypeError)."""
    from PySide6.QtWidgets import QFileDialog

    from flashdesk.gui.main_window import MainWindow

    path = team_edited(app_context.store, campaign_id, tmp_path)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: asked.append(args) or (str(path), ""))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.context.select_campaign(campaign_id)
    window.read_back_action.trigger()
    assert asked and window.read_back_dialog.isVisible()
    window.read_back_dialog.reject()
