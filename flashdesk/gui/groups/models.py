"""Qt item models over the group services. Every edit is one undo step: the Change that
service.edit returns goes on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from flashdesk.copies.links import label, linked_copies
from flashdesk.copies.variables import fill as fill_copy
from flashdesk.groups import service
from flashdesk.groups.texts import fill
from flashdesk.gui.messages import show_error
from flashdesk.store.change import Change

WARN_BRUSH = QBrush(QColor("#fdecea"))
DONE_BRUSH = QBrush(QColor("#eef7ee"))
SKIP_BRUSH = QBrush(QColor("#f2f2f2"))
CURRENT_BRUSH = QBrush(QColor("#fff4d6"))


def state_label(state: str) -> str:
    return {
        "open": QCoreApplication.translate("GroupModels", "open"),
        "full": QCoreApplication.translate("GroupModels", "full"),
        "closed": QCoreApplication.translate("GroupModels", "closed"),
        "pending": QCoreApplication.translate("GroupModels", "pending"),
        "done": QCoreApplication.translate("GroupModels", "done"),
        "skipped": QCoreApplication.translate("GroupModels", "skipped"),
    }.get(state, state)


def days_label(days: str) -> str:
    """Which group days a timetable slot comes on."""
    return {
        "all": QCoreApplication.translate("GroupModels", "every group day"),
        "launch": QCoreApplication.translate("GroupModels", "launch day only"),
        "after": QCoreApplication.translate("GroupModels", "the days after launch day"),
    }.get(days, days)


def kind_label(kind: str) -> str:
    return {
        "say": QCoreApplication.translate("GroupModels", "say"),
        "announce": QCoreApplication.translate("GroupModels", "announce"),
        "question": QCoreApplication.translate("GroupModels", "question"),
        "helper": QCoreApplication.translate("GroupModels", "helper answers if silent"),
        "congratulate": QCoreApplication.translate("GroupModels", "congratulate"),
        "post": QCoreApplication.translate("GroupModels", "post"),
    }.get(kind, kind)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text, int, datetime, time, state, days, check, filled, copy (a linked copy id)
    editable: bool = True


class RowsModel(QAbstractTableModel):
    """One row per store row of `table`; `load()` gives the rows, `values()` the placeholder
    values for "filled" columns (shown filled, edited as the template)."""

    def __init__(self, context, table, columns: list[Column], load: Callable[[], list],
                 values: Callable[[], dict] | None = None, error_parent: QWidget | None = None,
                 highlight: Callable[[object], bool] | None = None):
        super().__init__()
        self.context, self.table, self.columns = context, table, columns
        self._load, self._values = load, values or dict
        self.error_parent = error_parent
        self.highlight = highlight
        self.rows: list = []
        self.values: dict = {}
        self.copies: dict = {}  # id -> linked library copy, for "copy" columns

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._load()
        self.values = self._values()
        fields = [c.field for c in self.columns if c.kind == "copy"]
        self.copies = linked_copies(self.context.store, (getattr(r, f) for r in self.rows
                                                         for f in fields)) if fields else {}
        self.copy_values = copy_values(self.context) if self.copies else {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if not column.editable:
            return base
        if column.kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = getattr(row, column.field)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(row):
            return WARN_BRUSH
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if column.kind == "copy":
            return copy_data(self.copies.get(value), role, self.copy_values)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "datetime":
                return f"{value:%Y-%m-%d %H:%M}"
            if column.kind == "state":
                return state_label(value)
            if column.kind == "days":
                return days_label(value)
            if column.kind == "filled":
                return fill(value, self.values)
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "datetime":
                return QDateTime(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "filled" and "{" in value:
            return QCoreApplication.translate("GroupModels", "Template: {text}").format(text=value)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif isinstance(value, QDateTime):
            value = value.toPython()
        if value == getattr(row, column.field):
            return False
        text = QCoreApplication.translate("GroupModels", "Edit {what}").format(what=column.header)
        return edit_row(self.context, self.error_parent, text, self.table, row.id, **{column.field: value})


def copy_data(copy, role, values: dict):
    """A linked-copy cell: its title (double-click picks another), the filled text as tooltip."""
    if role == Qt.ItemDataRole.DisplayRole:
        return label(copy) if copy is not None else QCoreApplication.translate("GroupModels", "—")
    if role == Qt.ItemDataRole.ToolTipRole:
        if copy is None or copy.deleted:
            return QCoreApplication.translate("GroupModels", "Double-click to pick a copy from the library")
        return fill_copy(copy.body, values, strict=False)
    return None


def copy_values(context) -> dict[str, str]:
    """The campaign's copy variables, to show a linked copy filled."""
    from flashdesk.errors import UserError
    from flashdesk.groups.copy_values import values_for

    try:
        return values_for(context.store, context.campaign_id) if context.campaign_id else {}
    except UserError:
        return {}


def push_change(context, parent, text: str, do: Callable[[], Change]) -> Change | None:
    """Run one service edit and put its Change on the undo stack as `text`; an error is
    shown and nothing changes (None)."""
    try:
        return context.push(do(), text)
    except Exception as exc:  # noqa: BLE001 — a UserError's message, or an apology for a bug
        show_error(parent, exc)
        return None


