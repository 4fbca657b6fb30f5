"""Qt item models over the channel service: the matrix (one row per channel) and the
calendar (channels down, days across). They show rows the tab loaded; edits go back
through callbacks the tab gives them, so every change becomes one undo step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QLocale, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from flashdesk import i18n
from flashdesk.channels.checks import Problem
from flashdesk.channels.drafts import split_forms
from flashdesk.channels.rules import ChannelRules
from flashdesk.copies.links import label
from flashdesk.copies.variables import fill
from flashdesk.gui.channels.labels import status_names
from flashdesk.playbook.calendar import KeyDates

MIME = "application/x-flashdesk-channel-row"
POST_MIME = "application/x-flashdesk-post"
POSTS_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 2
CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 3
DAY_ROLE = Qt.ItemDataRole.UserRole + 4
PROBLEM_FILL = QColor("#fdecea")
LAUNCH_FILL = QColor("#fff8e1")
OUTSIDE_FILL = QColor("#eeeeee")


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)


class MatrixModel(QAbstractTableModel):
    FIELDS = ("name", "forms", "direction", "notes", "owner")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.channels: list = []
        self.rules: ChannelRules | None = None
        self.problems: dict[int, list[Problem]] = {}
        self.edit_cell: Callable[[int, str, object, object], bool] | None = None
        self.move_row: Callable[[int, int], None] | None = None

    def load(self, channels: list, rules: ChannelRules, problems: dict[int, list[Problem]]) -> None:
        self.beginResetModel()
        self.channels, self.rules, self.problems = list(channels), rules, problems
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Channel type"), self.tr("Publicity forms"), self.tr("Content direction"),
                self.tr("Notes"), self.tr("Owner"))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.channels)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def channel_at(self, row: int):
        return self.channels[row] if 0 <= row < len(self.channels) else None

    def row_of(self, channel_id: int) -> int:
        return next((i for i, c in enumerate(self.channels) if c.id == channel_id), -1)

    def value(self, channel, field: str):
        if field == "forms":
            return list(split_forms(channel.forms))
        return getattr(channel, field)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        channel, field = self.channels[index.row()], self.FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "forms":
                names = self.rules.form_labels() if self.rules else {}
                joiner = ", " if i18n.language() == "en" else "、"
                return joiner.join(names.get(key, key) for key in split_forms(channel.forms))
            return getattr(channel, field)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(channel, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems.get(channel.id, [])
            if index.column() == 0 and problems:
                return "\n".join(p.message for p in problems)
            return getattr(channel, field) if field in ("direction", "notes") else None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0 and self.problems.get(channel.id):
            return QBrush(PROBLEM_FILL)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == CHANNEL_ROLE:
            return channel.id
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole or self.edit_cell is None
                or value is None):  # None: a view clearing a cell, never an operator's edit
            return False
        channel, field = self.channels[index.row()], self.FIELDS[index.column()]
        old = self.value(channel, field)
        new = list(value) if field == "forms" else str(value)
        if new == old:
            return False
        return self.edit_cell(channel.id, field, old, new)

    # drag a row to reorder ------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes})
        if rows:
            mime.setData(MIME, QByteArray(str(self.channels[rows[0]].id).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        if not data.hasFormat(MIME) or self.move_row is None:
            return False
        channel_id = int(bytes(data.data(MIME)).decode())
        source = self.row_of(channel_id)
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.channels)
        if source < 0:
            return False
        position = target - 1 if target > source else target  # the row leaves its place first
        if position != source:
            self.move_row(channel_id, position)
        return False  # the move is done by the service; the view must not remove rows itself


class CalendarModel(QAbstractTableModel):
    """Cell (channel, day) -> that channel's posts that day, in time order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.channels: list = []
        self.days: list[date] = []
        self.cells: dict[tuple[int, date], list] = {}
        self.problems: dict[tuple, list[Problem]] = {}
        self.dates: KeyDates | None = None
        self.rules: ChannelRules | None = None
        self.drag_chip = 0  # which post of the pressed cell a drag carries (set by the view)
        self.move_post: Callable[[int, int, date], None] | None = None
        self.copies: dict = {}  # id -> linked library copy (set by the tab before load)
        self.values: dict[str, str] = {}  # the campaign's copy variables, to fill the tooltip
        self.posters: dict = {}  # id -> LinkedPoster (set by the tab before load)

    def load(self, channels, posts, dates: KeyDates, rules: ChannelRules, problems) -> None:
        self.beginResetModel()
        self.channels, self.dates, self.rules, self.problems = list(channels), dates, rules, problems
        self.cells = {}
        for post in posts:
            self.cells.setdefault((post.channel_id, post.day), []).append(post)
        first = min([dates.warm_up_start] + [p.day for p in posts])
        last = max([dates.group_close] + [p.day for p in posts])
        self.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.channels)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.days)

    def cell(self, index: QModelIndex) -> tuple[int, date]:
        return self.channels[index.row()].id, self.days[index.column()]

    def index_of(self, channel_id: int, day: date) -> QModelIndex:
        row = next((i for i, c in enumerate(self.channels) if c.id == channel_id), -1)
        column = self.days.index(day) if day in self.days else -1
        return self.index(row, column) if row >= 0 and column >= 0 else QModelIndex()

    def stage_name(self, key: str) -> str:
        return self.rules.stage_labels().get(key, key) if self.rules else key

    def status_name(self, status: str) -> str:
        return status_names().get(status, status)

    def post_line(self, post) -> str:
        clock = f"{post.time_of_day:%H:%M} " if post.time_of_day else ""
        return f"{clock}{self.stage_name(post.stage)}"

    def poster_line(self, poster, poster_id: int) -> str:
        if poster is None:
            return self.tr("Poster: #{id}").format(id=poster_id)
        if poster.deleted:
            return self.tr("Poster: {name} (deleted)").format(name=poster.label())
        if poster.errors:
            return self.tr("Poster: {name} (checker errors: {n})").format(name=poster.label(),
                                                                            n=poster.errors)
        return self.tr("Poster: {name}").format(name=poster.label())

    def post_details(self, post) -> str:
        """The tooltip of one post: what, who, and the results once recorded."""
        lines = [f"{self.post_line(post)} · {self.status_name(post.status)}"]
        if post.title:
            lines.append(post.title)
        if post.copy_id is not None:
            copy = self.copies.get(post.copy_id)
            lines.append(self.tr("Copy: {title}").format(title=label(copy) if copy else f"#{post.copy_id}"))
            if copy is not None and not copy.deleted:
                text = fill(copy.body, self.values, strict=False)
                lines.append(text if len(text) <= 160 else text[:160] + "…")
        if post.poster_id is not None:
            lines.append(self.poster_line(self.posters.get(post.poster_id), post.poster_id))
        if post.owner:
            lines.append(self.tr("Owner: {owner}").format(owner=post.owner))
        if any(v is not None for v in (post.likes, post.comments, post.participants)):
            lines.append(self.tr("Likes {likes} · comments {comments} · participants {participants}").format(
                likes=_count(post.likes), comments=_count(post.comments),
                participants=_count(post.participants)))
        return "\n".join(lines)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        channel_id, day = self.cell(index)
        posts = self.cells.get((channel_id, day), [])
        problems = self.problems.get((channel_id, day), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(f"{self.post_line(p)} · {self.status_name(p.status)}" for p in posts)
        if role == POSTS_ROLE:
            return posts
        if role == PROBLEMS_ROLE:
            return problems
        if role == CHANNEL_ROLE:
            return channel_id
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.post_details(p) for p in posts]
            lines += [f"⚠ {p.message}" for p in problems]
            return "\n\n".join(lines) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return QBrush(PROBLEM_FILL)
            if self.dates and not self.dates.in_window(day):
                return QBrush(OUTSIDE_FILL)
            if self.dates and day == self.dates.launch_day:
                return QBrush(LAUNCH_FILL)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.channels):
                return self.channels[section].name
            return None
        if section >= len(self.days) or self.dates is None:
            return None
        day = self.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            offset = self.dates.day_offset(day)
            label = QLocale().toString(QDate(day), "MM-dd ddd")
            return f"{label}\nD{offset:+d}" if offset else f"{label}\nD0"
        if role == Qt.ItemDataRole.FontRole and day == self.dates.launch_day:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and day == self.dates.launch_day:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if day == self.dates.launch_day:
                return self.tr("Launch day")
            if day == self.dates.group_close:
                return self.tr("The group closes")
            if not self.dates.in_window(day):
                return self.tr("Outside the campaign window")
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if self.cells.get(self.cell(index)):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # drag a post to another day or channel ------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [POST_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        posts = self.cells.get(self.cell(indexes[0]), []) if indexes else []
        if posts:
            post = posts[min(max(self.drag_chip, 0), len(posts) - 1)]
            mime.setData(POST_MIME, QByteArray(str(post.id).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(POST_MIME) and parent.isValid()

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        if not data.hasFormat(POST_MIME) or not parent.isValid() or self.move_post is None:
            return False
        channel_id, day = self.cell(parent)
        self.move_post(int(bytes(data.data(POST_MIME)).decode()), channel_id, day)
        return False  # the service moved it; the view must not remove anything itself
