"""Fitting windows and areas to the screen the operator has (a 1024x700 laptop as well as a
desktop): a dialog opens at the size it asks for, within the screen, and a column that can
outgrow the window scrolls up and down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def open_within_screen(window: QWidget, wanted: QSize) -> None:
    """Open at `wanted`, at most 90% of the window's screen. Qt's own limit is 2/3 of the
    screen's height, which squeezed a dialog with room to spare, and it keeps none when the
    dialog asks for more than the screen: its buttons went off a laptop's screen."""
    window.resize(wanted.boundedTo(window.screen().availableGeometry().size() * 0.9))


class UpAndDown(QScrollArea):
    """Scrolls its widget up and down, never sideways: it is at least as wide as the widget
    and a vertical scrollbar beside it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.widget() is None:
            return hint
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())
