"""The one undo step: a QUndoCommand holding the Change a service made.

A service has already written the change when the command is pushed, so the first redo()
(which QUndoStack.push calls) does nothing; later undo()/redo() replay the Change through
`AppContext.apply`, which also switches to its campaign and publishes it to the tabs.

Commands pushed with the same `merge_key` one after another (a text field edited keystroke
by keystroke) merge into one step holding both Changes; a burst that ends where it began
leaves no step at all."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from flashdesk.gui.context import AppContext
    from flashdesk.store.change import Change

_MERGING = 1  # QUndoStack only asks commands with the same id() to merge


class ChangeCommand(QUndoCommand):
    def __init__(self, context: AppContext, change: Change, merge_key: Hashable | None = None):
        super().__init__(change.label)
        self.context, self.change, self.merge_key = context, change, merge_key
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed right after the service made the change
            self._done = False
            return
        self.context.apply(self.change, undo=False)

    def undo(self) -> None:
        self.context.apply(self.change, undo=True)

    def id(self) -> int:
        return -1 if self.merge_key is None else _MERGING

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        self.change = self.change.then(other.change)
        self.setObsolete(self.change.empty)
        return True

