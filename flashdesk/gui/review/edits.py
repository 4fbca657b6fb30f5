"""Turning review edits into undoable service calls. Each save happens once, up front (so a
bad value or a duplicate is dealt with before anything lands on the undo stack); undo and
redo then replay the exact Change the service reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import show_error
from flashdesk.gui.undo import push_edit
from flashdesk.review.service import NEW, RECORDED, Change, DuplicateRecordsError, redo_changes, undo_changes

AREA = "review"


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


def push_changes(context: AppContext, text: str, changes: Sequence[Change],
                 extra_undo: Callable[[], None] | None = None,
                 extra_redo: Callable[[], None] | None = None) -> None:
    """Put changes already made on the undo stack."""
    store, campaign_id = context.store, context.campaign_id
    changes = [c for c in changes if c]
    first = [True]

    def redo():
        if first[0]:
            first[0] = False
            return
        redo_changes(store, campaign_id, changes)
        if extra_redo:
            extra_redo()
        tell_library()

    def undo():
        undo_changes(store, campaign_id, changes)
        if extra_undo:
            extra_undo()
        tell_library()

    def tell_library():
        """Linked copy rows changed the copy library's participants: the copies tab reloads."""
        if any(c.library for c in changes):
            context.dataChanged.emit("copies")

    push_edit(context, text, redo, undo, area=AREA)
    tell_library()


def save_with_choice(parent: QWidget, context: AppContext, text: str,
                     save: Callable[[str | None], Change | list[Change]]) -> bool:
    """Run `save(on_duplicate)`; on a duplicate ask which wins and run it again. Errors are
    shown; the store is unchanged then. Returns whether something was saved."""
    try:
        try:
            result = save(None)
        except DuplicateRecordsError as error:
            choice = ask_which_wins(parent, error)
            if choice is None:
                return False
            result = save(choice)
    except UserError as error:
        show_error(parent, error)
        return False
    changes = result if isinstance(result, list) else [result]
    if not any(changes):
        return False
    push_changes(context, text, changes)
    return True