def edit_row(context, parent, text: str, table, row_id: int, **fields) -> bool:
    """One undoable service.edit; errors are shown and nothing changes."""
    return push_change(context, parent, text,
                       lambda: service.edit(context.store, table, row_id, **fields)) is not None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with a few fixed values (group state, beat kind)."""

    def __init__(self, options: tuple[str, ...], label: Callable[[str], str] = state_label, parent=None):
        super().__init__(parent)
        self.options, self.label = options, label

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value in self.options:
            combo.addItem(self.label(value), value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RunbookModel(QAbstractTableModel):
    """The runbook flat: one row per beat, the node's name, time and owner on its first beat."""

    NODE, NODE_TIME, OWNER, DUE, KIND, TEXT, WAIT, STATE, COPY, INCENTIVE = range(10)

    def __init__(self, context, error_parent: QWidget | None = None):
        super().__init__()
        self.context, self.error_parent = context, error_parent
        self.book = None
        self.lines: list[tuple] = []  # (node, beat, first_of_node)
        self.copies: dict = {}  # id -> the library copy a node links
        self.values: dict = {}  # the campaign's copy variables, for the copy tooltip
        self.incentives: dict = {}  # node key -> the red packets and draws planned at it
        self.headers = [
            QCoreApplication.translate("GroupModels", "Key node"),
            QCoreApplication.translate("GroupModels", "Node time"),
            QCoreApplication.translate("GroupModels", "Owner"),
            QCoreApplication.translate("GroupModels", "Due"),
            QCoreApplication.translate("GroupModels", "Beat"),
            QCoreApplication.translate("GroupModels", "Text to send"),
            QCoreApplication.translate("GroupModels", "Wait (min)"),
            QCoreApplication.translate("GroupModels", "State"),
            QCoreApplication.translate("GroupModels", "Linked copy"),
            QCoreApplication.translate("GroupModels", "Red packets / draws")]

    def set_runbook(self, book, copies: dict | None = None, values: dict | None = None,
                    incentives: dict | None = None) -> None:
        self.beginResetModel()
        self.book = book
        self.copies, self.values = copies or {}, values or {}
        self.incentives = incentives or {}
        self.lines = [(node, beat, i == 0) for node in (book.nodes if book else [])
                      for i, beat in enumerate(node.beats)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def beat_at(self, row: int):
        return self.lines[row][1] if 0 <= row < len(self.lines) else None

    def row_of(self, beat_id: int) -> int:
        return next((i for i, (_n, beat, _f) in enumerate(self.lines) if beat.id == beat_id), -1)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        _node, _beat, first = self.lines[index.row()]
        if index.column() in (self.KIND, self.TEXT, self.WAIT) \
                or first and index.column() in (self.NODE_TIME, self.OWNER):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, beat, first = self.lines[index.row()]
        column = index.column()
        if column == self.COPY:
            return copy_data(self.copies.get(node.copy_id), role, self.values) if first else None
        if column == self.INCENTIVE:
            if first and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return "\n".join(row.describe() for row in self.incentives.get(node.key, []))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NODE:
                return node.name if first else ""
            if column == self.NODE_TIME:
                return f"{node.at:%m-%d %H:%M}" if first else ""
            if column == self.OWNER:
                return node.owner if first else ""
            return {self.DUE: f"{beat.due:%H:%M}", self.KIND: kind_label(beat.kind),
                    self.TEXT: beat.filled, self.WAIT: beat.wait_minutes,
                    self.STATE: state_label(beat.state)}.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {self.NODE_TIME: QTime(node.at.hour, node.at.minute), self.OWNER: node.owner,
                    self.KIND: beat.kind, self.TEXT: beat.text,
                    self.WAIT: beat.wait_minutes}.get(column)
        if role == Qt.ItemDataRole.FontRole and column == self.NODE and first:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            current = self.book.current if self.book else None
            if current is not None and beat.id == current.id:
                return CURRENT_BRUSH
            return {"done": DONE_BRUSH, "skipped": SKIP_BRUSH}.get(beat.state)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT and beat.text != beat.filled:
            return QCoreApplication.translate("GroupModels", "Template: {text}").format(text=beat.text)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from flashdesk.groups.tables import KeyNode, NodeBeat

        node, beat, _first = self.lines[index.row()]
        what = self.headers[index.column()]
        text = QCoreApplication.translate("GroupModels", "Edit {what}").format(what=what)
        if index.column() == self.NODE_TIME:
            at = datetime.combine(node.at.date(), value.toPython()) if isinstance(value, QTime) else value
            return at != node.at and edit_row(self.context, self.error_parent, text, KeyNode, node.id, at=at)
        if index.column() == self.OWNER:
            return value != node.owner and edit_row(self.context, self.error_parent, text, KeyNode,
                                                    node.id, owner=value)
        if index.column() == self.KIND:
            return value != beat.kind and edit_row(self.context, self.error_parent, text, NodeBeat,
                                                   beat.id, kind=value)
        if index.column() == self.TEXT:
            return value != beat.text and edit_row(self.context, self.error_parent, text, NodeBeat,
                                                   beat.id, text=value)
        if index.column() == self.WAIT:
            return value != beat.wait_minutes and edit_row(self.context, self.error_parent, text,
                                                           NodeBeat, beat.id, wait_minutes=value)
        return False
