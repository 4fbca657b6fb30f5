"""The copy list: a table model that fetches page by page (a store may hold 100,000
copies; only what the view scrolls to is loaded), and a delegate that paints the search
terms highlighted in the titles."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from flashdesk.copies.search import spans
from flashdesk.copies.service import COUNT_CAP, CopyQuery, list_copies
from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
from flashdesk.gui.paged_model import PagedModel

FAVOURITE, TITLE, STAGE, CHANNEL, USED, RESULTS = range(6)
CopyIdRole = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 60
HIGHLIGHT = "#ffe08a"
MATCH_INK = "#222222"
EXCERPT_INK = "#777777"


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    CopyIdRole})


class CopyListModel(PagedModel):
    PAGE = 100
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = CopyQuery()  # self.total is capped at COUNT_CAP + 1
        self._labels: dict[tuple[int, str, bool], str] = {}
        self.short_columns: frozenset[int] = frozenset()  # set by the ColumnFitter

    def headers(self) -> list[str]:
        return ["★", self.tr("Title"), self.tr("Stage"), self.tr("Channel"), self.tr("Used"),
                self.tr("Results")]

    def load(self, store, query: CopyQuery) -> None:
        """Run the query and load its first page."""
        self.beginResetModel()
        self.store, self.query, self._labels = store, query, {}
        self.total, self.rows = list_copies(store, query, 0, self.PAGE) if store else (0, [])
        self._more = len(self.rows) == self.PAGE
        self.endResetModel()

    def _label(self, column: int, terms: dict, key: str, unknown: str, short: bool = False) -> str:
        # a repaint asks for every visible row's labels: translated once per load
        if (column, key, short) not in self._labels:
            term = terms.get(key)
            self._labels[column, key, short] = (unknown if term is None else
                                                term.short_label() if short else term.label())
        return self._labels[column, key, short]

    def set_short_columns(self, columns: frozenset[int]) -> None:
        """Which of the stage and channel columns show their short labels (too narrow)."""
        if columns != self.short_columns:
            self.short_columns = columns
            for column in (STAGE, CHANNEL) if self.rows else ():
                self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def count_text(self) -> str:
        if self.total > COUNT_CAP:
            return self.tr("more than {n} copies").format(n=f"{COUNT_CAP:,}")
        return self.tr("%n copies", "", self.total)

    def next_page(self) -> list:
        return list_copies(self.store, self.query, len(self.rows), self.PAGE, self.total)[1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # a repaint asks every visible cell for about eight roles, most of them none of ours
        if role not in _ROLES or not index.isValid():
            return None
        copy = self.rows[index.row()]
        column = index.column()
        if role == CopyIdRole:
            return copy.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if copy.campaign_id is not None and column == TITLE:
                return self.tr("◆ This campaign's own copy") + "\n\n" + copy.body
            if column in self.short_columns:  # the whole label, cut short in the cell
                return self.full_label(copy, column) + "\n\n" + copy.body
            return copy.body
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FAVOURITE, USED, RESULTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == FAVOURITE:
            return QColor("#c0392b")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.shown(copy, column)

    def shown(self, copy, column: int):
        """The DisplayRole of a listed copy's cell."""
        if column == FAVOURITE:
            return "★" if copy.favourite else ""
        if column == TITLE:
            scope = "" if copy.campaign_id is None else "◆ "
            return scope + copy.title
        if column == STAGE:
            return self._label(column, STAGE_BY_KEY, copy.stage, copy.stage, STAGE in self.short_columns)
        if column == CHANNEL:
            return self._label(column, CHANNEL_BY_KEY, copy.channel, "", CHANNEL in self.short_columns)
        if column == USED:
            return copy.times_used
        if column == RESULTS:
            return "—" if copy.participants is None else copy.participants
        return None

    def full_label(self, copy, column: int) -> str:
        if column == STAGE:
            return self._label(column, STAGE_BY_KEY, copy.stage, copy.stage)
        return self._label(column, CHANNEL_BY_KEY, copy.channel, "")


