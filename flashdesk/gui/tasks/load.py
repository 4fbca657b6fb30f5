"""The per-owner load view: one row per owner, their tasks laid on the same time scale;
where tasks overlap the colour deepens and the count shows, so "who is busy when" reads at a
glance."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from flashdesk.gui import palette
from flashdesk.gui.palette import color
from flashdesk.gui.tasks.scale import Scale
from flashdesk.gui.tasks.state import BoardState
from flashdesk.tasks import schedule

NAME_WIDTH = 120
ROW = 30
TOP = 24


def busy_segments(spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, how many tasks at once) for the stretches where at least one runs."""
    events = sorted([(s, 1) for s, e in spans if e > s] + [(e, -1) for s, e in spans if e > s])
    out, count, last = [], 0, None
    for moment, step in events:
        if count and last is not None and moment > last:
            out.append((last, moment, count))
        count += step
        last = moment
    return out


class LoadView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state: BoardState | None = None
        self.scale = Scale()
        self.rows: list[tuple[str, list[tuple[int, int, int]]]] = []

    def show_state(self, state: BoardState | None, zoom: str) -> None:
        self.state = state
        self.scale.zoom = zoom
        self.rows = []
        if state is None:
            self.update()
            return
        first, last = state.extent()
        self.scale.origin = schedule.to_minutes(datetime.combine(first.date() - timedelta(days=1),
                                                                 datetime.min.time()))
        end = schedule.to_minutes(datetime.combine(last.date() + timedelta(days=2),
                                                   datetime.min.time()))
        owners = [(role.id, role.name) for role in state.roles.values()] + [(None, self.tr("(nobody)"))]
        for role_id, name in owners:
            spans = [(schedule.to_minutes(t.start), schedule.to_minutes(t.end))
                     for t in state.tasks.values() if t.role_id == role_id and not t.milestone]
            if spans or role_id is not None:
                self.rows.append((name, busy_segments(spans)))
        self.setMinimumSize(int(NAME_WIDTH + self.scale.x(end)), TOP + ROW * len(self.rows) + 4)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), color(palette.SURFACE))
        if self.state is None:
            return
        scale, clip = self.scale, event.rect()
        day = 1440
        minutes = int(scale.minutes(clip.left() - NAME_WIDTH) // day * day)
        launch_day = self.state.campaign.launch_at.date()
        painter.setPen(QColor("#7f8c8d"))
        # the days start right of the owner names: nothing of the first day under them
        painter.setClipRect(QRectF(NAME_WIDTH, 0, self.width() - NAME_WIDTH, self.height()))
        while NAME_WIDTH + scale.x(minutes) <= clip.right():
            x = NAME_WIDTH + scale.x(minutes)
            moment = schedule.from_minutes(minutes)
            if moment.date() == launch_day:
                painter.fillRect(QRectF(x, 0, scale.x(minutes + day) - scale.x(minutes),
                                        self.height()), color(palette.WARNING_FILL))
            painter.setPen(QColor("#d5d8dc"))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(x + 3, 0, max(day * scale.ppm - 6, 40), TOP),
                             Qt.AlignmentFlag.AlignVCenter, f"{moment:%m-%d}")
            minutes += day
        painter.setClipping(False)
        painter.fillRect(QRectF(0, 0, NAME_WIDTH, TOP), color(palette.HEADER))
        for index, (name, segments) in enumerate(self.rows):
            top = TOP + index * ROW
            for start, end, count in segments:
                x0 = max(NAME_WIDTH + scale.x(start), NAME_WIDTH)
                x1 = NAME_WIDTH + scale.x(end)
                if x1 < clip.left() or x0 > clip.right():
                    continue
                shade = color(palette.ACCENT)
                shade.setAlpha(min(60 + 50 * count, 255))
                rect = QRectF(x0, top + 4, max(x1 - x0, 1.0), ROW - 8)
                painter.fillRect(rect, shade)
                if count > 1 and rect.width() > 14:
                    painter.setPen(color(palette.SURFACE))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
            painter.setPen(QPen(QColor("#eaeded")))
            painter.drawLine(0, top + ROW, self.width(), top + ROW)
            painter.fillRect(QRectF(0, top, NAME_WIDTH, ROW), color(palette.HEADER))
            painter.setPen(color(palette.INK))
            painter.drawText(QRectF(6, top, NAME_WIDTH - 8, ROW),
                             Qt.AlignmentFlag.AlignVCenter, name)
        painter.end()
