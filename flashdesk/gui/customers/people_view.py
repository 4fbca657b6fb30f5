"""The people list's view. At 1024 px it shares the window with the campaign list and the
person's page, so its columns are fitted to its width rather than scrolled sideways: phone,
tier, stage and paid keep their text's width; name, remark and tags each keep room for their
title and share what is left 2:1:2."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from flashdesk.gui.customers.people_model import NICKNAME, PAID, PHONE, REMARK, STAGE, TAGS, TIER

PAD = 12  # a cell's or a title's margins and focus frame


class PeopleView(QTableView):
    def __init__(self, model, stages, tiers, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # thousands: compact
        header = self.horizontalHeader()
        header.setMinimumSectionSize(2 * PAD)  # the style's least (43 px) would widen Tier and Tags
        for column, samples in ((PHONE, ("138****8000",)), (TIER, tiers), (STAGE, stages),
                                (PAID, ("99999.00",))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self._width(*samples, self._title(column)))

    def _title(self, column: int) -> str:
        return self.model().headerData(column, Qt.Orientation.Horizontal)

    def _width(self, *texts: str) -> int:
        return max(map(self.fontMetrics().horizontalAdvance, texts)) + PAD

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:  # the splitter moved, a scrollbar came or went
            self.share_widths()
        return super().viewportEvent(event)

    def share_widths(self) -> None:
        header = self.horizontalHeader()
        least = {column: self._width(self._title(column)) for column in (NICKNAME, REMARK, TAGS)}
        fixed = sum(header.sectionSize(column) for column in (PHONE, TIER, STAGE, PAID))
        spare = max(0, self.viewport().width() - fixed - sum(least.values()))
        header.resizeSection(NICKNAME, least[NICKNAME] + spare * 2 // 5)
        header.resizeSection(REMARK, least[REMARK] + spare // 5)
        header.resizeSection(TAGS, least[TAGS] + spare - spare * 2 // 5 - spare // 5)
