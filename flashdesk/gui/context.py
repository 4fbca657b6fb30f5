"""What every tab shares: the store, the window's undo stack, the settings, and the signals
that keep the tabs in step.

Every edit reaches the tabs through one door: a service returns a `Change`, the tab hands it
to `context.push` (which puts it on the undo stack), and undo/redo go through
`context.apply`. Either way the Change is published once on `changed`; each tab looks at
the tables it touched (see gui/follow.py) and updates only what it shows. A Change made
elsewhere (another operator's, brought in by gui/team.py's TeamSync) enters through the same
door: `publish`."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported after the window's first paint
    from flashdesk.store import Store
    from flashdesk.store.change import Change


def _store_now():
    from flashdesk.store import clock

    return clock.now()


class AppContext(QObject):
    # The operator picked another campaign (None: no campaign selected).
    campaignSelected = Signal(object)
    # A Change was applied to the store: done, undone, redone, or another operator's arrived.
    changed = Signal(object)
    # The store was swapped (File → Open store…): every tab reloads.
    storeChanged = Signal()
    # The store could (True) or could not (False) be reached: gui/team.py's TeamSync says so;
    # edits kept while it was gone are saved again on True.
    reachable = Signal(bool)
    # A short word for the status bar (an undo step dropped because of another operator).
    notice = Signal(str)
    # The operator picked another role (its playbook key; "" for the whole team).
    roleChanged = Signal(str)

    def __init__(self, store: Store | None, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.campaign_id: int | None = None
        # what "now" is for the views that follow the clock (Today, its notifications): the
        # store's clock (flashdesk/store/clock.py), looked up on each call; tests may set a fixed one
        self.clock = _store_now
        # the plan items (agenda uids such as "beat-12") a reminder was shown for this session:
        # run mode and Today's notifier share it, so a beat is told once, not by both
        self.told: set[str] = set()

    @property
    def role(self) -> str:
        """The operator's role (a playbook role key), remembered in the settings; "" the whole team."""
        return str(self.settings.value("today/role", "") or "")

    def set_role(self, role: str) -> None:
        if role != self.role:
            self.settings.setValue("today/role", role)
            self.roleChanged.emit(role)

    def select_campaign(self, campaign_id: int | None) -> None:
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            self.campaignSelected.emit(campaign_id)

    def push(self, change: Change, text: str = "", merge_key: Hashable | None = None) -> Change:
        """Put a Change a service has just made on the undo stack (as `text`) and publish it.
        A Change that changed nothing makes no undo step."""
        from flashdesk.gui.undo import ChangeCommand

        if text:
            change = change.labelled(text)
        if not change.empty:
            self.undo_stack.push(ChangeCommand(self, change, merge_key))
            self.publish(change)
            if text:
                self._describe(change, text)
        return change

    def _describe(self, change: Change, text: str) -> None:
        """Name the action in the team's activity log (it was logged when it committed)."""
        try:
            self.store.team.describe(change.seq, text)
        except Exception:  # noqa: BLE001 - the store gone since: the log keeps it unnamed
            pass

    def apply(self, change: Change, *, undo: bool) -> None:
        """Undo or redo a Change, show its campaign and publish it. The campaign is picked
        after the write: undoing its deletion is what makes it exist again."""
        change.apply(self.store, undo=undo)
        self._show_campaign(change.campaign_id)
        self.publish(change)

    def publish(self, change: Change) -> None:
        self.changed.emit(change)

    def _show_campaign(self, campaign_id: int | None) -> None:
        if campaign_id is None:
            return
        from flashdesk.campaigns.service import is_live

        if is_live(self.store, campaign_id):
            self.select_campaign(campaign_id)
        elif self.campaign_id == campaign_id:
            self.select_campaign(None)

    def replace_store(self, store: Store) -> None:
        old, self.store = self.store, store
        self.undo_stack.clear()
        self.campaign_id = None
        self.storeChanged.emit()
        if old is not None:
            old.close()
