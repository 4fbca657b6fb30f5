"""The two table views of the channels tab with their keyboard and mouse habits: the
matrix takes Excel's Ctrl+V/Ctrl+C and Delete; the calendar opens a cell on Enter and
remembers which post chip was pressed so a drag carries that post."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from flashdesk.gui.channels.models import POSTS_ROLE


class MatrixView(QTableView):
    """The matrix table: Ctrl+V pastes rows copied from Excel, Ctrl+C copies rows for it,
    Delete removes the selected channels."""

    pasteRequested = Signal(str)
    copyRequested = Signal()
    removeRequested = Signal()
    editorClosed = Signal()

    # channel, forms, content direction, notes, owner: shared out in proportion to the
    # view's width, so the direction never shrinks to one character per line
    WIDTHS = (150, 170, 420, 240, 90)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.share_widths()

    def share_widths(self) -> None:
        available, total = self.viewport().width(), sum(self.WIDTHS)
        header = self.horizontalHeader()
        for column, width in enumerate(self.WIDTHS[:header.count()]):
            header.resizeSection(column, max(48, available * width // total))
        self.resizeRowsToContents()  # narrower text grows rows; wider text shrinks them back

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        self.editorClosed.emit()

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.pasteRequested.emit(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copyRequested.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.removeRequested.emit()
                return
        super().keyPressEvent(event)


class CalendarView(QTableView):
    """The calendar grid: Enter opens the cell (edit its post, or plan one), Delete removes
    the cell's post."""

    openRequested = Signal(QModelIndex)
    removeRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        # a chip's label wraps to its day's width, so rows are measured again once the days
        # are resized; the header reports each day before the view applies it: after a pause
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():  # which chip was pressed: a drag carries that post
            y = event.position().toPoint().y()
            chips = self.itemDelegate().chips(self.visualRect(index), index.data(POSTS_ROLE) or [],
                                              self.fontMetrics())
            self.model().drag_chip = sum(1 for _post, chip, _room, _label in chips[1:] if chip.top() <= y)
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Delete:
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)
