"""Editors and painting for the channel views: multi-line text edited in place (Enter
breaks the line, Ctrl+Enter or leaving the cell saves), forms ticked in a list, and the
calendar's posts drawn as chips coloured by status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QStyle, QStyledItemDelegate

from flashdesk.gui.channels.models import POSTS_ROLE, PROBLEMS_ROLE

STATUS_COLORS = {"planned": QColor("#e3ecf7"), "ready": QColor("#ffe9b3"),
                 "published": QColor("#cdeccf")}
STATUS_EDGES = {"planned": QColor("#8aa6c8"), "ready": QColor("#d9a520"),
                "published": QColor("#4c9a52")}


class MultiLineDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), 120))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)
            return True
        return super().eventFilter(editor, event)


class FormsList(QListWidget):
    """Ticks that toggle on a click anywhere on the row or on Space (a user-checkable item
    would toggle twice when its box is clicked)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.itemClicked.connect(self.toggle)

    @staticmethod
    def toggle(item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self.toggle(self.currentItem())
            return
        super().keyPressEvent(event)


class FormsDelegate(QStyledItemDelegate):
    """Forms are a multi-select: a list of ticks, saved when the editor closes."""

    def __init__(self, forms: callable, parent=None):
        super().__init__(parent)
        self.forms = forms  # () -> [(key, name)] from the playbook

    def createEditor(self, parent, option, index):
        editor = FormsList(parent)
        editor.setObjectName("formsEditor")
        for key, name in self.forms():
            item = QListWidgetItem(name, editor)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return editor

    def setEditorData(self, editor, index):
        chosen = set(index.data(Qt.ItemDataRole.EditRole) or [])
        for row in range(editor.count()):
            item = editor.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)

    def setModelData(self, editor, model, index):
        keys = [editor.item(row).data(Qt.ItemDataRole.UserRole) for row in range(editor.count())
                if editor.item(row).checkState() == Qt.CheckState.Checked]
        model.setData(index, keys, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), editor.sizeHintForRow(0) * editor.count() + 6))
        editor.setGeometry(rect)


class PostChipsDelegate(QStyledItemDelegate):
    """One chip per post: time and stage, filled by status, a 文 badge when a library copy is
    linked, a 图 badge when a poster is; a problem cell gets a red edge. A label too long
    for its day's width (English stage names at 1024 px) wraps inside a taller chip rather
    than being cut."""

    CHIP = 22
    GAP = 3

    def __init__(self, line, parent=None):
        super().__init__(parent)
        self.line = line  # post -> "12:00 选品调研"

    def chips(self, cell: QRect, posts, metrics: QFontMetrics) -> list[tuple[object, QRect, QRect, str]]:
        """Each post's chip in `cell`, the room its label wraps in, and the label."""
        placed, top = [], cell.top() + self.GAP
        for post in posts:
            badges = (post.copy_id is not None) + (post.poster_id is not None)
            width = cell.width() - 18 - badges * (metrics.height() + 2)
            label = self.line(post)
            lines = 1
            if width > 0:  # a size hint asked without the column's width: one line
                wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, label)
                lines = max(1, round(wrapped.height() / metrics.lineSpacing()))
            chip = QRect(cell.left() + 4, top, cell.width() - 8,
                         self.CHIP + (lines - 1) * metrics.lineSpacing())
            room = chip.adjusted(5, 0, -5, 0)
            room.setRight(room.right() - badges * (metrics.height() + 2))
            placed.append((post, chip, room, label))
            top += chip.height() + self.GAP
        return placed

    def paint(self, painter, option, index):
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(192, 57, 43, 40))
        metrics = QFontMetrics(option.font)
        for post, chip, room, label in self.chips(option.rect, index.data(POSTS_ROLE) or [], metrics):
            painter.setPen(QPen(STATUS_EDGES.get(post.status, QColor("#999")), 1))
            painter.setBrush(STATUS_COLORS.get(post.status, QColor("#eee")))
            painter.drawRoundedRect(chip, 4, 4)
            # linked copy: a red 文 badge at the chip's end; linked poster: a blue 图 before it
            right = chip.right() - 5
            for linked, mark, fill in ((post.copy_id, "文", "#c0392b"), (post.poster_id, "图", "#2e6da4")):
                if linked is None:
                    continue
                badge = QRect(right - metrics.height() + 1, chip.top() + 3,
                              metrics.height(), self.CHIP - 6)
                painter.setBrush(QColor(fill))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(badge, 3, 3)
                painter.setPen(QColor("white"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
                right = badge.left() - 3
            painter.setPen(QColor("#222"))
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, label)
        if index.data(PROBLEMS_ROLE):
            painter.setPen(QPen(QColor("#c0392b"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#c0392b"), 1, Qt.PenStyle.DotLine))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
        painter.restore()

    def sizeHint(self, option, index):
        chips = self.chips(option.rect, index.data(POSTS_ROLE) or [], QFontMetrics(option.font))
        return QSize(130, chips[-1][1].bottom() + 1 + self.GAP - option.rect.top() if chips
                     else self.CHIP + 2 * self.GAP)
