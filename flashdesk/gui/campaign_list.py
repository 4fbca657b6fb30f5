"""The campaign sidebar: a searchable list over the campaigns service."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from flashdesk.campaigns.service import list_campaigns
from flashdesk.gui.context import AppContext

CampaignIdRole = Qt.ItemDataRole.UserRole + 1


class CampaignListModel(QAbstractListModel):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.search = ""
        self.show_archived = True
        self._rows = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_campaigns(self.context.store, search=self.search,
                                    include_archived=self.show_archived)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        campaign = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = self.tr(" (archived)") if campaign.archived else ""
            return f"{campaign.name}{mark}\n{campaign.launch_at:%Y-%m-%d %H:%M} · {campaign.product}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return campaign.name
        if role == Qt.ItemDataRole.ForegroundRole and campaign.archived:
            return QColor("#888888")
        if role == CampaignIdRole:
            return campaign.id
        return None

    def row_of(self, campaign_id: int | None) -> int:
        for row, campaign in enumerate(self._rows):
            if campaign.id == campaign_id:
                return row
        return -1


class CampaignSidebar(QWidget):
    campaignActivated = Signal(object)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = CampaignListModel(context, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search campaigns…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setObjectName("campaignList")
        self.view.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        keep = self.context.campaign_id
        self.model.reload()
        self.select(keep)

    def select(self, campaign_id: int | None) -> None:
        row = self.model.row_of(campaign_id)
        if row < 0 and self.model.rowCount() and campaign_id is not None:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self.view.clearSelection()
            self.campaignActivated.emit(None)

    def _on_search(self, text: str) -> None:
        self.model.search = text
        self.reload()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.campaignActivated.emit(current.data(CampaignIdRole) if current.isValid() else None)
