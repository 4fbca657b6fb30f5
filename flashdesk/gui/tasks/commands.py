"""Board edits as undo steps. A step holds the service's Change: undo and redo replay it in
one transaction and refresh only the tasks and links it touched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from flashdesk.tasks.service import Change, replay


class TaskEdit(QUndoCommand):
    def __init__(self, text: str, store_of: Callable, change: Change,
                 apply: Callable[[Change], None]):
        super().__init__(text)
        self.store_of, self.change, self.apply = store_of, change, apply
        self._first = True

    def redo(self) -> None:
        if self._first:  # the service already did it
            self._first = False
            return
        replay(self.store_of(), self.change, undo=False)
        self.apply(self.change)

    def undo(self) -> None:
        replay(self.store_of(), self.change, undo=True)
        self.apply(self.change)
