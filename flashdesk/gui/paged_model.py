"""A table model over rows a store hands out page by page: the view asks for the next page as
it scrolls (canFetchMore/fetchMore), so a list of 100,000 rows shows its first page at once.
A subclass names its COLUMNS, headers() and next_page(); its load() fills rows and _more."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class PagedModel(QAbstractTableModel):
    PAGE = 100
    COLUMNS = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = None
        self.rows: list = []
        self.total = 0
        self._more = False

    def headers(self) -> list[str]:
        raise NotImplementedError

    def next_page(self) -> list:
        """The page after self.rows."""
        raise NotImplementedError

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        page = self.next_page()
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_of(self, row_id: int | None) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), -1)
