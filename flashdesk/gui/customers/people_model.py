"""The people list: a table model that loads the filter's people page by page as the view
scrolls (a store may hold 100,000 people; a filter shows its first page and the count at
once), with phone numbers masked unless the operator chose to see them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

NICKNAME, REMARK, PHONE, TIER, STAGE, PAID, TAGS = range(7)
PersonIdRole = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractTableModel):
    @property
    def PAGE(self) -> int:  # noqa: N802  (a constant of the service, read on first use)
        from flashdesk.customers.service import PAGE

        return PAGE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = None
        self.chosen = None
        self.rows: list = []
        self.total = 0
        self.full_phones = False
        self._more = False

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

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        from flashdesk.customers.service import people

        page = people(self.store, self.chosen, limit=self.PAGE, after=self.rows[-1].id)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_of(self, person_id: int | None) -> int:
        return next((i for i, p in enumerate(self.rows) if p.id == person_id), -1)

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
