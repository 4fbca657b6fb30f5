"""The poster canvas: paints the poster through the same render path as the exports, shows
the bleed and the safe area, and lets the operator select, drag and resize elements with
snapping guides. A finished drag or resize is reported once (one undo step)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from flashdesk.posters.model import Element, PosterDoc
from flashdesk.posters.render import paint

HANDLE = 7  # screen pixels
SNAP = 8  # screen pixels


class PosterCanvas(QWidget):
    selectionChanged = Signal(object)  # element id or None
    # before, after element lists, undo text — emitted once when a drag / resize ends
    # the elements after a move, resize or nudge; the text names it; True for a nudge
    # (consecutive nudges make one undo step)
    geometryEdited = Signal(object, str, bool)
    deleteRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: PosterDoc | None = None
        self.selected: str | None = None
        self.zoom = 0.0  # 0 = fit to the widget
        self.guides: list[tuple[str, float]] = []  # ("v"|"h", poster coordinate)
        self._drag: dict | None = None
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    # ---- view ----------------------------------------------------------------------------
    def set_doc(self, doc: PosterDoc | None) -> None:
        self.doc = doc
        if doc is None or doc.element(self.selected or "") is None:
            self.select(None)
        self.update()

    def select(self, element_id: str | None) -> None:
        if element_id != self.selected:
            self.selected = element_id
            self.selectionChanged.emit(element_id)
        self.update()

    def selected_element(self) -> Element | None:
        return self.doc.element(self.selected) if self.doc and self.selected else None

    def zoom_to_fit(self) -> None:
        self.zoom = 0.0
        self.setMinimumSize(240, 320)
        self.update()

    def zoom_by(self, factor: float) -> None:
        """Zoom around the current scale; the scroll area around the canvas scrolls."""
        self.zoom = min(4.0, max(0.05, self.scale() * factor))
        if self.doc is not None:
            fmt = self.doc.format
            self.setMinimumSize(round(fmt.full_width * self.zoom) + 24,
                                round(fmt.full_height * self.zoom) + 24)
        self.update()

    def scale(self) -> float:
        if self.doc is None:
            return 1.0
        if self.zoom:
            return self.zoom
        fmt = self.doc.format
        return min((self.width() - 24) / fmt.full_width, (self.height() - 24) / fmt.full_height)

    def origin(self) -> QPointF:
        """Screen position of the trim's top-left corner."""
        fmt, s = self.doc.format, self.scale()
        return QPointF((self.width() - fmt.full_width * s) / 2 + fmt.bleed * s,
                       (self.height() - fmt.full_height * s) / 2 + fmt.bleed * s)

    def to_poster(self, point) -> QPointF:
        o, s = self.origin(), self.scale()
        return QPointF((point.x() - o.x()) / s, (point.y() - o.y()) / s)

    def screen_rect(self, element: Element) -> QRectF:
        o, s = self.origin(), self.scale()
        return QRectF(o.x() + element.x * s, o.y() + element.y * s, element.w * s, element.h * s)

    # ---- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.doc is None:
            return
        fmt, s, o = self.doc.format, self.scale(), self.origin()
        painter.save()
        painter.translate(o)
        painter.scale(s, s)
        paint(painter, self.doc, tolerant=True)  # e.g. an empty QR payload: hatched, findings say why
        painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        trim = QRectF(o.x(), o.y(), fmt.width * s, fmt.height * s)
        if fmt.bleed:  # the bleed is cut off: shade it
            full = trim.adjusted(-fmt.bleed * s, -fmt.bleed * s, fmt.bleed * s, fmt.bleed * s)
            shade = QColor(0, 0, 0, 70)
            for band in (QRectF(full.left(), full.top(), full.width(), trim.top() - full.top()),
                         QRectF(full.left(), trim.bottom(), full.width(), full.bottom() - trim.bottom()),
                         QRectF(full.left(), trim.top(), trim.left() - full.left(), trim.height()),
                         QRectF(trim.right(), trim.top(), full.right() - trim.right(), trim.height())):
                painter.fillRect(band, shade)
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.drawRect(trim)
        if fmt.safe:
            pen = QPen(QColor(0, 150, 255, 200), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(trim.adjusted(fmt.safe * s, fmt.safe * s, -fmt.safe * s, -fmt.safe * s))
        painter.setPen(QPen(QColor("#FF00AA"), 1))
        for axis, value in self.guides:
            if axis == "v":
                painter.drawLine(QPointF(o.x() + value * s, 0), QPointF(o.x() + value * s, self.height()))
            else:
                painter.drawLine(QPointF(0, o.y() + value * s), QPointF(self.width(), o.y() + value * s))
        element = self.selected_element()
        if element is not None:
            rect = self.screen_rect(element)
            painter.setPen(QPen(QColor("#1E88E5"), 2, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if not element.locked:
                painter.setBrush(QColor("#FFFFFF"))
                painter.setPen(QPen(QColor("#1E88E5"), 1))
                for corner in self._handles(rect).values():
                    painter.drawRect(corner)

    def _handles(self, rect: QRectF) -> dict[str, QRectF]:
        h = HANDLE
        c = rect.center()
        return {name: QRectF(point.x() - h / 2, point.y() - h / 2, h, h) for name, point in (
            ("tl", rect.topLeft()), ("tr", rect.topRight()), ("bl", rect.bottomLeft()),
            ("br", rect.bottomRight()), ("t", QPointF(c.x(), rect.top())),
            ("b", QPointF(c.x(), rect.bottom())), ("l", QPointF(rect.left(), c.y())),
            ("r", QPointF(rect.right(), c.y())))}

    # ---- mouse -----------------------------------------------------------------------------
    def element_at(self, pos) -> Element | None:
        if self.doc is None:
            return None
        point = self.to_poster(pos)
        for element in sorted(self.doc.elements, key=lambda e: e.z, reverse=True):
            if element.x <= point.x() <= element.x + element.w and \
                    element.y <= point.y() <= element.y + element.h:
                return element
        return None

    def mousePressEvent(self, event) -> None:
        if self.doc is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        current = self.selected_element()
        handle = None
        if current is not None and not current.locked:
            for name, rect in self._handles(self.screen_rect(current)).items():
                if rect.adjusted(-3, -3, 3, 3).contains(event.position()):
                    handle = name
        target = current if handle else self.element_at(event.position())
        self.select(target.id if target else None)
        if target is not None and not target.locked:
            self._drag = {"handle": handle, "start": self.to_poster(event.position()),
                          "rect": (target.x, target.y, target.w, target.h)}

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return
        element = self.selected_element()
        point = self.to_poster(event.position())
        dx, dy = point.x() - self._drag["start"].x(), point.y() - self._drag["start"].y()
        x, y, w, h = self._drag["rect"]
        handle = self._drag["handle"]
        if handle is None:
            x, y = self._snap_move(element, x + dx, y + dy, w, h)
        else:
            left, top, right, bottom = x, y, x + w, y + h
            xs, ys = self._targets(element)
            self.guides = []
            if "l" in handle:
                left = min(right - 10, self._snap_edge(left + dx, xs, "v"))
            if "r" in handle:
                right = max(left + 10, self._snap_edge(right + dx, xs, "v"))
            if "t" in handle:
                top = min(bottom - 10, self._snap_edge(top + dy, ys, "h"))
            if "b" in handle:
                bottom = max(top + 10, self._snap_edge(bottom + dy, ys, "h"))
            if element.kind == "qr":  # stays square, anchored at the opposite corner
                side = max(right - left, bottom - top)
                if "l" in handle:
                    left = right - side
                else:
                    right = left + side
                if "t" in handle:
                    top = bottom - side
                else:
                    bottom = top + side
            x, y, w, h = left, top, right - left, bottom - top
        element.x, element.y, element.w, element.h = (round(v, 1) for v in (x, y, w, h))
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return
        drag, self._drag = self._drag, None
        self.guides = []
        element = self.selected_element()
        if element is not None and (element.x, element.y, element.w, element.h) != drag["rect"]:
            text = self.tr("Resize element") if drag["handle"] else self.tr("Move element")
            self.geometryEdited.emit(copy.deepcopy(self.doc.elements), text, False)
        self.update()

    def _targets(self, element: Element) -> tuple[list[float], list[float]]:
        """Lines worth snapping to: page edges and centre, safe margins, the other elements'
        edges and centres."""
        fmt = self.doc.format
        xs = [0, fmt.width / 2, fmt.width, fmt.safe, fmt.width - fmt.safe]
        ys = [0, fmt.height / 2, fmt.height, fmt.safe, fmt.height - fmt.safe]
        for other in self.doc.elements:
            if other.id != element.id and other.kind != "background":
                xs += [other.x, other.x + other.w / 2, other.x + other.w]
                ys += [other.y, other.y + other.h / 2, other.y + other.h]
        return xs, ys

    def _snap_edge(self, value: float, targets: list[float], axis: str) -> float:
        limit = SNAP / self.scale()
        nearest = min(targets, key=lambda t: abs(t - value))
        if abs(nearest - value) > limit:
            return value
        self.guides.append((axis, nearest))
        return nearest

    def _snap_move(self, element: Element, x: float, y: float, w: float, h: float):
        """Snap the element's edges or centre to the nearest target line; remember the
        guides to draw."""
        limit = SNAP / self.scale()
        xs, ys = self._targets(element)
        self.guides = []

        def snap(start: float, size: float, targets: list[float], axis: str) -> float:
            best = None
            for offset in (0, size / 2, size):
                for target in targets:
                    distance = abs(start + offset - target)
                    if distance <= limit and (best is None or distance < best[0]):
                        best = (distance, target - offset, target)
            if best is None:
                return start
            self.guides.append((axis, best[2]))
            return best[1]

        return snap(x, w, xs, "v"), snap(y, h, ys, "h")

    def keyPressEvent(self, event) -> None:
        """Delete removes the selection; arrows nudge it (Shift: ten times as far)."""
        element = self.selected_element()
        key = event.key()
        if element is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if element is not None and not element.locked and key in steps:
            distance = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            element.x += steps[key][0] * distance
            element.y += steps[key][1] * distance
            self.geometryEdited.emit(copy.deepcopy(self.doc.elements), self.tr("Nudge element"), True)
            self.update()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)
