"""The copy list: a table model that fetches page by page (a store may hold 100,000
copies; only what the view scrolls to is loaded), and a delegate that paints the search
terms highlighted in the titles."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from flashdesk.copies.search import spans
from flashdesk.copies.service import COUNT_CAP, CopyQuery, count_copies, find_copies
from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY

FAVOURITE, TITLE, STAGE, CHANNEL, USED, RESULTS = range(6)
CopyIdRole = Qt.ItemDataRole.UserRole + 1
ExcerptRole = Qt.ItemDataRole.UserRole + 2
EXCERPT_CHARS = 60
HIGHLIGHT = "#ffe08a"


class CopyListModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = None
        self.query = CopyQuery()
        self.rows: list = []
        self.total = 0  # capped at COUNT_CAP + 1
        self._more = False

    def headers(self) -> list[str]:
        return ["★", self.tr("Title"), self.tr("Stage"), self.tr("Channel"), self.tr("Used"),
                self.tr("Results")]

    def load(self, store, query: CopyQuery) -> None:
        """Run the query and load its first page."""
        self.beginResetModel()
        self.store, self.query = store, query
        self.total = count_copies(store, query, COUNT_CAP) if store else 0
        self.rows = find_copies(store, query, 0, self.PAGE, self.total) if store else []
        self._more = len(self.rows) == self.PAGE
        self.endResetModel()

    def count_text(self) -> str:
        if self.total > COUNT_CAP:
            return self.tr("more than {n} copies").format(n=f"{COUNT_CAP:,}")
        return self.tr("%n copies", "", self.total)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        page = find_copies(self.store, self.query, len(self.rows), self.PAGE, self.total)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_of(self, copy_id: int) -> int:
        return next((i for i, c in enumerate(self.rows) if c.id == copy_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        copy = self.rows[index.row()]
        column = index.column()
        if role == CopyIdRole:
            return copy.id
        if role == ExcerptRole:
            return excerpt(copy.body, self.query.terms)
        if role == Qt.ItemDataRole.ToolTipRole:
            if copy.campaign_id is not None and column == TITLE:
                return self.tr("◆ This campaign's own copy") + "\n\n" + copy.body
            return copy.body
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FAVOURITE, USED, RESULTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == FAVOURITE:
            from PySide6.QtGui import QColor

            return QColor("#c0392b")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == FAVOURITE:
            return "★" if copy.favourite else ""
        if column == TITLE:
            scope = "" if copy.campaign_id is None else "◆ "
            return scope + copy.title
        if column == STAGE:
            return STAGE_BY_KEY[copy.stage].label() if copy.stage in STAGE_BY_KEY else copy.stage
        if column == CHANNEL:
            return CHANNEL_BY_KEY[copy.channel].label() if copy.channel in CHANNEL_BY_KEY else ""
        if column == USED:
            return copy.times_used
        if column == RESULTS:
            return "—" if copy.participants is None else copy.participants
        return None


def excerpt(body: str, terms: list[str]) -> str:
    """One line of the body: around the first match when searching, else its start."""
    flat = " ".join(body.split())
    found = spans(flat, terms)
    start = max(0, found[0][0] - 6) if found else 0
    text = flat[start:start + EXCERPT_CHARS]
    return ("…" if start else "") + text + ("…" if start + EXCERPT_CHARS < len(flat) else "")


def highlighted_html(text: str, terms: list[str]) -> str:
    out, last = [], 0
    for start, end in spans(text, terms):
        out += [html.escape(text[last:start]),
                f'<span style="background:{HIGHLIGHT}; color:#222">{html.escape(text[start:end])}</span>']
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints the title cell: the title, and under it one line of the body, with the
    model's search terms marked in both."""

    def __init__(self, model: CopyListModel, parent=None):
        super().__init__(parent)
        self.model = model

    def paint(self, painter, option, index) -> None:
        terms = self.model.query.terms
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        grey = "" if selected else ' style="color:#777"'
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(f"{highlighted_html(text, terms)}<br><span{grey}>"
                    f"{highlighted_html(index.data(ExcerptRole) or '', terms)}</span>")
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(0, 0, rect.width(), rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(QPalette.ColorGroup.Normal, role))
        doc.documentLayout().draw(painter, context)
        painter.restore()
