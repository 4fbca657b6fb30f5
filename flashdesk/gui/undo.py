"""Undo: every user edit is one QUndoCommand on the window's stack.

`push_edit(context, text, redo, undo, area)` runs `redo` once *before* pushing, so a
UserError from the service reaches the caller and nothing lands on the stack; later
redo/undo calls re-run the functions and tell the tabs through dataChanged(area)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class CallbackCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object],
                 notify: Callable[[], None] | None = None, merge_id: int = -1):
        super().__init__(text)
        self._redo, self._undo, self._notify = redo, undo, notify
        self._merge_id = merge_id
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by push_edit
            self._first = False
            return
        self._redo()
        if self._notify:
            self._notify()

    def undo(self) -> None:
        self._undo()
        if self._notify:
            self._notify()

    def id(self) -> int:
        return self._merge_id


def push_edit(context, text: str, redo: Callable[[], object], undo: Callable[[], object],
              area: str = "campaigns"):
    """Do `redo` now and put it on the undo stack; returns what `redo` returned."""
    result = redo()
    command = CallbackCommand(text, redo, undo, lambda: context.dataChanged.emit(area))
    context.undo_stack.push(command)
    context.dataChanged.emit(area)
    return result
