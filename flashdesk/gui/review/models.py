"""Qt item model over one kind of review records. It shows and hands edits on: the tab
turns an edit into a service call on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from flashdesk.review.records import KINDS, column_label, material_kind_label


class RecordsModel(QAbstractTableModel):
    """Rows of one kind (dicts from flashdesk.review.service.records). `edit(row, key, text)`
    is called for a changed cell and returns whether it was saved."""

    def __init__(self, kind_name: str, edit: Callable[[dict, str, Any], bool], parent=None):
        super().__init__(parent)
        self.kind = KINDS[kind_name]
        self.rows: list[dict[str, Any]] = []
        self.link_titles: dict[int, str] = {}  # library copy id → title, for linked rows
        self._edit = edit

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.kind.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_label(self.kind.columns[section].key)
        return str(section + 1)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.kind.columns[index.column()]
        value = self.rows[index.row()][column.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.type, value)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(column.type, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.type in ("count", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        linked = self.link_titles.get(self.rows[index.row()].get("copy_id"))
        if linked is not None and index.column() == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                from PySide6.QtWidgets import QApplication, QStyle

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Linked to the library copy “{title}”: its participants follow "
                               "this row and the copies tab.").format(title=linked)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.kind.columns[index.column()]
        row = self.rows[index.row()]
        if edit_text(column.type, row[column.key]) == str(value).strip():
            return False
        return self._edit(row, column.key, value)

    def key_of(self, row: int) -> tuple:
        return self.kind.key_of(self.rows[row])


def display(kind: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if kind == "money":
        return f"{value:,.2f}"
    if kind == "count":
        return f"{value:,}"
    if kind == "kind":
        return material_kind_label(value)
    return str(value)


def edit_text(kind: str, value) -> str:
    """A value as the operator types it (no thousands separators)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if kind == "money":
        return f"{value:g}" if value == int(value) else f"{value:.2f}"
    if kind == "kind":
        return material_kind_label(value)
    return str(value)


def tsv(kind_name: str, rows: list[dict[str, Any]], with_headings: bool = True) -> str:
    """Rows as tab-separated text (what Excel puts on the clipboard)."""
    kind = KINDS[kind_name]
    lines = ["\t".join(column_label(c.key) for c in kind.columns)] if with_headings else []
    for row in rows:
        lines.append("\t".join(edit_text(c.type, row[c.key]) for c in kind.columns))
    return "\n".join(lines)


def parse_tsv(kind_name: str, text: str) -> tuple[list[list[str]], int]:
    """Pasted text to rows of cells, and how many leading lines were headings (skipped)."""
    kind = KINDS[kind_name]
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    rows = [line.split("\t") for line in lines]
    headings = {column_label(c.key) for c in kind.columns} | {c.heading for c in kind.columns}
    skipped = 0
    if rows and any(cell.strip() in headings for cell in rows[0]):
        rows, skipped = rows[1:], 1
    return rows, skipped
