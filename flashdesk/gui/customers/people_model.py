"""The people list: a table model that loads the filter's people page by page as the view
scrolls (a store may hold 100,000 people; a filter shows its first page and the count at
once), with phone numbers masked unless the operator chose to see them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from flashdesk.gui.paged_model import PagedModel

NICKNAME, REMARK, PHONE, TIER, STAGE, PAID, TAGS = range(7)
PersonIdRole = Qt.ItemDataRole.UserRole + 1


class PeopleModel(PagedModel):
    COLUMNS = 7

    @property
    def PAGE(self) -> int:  # noqa: N802  (a constant of the service, read on first use)
        from flashdesk.customers.service import PAGE

        return PAGE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chosen = None
        self.full_phones = False

    def headers(self) -> list[str]:
        return [self.tr("Nickname"), self.tr("Remark"), self.tr("Phone"), self.tr("Tier"),
                self.tr("Stage"), self.tr("Paid"), self.tr("Tags")]

    def load(self, store, chosen) -> None:
        """Run the filter: its count and first page."""
        from flashdesk.customers.service import count, people

        self.beginResetModel()
        self.store, self.chosen = store, chosen
        self.rows = people(store, chosen, limit=self.PAGE) if store else []
        self._more = len(self.rows) == self.PAGE
        self.total = count(store, chosen) if self._more else len(self.rows)
        self.endResetModel()

    def set_full_phones(self, full: bool) -> None:
        self.full_phones = full
        if self.rows:
            self.dataChanged.emit(self.index(0, PHONE), self.index(len(self.rows) - 1, PHONE))

    def next_page(self) -> list:
        from flashdesk.customers.service import people

        return people(self.store, self.chosen, limit=self.PAGE, after=self.rows[-1].id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        column = index.column()
        if role == PersonIdRole:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PAID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PHONE:
            from flashdesk.customers.service import mask

            return person.phone if self.full_phones else mask(person.phone)
        return (person.nickname, person.remark, None, person.tier, person.stage,
                f"{person.paid_total:.2f}", "、".join(person.tags))[column]
