"""What every tab shares: the store, the window's undo stack, the settings, and signals
that keep the tabs in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported after the window's first paint
    from flashdesk.store import Store


class AppContext(QObject):
    # The operator picked another campaign (None: no campaign selected).
    campaignSelected = Signal(object)
    # Data of an area changed outside the tab that shows it (undo, another tab, import):
    # the argument names the area ("campaigns", "channels", "tasks", ...).
    dataChanged = Signal(str)
    # The store was swapped (File → Open store…): every tab reloads.
    storeChanged = Signal()

    def __init__(self, store: Store | None, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.campaign_id: int | None = None

    def select_campaign(self, campaign_id: int | None) -> None:
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            self.campaignSelected.emit(campaign_id)

    def replace_store(self, store: Store) -> None:
        old, self.store = self.store, store
        self.undo_stack.clear()
        self.campaign_id = None
        self.storeChanged.emit()
        if old is not None:
            old.close()
