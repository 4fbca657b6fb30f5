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

from PySide6.QtCore import QCoreApplication
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
        self._replay(undo=False)

    def undo(self) -> None:
        self._replay(undo=True)

    def _replay(self, *, undo: bool) -> None:
        """Undo or redo through the context. When it cannot be done — another operator
        changed these rows since and the operator kept theirs (store/team.py), or the store
        refused — nothing was written and the step leaves the stack (Qt drops an obsolete
        command), so the stack never claims a state the store does not have."""
        from flashdesk.store.team import Conflict

        try:
            self.context.apply(self.change, undo=undo)
        except Conflict as conflict:
            self.setObsolete(True)
            self.context.notice.emit(QCoreApplication.translate(
                "ChangeCommand", "“{action}” was changed since by {name}: their change stays, and "
                "the step is off your undo list.").format(action=self.change.label, name=conflict.by))
        except Exception as error:  # noqa: BLE001 - said in a message box, never a traceback
            from flashdesk.gui.messages import show_error

            self.setObsolete(True)
            show_error(None, error)

    def id(self) -> int:
        return -1 if self.merge_key is None else _MERGING

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        self.change = self.change.then(other.change)
        self.setObsolete(self.change.empty)
        return True

