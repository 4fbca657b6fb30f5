"""Scene items of the timeline: one bar (or milestone diamond) per task, one arrow per
link. They only draw; the view decides what a drag means."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from flashdesk.gui import palette
from flashdesk.gui.palette import ACCENT, color
from flashdesk.gui.tasks.scale import ROW_HEIGHT

BAR_HEIGHT = 14
KNOB = 8
CRITICAL = color(palette.ERROR)
NORMAL_PEN = QPen(QColor("#5d6d7e"), 1.1)
OVERDUE = color(palette.WARNING)


def edges(x0: float, x1: float, row: int, milestone: bool) -> tuple[float, float, float]:
    """Left, right and middle y of a task's shape: where its arrows attach."""
    mid = row * ROW_HEIGHT + ROW_HEIGHT / 2
    if milestone:
        half = BAR_HEIGHT / 2 + 1
        return x0 - half, x0 + half, mid
    return x0, max(x1, x0 + 2.0), mid


class TaskItem(QGraphicsPathItem):
    """A task's bar: progress inside, name beside it, a knob at its end (shown when the task
    is selected) to drag a link from."""

    def __init__(self, task_id: int):
        super().__init__()
        self.task_id = task_id
        self.milestone = False
        self.rect = QRectF()
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.progress = QGraphicsRectItem(self)
        self.progress.setPen(Qt.PenStyle.NoPen)
        self.progress.setBrush(QColor(0, 0, 0, 70))
        # a knock-out behind the name: arrows and the launch line pass under it, not through it
        self.label_ground = QGraphicsRectItem(self)
        self.label_ground.setPen(Qt.PenStyle.NoPen)
        self.label_ground.setBrush(QColor(255, 255, 255, 225))
        self.label = QGraphicsSimpleTextItem(self)
        self.knob = QGraphicsEllipseItem(self)
        self.knob.setBrush(QColor("#2c3e50"))
        self.knob.setPen(QPen(Qt.GlobalColor.white, 1))
        self.knob.setVisible(False)
        self.knob.setData(0, "knob")
        self._pen = QPen()

    def place(self, x0: float, x1: float, row: int, *, milestone: bool, name: str, progress: int,
              color: QColor, critical: bool, overdue: bool) -> None:
        self.milestone = milestone
        mid = row * ROW_HEIGHT + ROW_HEIGHT / 2
        path = QPainterPath()
        if milestone:
            half = BAR_HEIGHT / 2 + 1
            self.rect = QRectF(x0 - half, mid - half, 2 * half, 2 * half)
            path.moveTo(x0, mid - half)
            path.lineTo(x0 + half, mid)
            path.lineTo(x0, mid + half)
            path.lineTo(x0 - half, mid)
            path.closeSubpath()
            self.progress.setRect(QRectF())
        else:
            width = max(x1 - x0, 2.0)
            self.rect = QRectF(x0, mid - BAR_HEIGHT / 2, width, BAR_HEIGHT)
            path.addRoundedRect(self.rect, 3, 3)
            done = self.rect.adjusted(0, BAR_HEIGHT * 0.6, 0, 0)
            done.setWidth(width * min(max(progress, 0), 100) / 100)
            self.progress.setRect(done)
        self.setPath(path)
        self.setBrush(QBrush(color))
        if critical:
            self.setPen(QPen(CRITICAL, 2))
        elif overdue:
            self.setPen(QPen(OVERDUE, 2, Qt.PenStyle.DashLine))
        else:
            self.setPen(QPen(color.darker(140), 1))
        self.setToolTip(name)
        self.label.setText(name)
        self.label.setBrush(OVERDUE.darker(130) if overdue else QColor("#333333"))
        self.label.setPos(self.rect.right() + KNOB + 6, mid - self.label.boundingRect().height() / 2)
        self.knob.setRect(QRectF(self.rect.right() + 2, mid - KNOB / 2, KNOB, KNOB))
        self.label_ground.setRect(self.label.mapRectToParent(
            self.label.boundingRect()).adjusted(-3, 0, 3, 0))
        self._pen = self.pen()
        self.setZValue(0)

    def set_selected(self, selected: bool) -> None:
        """A selected bar stands out: a thick accent outline, drawn above its neighbours."""
        self.setPen(QPen(color(ACCENT), 3) if selected else self._pen)
        self.setZValue(1 if selected else 0)

    def anchor(self, edge: str) -> QPointF:
        """Where arrows attach: the middle of the start or end edge."""
        y = self.rect.center().y()
        return QPointF(self.rect.left() if edge == "start" else self.rect.right(), y)


class LinkArrow(QGraphicsPathItem):
    """An elbow arrow from the predecessor's edge to the successor's edge."""

    def __init__(self, link_id: int, kind: str):
        super().__init__()
        self.link_id, self.kind = link_id, kind
        self.setZValue(-1)

    def route(self, pred: tuple[float, float, float], succ: tuple[float, float, float],
              critical: bool) -> None:
        """Route between two shapes given as `edges()`."""
        start = QPointF(pred[1] if self.kind[0] == "F" else pred[0], pred[2])
        end = QPointF(succ[0] if self.kind[1] == "S" else succ[1], succ[2])
        out = 6 if self.kind[0] == "F" else -6
        into = -6 if self.kind[1] == "S" else 6
        path = QPainterPath(start)
        path.lineTo(start.x() + out, start.y())
        path.lineTo(start.x() + out, end.y())
        path.lineTo(end.x() + into, end.y())
        path.lineTo(end)
        tip = -1 if into < 0 else 1
        path.moveTo(end.x() + tip * 5, end.y() - 4)
        path.lineTo(end)
        path.lineTo(end.x() + tip * 5, end.y() + 4)
        self.setPath(path)
        self.setPen(QPen(CRITICAL, 1.6) if critical else NORMAL_PEN)
