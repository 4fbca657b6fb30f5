"""The task table beside the timeline: one row per visible task, in the board's order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from flashdesk.gui.tasks.state import BoardState


class TaskTableModel(QAbstractTableModel):
    COLUMNS = ("number", "name", "owner", "start", "end", "progress", "post")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: BoardState | None = None
        self.now = None  # callable, set by the tab (tests pin it)
        self.headers = {"number": "#", "name": self.tr("Task"), "owner": self.tr("Owner"),
                        "start": self.tr("Start"), "end": self.tr("End"),
                        "progress": self.tr("Done"), "post": self.tr("Channel post")}

    def set_state(self, state: BoardState | None) -> None:
        self.beginResetModel()
        self.state = state
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.state is None else len(self.state.order)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def task_at(self, row: int):
        return self.state.tasks[self.state.order[row]]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[self.COLUMNS[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.state is None:
            return None
        task = self.task_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return str(self.state.number[task.id])
            if column == "name":
                return ("◆ " if task.milestone else "") + task.name
            if column == "post":
                return self.state.post_label(task)
            if column == "owner":
                return self.state.role_name(task)
            if column == "start":
                return f"{task.start:%m-%d %H:%M}"
            if column == "end":
                return f"{task.end:%m-%d %H:%M}"
            if column == "progress":
                return f"{task.progress}%"
        if role == Qt.ItemDataRole.ToolTipRole and column == "post":
            return self.state.post_label(task) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            tip = task.name
            if self.state.overdue(task, self.now() if self.now else None):
                tip += "\n" + self.tr("Past its deadline ({deadline:%m-%d %H:%M}) and not done.") \
                    .format(deadline=task.deadline)
            if task.id in self.state.critical:
                tip += "\n" + self.tr("On the critical path to the group's close.")
            post = self.state.post_label(task)
            if post:
                tip += "\n" + self.tr("Carries out the post: {post}").format(post=post)
            return tip
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.state.overdue(task, self.now() if self.now else None):
                return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.FontRole and task.id in self.state.critical and column == "name":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def rows_changed(self, task_ids) -> None:
        """Repaint the rows of these tasks (their data changed in place)."""
        rows = [self.state.row[i] for i in task_ids if i in self.state.row]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), len(self.COLUMNS) - 1))