def excerpt(body: str, terms: list[str]) -> str:
    """One line of the body: around the first match when searching, else its start."""
    flat = " ".join(body.split())
    found = spans(flat, terms)
    start = max(0, found[0][0] - 6) if found else 0
    text = flat[start:start + EXCERPT_CHARS]
    return ("…" if start else "") + text + ("…" if start + EXCERPT_CHARS < len(flat) else "")


class CellDelegate(QStyledItemDelegate):
    """Paints the plain columns (stage, channel, counts) from pictures of their cells, kept
    per text, size and state: drawing text is most of a cell's cost in Qt, and these columns
    show a few labels and small numbers over and over. A picture is the cell drawn by Qt's
    own delegate onto the view's background, so it looks the same, text smoothing included."""

    KEPT = 500  # pictures kept at most (a few dozen in use; sizes change when resized)

    def __init__(self, model: CopyListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self._pictures: dict[tuple, QPixmap] = {}
        self._font, self._font_key = QFont(), QFont().key()  # key() costs more than ==

    def paint(self, painter, option, index) -> None:
        ratio = painter.device().devicePixelRatio()
        if option.font != self._font:
            self._font, self._font_key = QFont(option.font), option.font.key()
        key = (index.column(), self.model.shown(self.model.rows[index.row()], index.column()),
               option.rect.width(), option.rect.height(), int(option.state.value),
               self._font_key, option.palette.cacheKey(), ratio)
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) >= self.KEPT:
                self._pictures.clear()
            picture = self._pictures[key] = self._picture(option, index, ratio)
        painter.drawPixmap(option.rect.topLeft(), picture)

    def _picture(self, option, index, ratio: float) -> QPixmap:
        picture = QPixmap(option.rect.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(QPoint(0, 0), option.rect.size())
        # the colour the view's viewport is filled with under the cell
        group = (QPalette.ColorGroup.Disabled if not opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        picture.fill(opt.palette.color(group, QPalette.ColorRole.Base))
        on = QPainter(picture)
        super().paint(on, opt, index)
        on.end()
        return picture


class HighlightDelegate(QStyledItemDelegate):
    """Paints the title cell: the title, and under it one line of the body, with the
    model's search terms marked in both. Drawn as runs of plain text: a keystroke repaints
    every visible row, and a rich-text document per row cost most of a keystroke."""

    def __init__(self, model: CopyListModel, parent=None):
        super().__init__(parent)
        self.model = model

    def paint(self, painter, option, index) -> None:
        terms = self.model.query.terms
        copy = self.model.rows[index.row()]
        opt = QStyleOptionViewItem(option)
        # what initStyleOption would set for this column, without asking the model role by
        # role: the cell has text, drawn below
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        style = opt.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.HighlightedText
                                if selected else QPalette.ColorRole.Text)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        metrics = QFontMetrics(opt.font)
        top = rect.top() + max(0, (rect.height() - 2 * metrics.height()) // 2)
        left, width = rect.left() + 2, rect.width() - 4
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(opt.font)
        _draw_line(painter, metrics, left, top, width, self.model.shown(copy, TITLE), terms, ink)
        _draw_line(painter, metrics, left, top + metrics.height(), width,
                   excerpt(copy.body, terms), terms, ink if selected else QColor(EXCERPT_INK))
        painter.restore()


def marked_runs(text: str, terms: list[str]) -> list[tuple[str, bool]]:
    """text cut into (run, is a match) pieces, in order."""
    runs, last = [], 0
    for start, end in spans(text, terms):
        runs += [(text[last:start], False), (text[start:end], True)]
        last = end
    runs.append((text[last:], False))
    return [run for run in runs if run[0]]


def _draw_line(painter, metrics: QFontMetrics, x: float, top: float, width: int, text: str,
               terms: list[str], ink: QColor) -> None:
    # a line too long for the cell ends in "…": a title cut mid-word reads as another title
    if metrics.horizontalAdvance(text) > width:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    for run, match in marked_runs(text, terms):
        width = metrics.horizontalAdvance(run)
        if match:
            painter.fillRect(QRectF(x, top, width, metrics.height()), QColor(HIGHLIGHT))
        painter.setPen(QColor(MATCH_INK) if match else ink)
        painter.drawText(QPointF(x, top + metrics.ascent()), run)
        x += width
