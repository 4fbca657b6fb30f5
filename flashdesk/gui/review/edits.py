"""Turning review edits into undo steps. Each save happens once, up front (so a bad value or
a duplicate is dealt with before anything lands on the undo stack); its Change goes on the
stack, and undo and redo replay it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import show_error
from flashdesk.review.service import NEW, RECORDED, DuplicateRecordsError
from flashdesk.store.change import Change


def ask_which_wins(parent: QWidget, error: DuplicateRecordsError) -> str | None:
    """NEW, RECORDED, or None when the operator cancels."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("ReviewEdits", "Recorded twice"),
                      str(error), QMessageBox.StandardButton.Cancel, parent)
    new = box.addButton(translate("ReviewEdits", "Use the new numbers"),
                        QMessageBox.ButtonRole.AcceptRole)
    kept = box.addButton(translate("ReviewEdits", "Keep the recorded ones"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(new)
    box.exec()
    return {new: NEW, kept: RECORDED}.get(box.clickedButton())


def save_with_choice(parent: QWidget, context: AppContext, text: str,
                     save: Callable[[str | None], Change]) -> bool:
    """Run `save(on_duplicate)`; on a duplicate ask which wins and run it again. Errors are
    shown; the store is unchanged then. Returns whether something was saved."""
    try:
        try:
            change = save(None)
        except DuplicateRecordsError as error:
            choice = ask_which_wins(parent, error)
            if choice is None:
                return False
            change = save(choice)
    except UserError as error:
        show_error(parent, error)
        return False
    return not context.push(change, text).empty
