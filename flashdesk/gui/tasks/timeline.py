"""The timeline: a QGraphicsView over bars and arrows. The background (days, hours, launch
day, weekends) and the "now" line are painted for the exposed area only; an edit updates the
items it touched and never rebuilds the scene."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLineF, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from flashdesk.gui import palette
from flashdesk.gui.palette import SELECTED_ROW, color
from flashdesk.gui.tasks.items import LinkArrow, TaskItem, edges
from flashdesk.gui.tasks.scale import HEADER_HEIGHT, ROW_HEIGHT, Scale
from flashdesk.gui.tasks.state import BoardState
from flashdesk.tasks import schedule

EDGE = 5  # px from a bar's end that grabs it for resizing


class GanttScene(QGraphicsScene):
    """Paints the grid and the now line through the view, so printouts (scene.render) show
    them too."""

    def __init__(self, view: GanttView):
        super().__init__(view)
        self.view = view

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self.view.paint_background(painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.view.paint_now(painter, rect)


class GanttView(QGraphicsView):
    taskClicked = Signal(int)
    moveRequested = Signal(int, object, object)  # task id, new start, new end
    linkRequested = Signal(int, int)  # predecessor id, successor id
    editRequested = Signal(int)
    menuRequested = Signal(int, object)  # task id, global position
    zoomRequested = Signal(int)  # +1 coarser, -1 finer (Ctrl+wheel)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(GanttScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.scale_ = Scale()
        self.state: BoardState | None = None
        self.color_by = "phase"
        self.bars: dict[int, TaskItem] = {}
        self.arrows: dict[int, LinkArrow] = {}
        self.selected: int | None = None
        self.now = datetime.now
        self._drag: dict | None = None
        self._rubber: QGraphicsLineItem | None = None

    # building and updating -------------------------------------------------------------
    # Bars are made lazily for the rows scrolled into sight (and a margin), so a board of
    # 10,000 tasks opens as fast as one of 100; arrows are routed from the tasks' times, so
    # an arrow can reach a bar that is not made yet.
    MARGIN_ROWS = 30

    def show_state(self, state: BoardState | None, zoom: str | None = None) -> None:
        """(Re)build the scene: when a campaign is opened, filtered or zoomed, not after edits."""
        self.scene().clear()
        self.bars.clear()
        self.arrows.clear()
        self._rubber = None
        self.state = state
        if zoom:
            self.scale_.zoom = zoom
        if state is None:
            self.scene().setSceneRect(QRectF())
            return
        first, last = state.extent()
        origin = datetime.combine(first.date() - timedelta(days=1), datetime.min.time())
        self.scale_.origin = schedule.to_minutes(origin)
        self._end = schedule.to_minutes(datetime.combine(last.date() + timedelta(days=2),
                                                         datetime.min.time()))
        self._fit_rect()
        self.materialize()
        if self.selected in self.bars:
            self.bars[self.selected].knob.setVisible(True)
            self.bars[self.selected].set_selected(True)

    def materialize(self, rows: range | None = None) -> None:
        """Make the bars (and their arrows) of these rows; by default the rows in sight."""
        state = self.state
        if state is None:
            return
        if rows is None:
            top = self.verticalScrollBar().value() // ROW_HEIGHT
            seen = self.viewport().height() // ROW_HEIGHT + 1
            rows = range(max(top - self.MARGIN_ROWS, 0),
                         min(top + seen + self.MARGIN_ROWS, len(state.order)))
        scene = self.scene()
        made = []
        for row in rows:
            task_id = state.order[row]
            if task_id not in self.bars:
                item = TaskItem(task_id)
                self.bars[task_id] = item
                self._place(item)
                scene.addItem(item)
                made.append(task_id)
        for task_id in made:
            for link in state.links_of(task_id):
                if link.id not in self.arrows:
                    self._add_arrow(link)

    def materialize_all(self) -> None:
        if self.state is not None:
            self.materialize(range(len(self.state.order)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self.materialize()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.materialize()

    def _fit_rect(self) -> None:
        rows = len(self.state.order) if self.state else 0
        self.scene().setSceneRect(QRectF(0, 0, self.scale_.x(self._end), max(rows * ROW_HEIGHT, 1)))

    def _edges(self, task_id: int) -> tuple[float, float, float]:
        task = self.state.tasks[task_id]
        return edges(self.scale_.x(schedule.to_minutes(task.start)),
                     self.scale_.x(schedule.to_minutes(task.end)), self.state.row[task_id],
                     task.milestone)

    def _place(self, item: TaskItem) -> None:
        state = self.state
        task = state.tasks[item.task_id]
        item.place(self.scale_.x(schedule.to_minutes(task.start)),
                   self.scale_.x(schedule.to_minutes(task.end)), state.row[task.id],
                   milestone=task.milestone, name=task.name, progress=task.progress,
                   color=QColor(state.color(task, self.color_by)),
                   critical=task.id in state.critical, overdue=state.overdue(task, self.now()))

    def _add_arrow(self, link) -> None:
        row = self.state.row
        if link.predecessor_id in row and link.successor_id in row:
            arrow = LinkArrow(link.id, link.kind)
            self.arrows[link.id] = arrow
            self._route(arrow)
            self.scene().addItem(arrow)

    def _route(self, arrow: LinkArrow) -> None:
        link = self.state.links[arrow.link_id]
        critical = link.predecessor_id in self.state.critical and link.successor_id in self.state.critical
        arrow.route(self._edges(link.predecessor_id), self._edges(link.successor_id), critical)

    def update_tasks(self, task_ids) -> None:
        """Re-place the bars of these tasks and re-route their arrows."""
        routed = set()
        for task_id in task_ids:
            item = self.bars.get(task_id)
            if item is not None:
                self._place(item)
            for link in self.state.links_of(task_id):
                arrow = self.arrows.get(link.id)
                if arrow is not None and link.id not in routed:
                    routed.add(link.id)
                    self._route(arrow)
        task = self.state.tasks
        ends = [schedule.to_minutes(task[i].end) for i in task_ids if i in task]
        if ends and max(ends) + 1440 > self._end:
            self._end = max(ends) + 2880
            self._fit_rect()

    def sync_rows(self, old_rows: dict[int, int]) -> None:
        """After tasks were added, deleted or brought back: drop and add their bars and
        re-place only the bars whose row changed."""
        state, scene = self.state, self.scene()
        for task_id in [i for i in self.bars if i not in state.row]:
            scene.removeItem(self.bars.pop(task_id))
        for link_id in [k for k, link in ((k, state.links.get(k)) for k in self.arrows)
                        if link is None or link.predecessor_id not in state.row
                        or link.successor_id not in state.row]:
            scene.removeItem(self.arrows.pop(link_id))
        moved = [i for i, row in state.row.items() if old_rows.get(i) != row]
        self._fit_rect()
        self.update_tasks(moved)
        self.materialize()

    def link_added(self, link) -> None:
        self._add_arrow(link)

    def link_removed(self, link_id: int) -> None:
        arrow = self.arrows.pop(link_id, None)
        if arrow is not None:
            self.scene().removeItem(arrow)

    def set_color_by(self, by: str) -> None:
        self.color_by = by
        if self.state:
            self.update_tasks(list(self.bars))

    def select(self, task_id: int | None) -> None:
        if self.selected in self.bars:
            self.bars[self.selected].knob.setVisible(False)
            self.bars[self.selected].set_selected(False)
        self.selected = task_id
        self.viewport().update()  # the selected row's band
        if self.state is not None and task_id in self.state.row and task_id not in self.bars:
            row = self.state.row[task_id]
            self.materialize(range(row, row + 1))
        if task_id in self.bars:
            bar = self.bars[task_id]
            bar.knob.setVisible(True)
            bar.set_selected(True)
            self.ensureVisible(bar.rect, 40, 0)

    def tasks_in_sight(self) -> bool:
        """Whether a bar shows enough to read (after a zoom it may be all empty hours, or a
        bar's tip at an edge): its whole height, and all of its length or half the view's."""
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        return any(seen.top() <= bar.rect.top() and bar.rect.bottom() <= seen.bottom()
                   and bar.rect.intersected(seen).width() >= min(bar.rect.width(), seen.width() / 2)
                   for bar in self.bars.values())

    def show_task(self, task_id: int) -> None:
        """Scroll so the task starts near the left edge, its row near the top."""
        row = self.state.row[task_id]
        self.materialize(range(row, row + 1))
        self.horizontalScrollBar().setValue(int(self._edges(task_id)[0] - 60))
        self.verticalScrollBar().setValue(max(0, (row - 2) * ROW_HEIGHT))

    def scroll_to(self, moment: datetime) -> None:
        x = self.scale_.x(schedule.to_minutes(moment))
        self.horizontalScrollBar().setValue(int(x - 80))

    # painting ---------------------------------------------------------------------------
    def paint_background(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, color(palette.SURFACE))
        if self.state is None:
            return
        scale = self.scale_
        day = 1440
        first = int(scale.minutes(rect.left()) // day * day)
        launch = self.state.campaign.launch_at
        launch_day = schedule.to_minutes(datetime.combine(launch.date(), datetime.min.time()))
        minutes = first
        while scale.x(minutes) <= rect.right():
            x0, x1 = scale.x(minutes), scale.x(minutes + day)
            moment = schedule.from_minutes(minutes)
            if minutes == launch_day:
                painter.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), color(palette.WARNING_FILL))
            elif moment.weekday() >= 5:
                painter.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), QColor("#f4f6f7"))
            if scale.zoom == "hour":
                painter.setPen(QPen(QColor("#eeeeee"), 1))
                for hour in range(1, 24):
                    x = scale.x(minutes + hour * 60)
                    painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
            if scale.zoom != "week" or moment.weekday() == 0:
                painter.setPen(QPen(QColor("#d5d8dc"), 1))
                painter.drawLine(QLineF(x0, rect.top(), x0, rect.bottom()))
            minutes += day
        if self.selected in self.state.row:  # the selected task's whole row, as in the table
            top = self.state.row[self.selected] * ROW_HEIGHT
            painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_HEIGHT), color(SELECTED_ROW))
        launch_x = scale.x(schedule.to_minutes(launch))
        painter.setPen(QPen(color(palette.WARNING), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(launch_x, rect.top(), launch_x, rect.bottom()))

    def paint_now(self, painter: QPainter, rect: QRectF) -> None:
        if self.state is None:
            return
        x = self.scale_.x(schedule.to_minutes(self.now()))
        if rect.left() <= x <= rect.right():
            painter.setPen(QPen(color(palette.ERROR), 2))
            painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))

    # mouse ------------------------------------------------------------------------------
    def _bar_at(self, pos) -> tuple[TaskItem | None, bool]:
        """The bar under a viewport position and whether the link knob was hit."""
        for item in self.items(pos):
            knob = item.data(0) == "knob"
            while item is not None and not isinstance(item, TaskItem):
                item = item.parentItem()
            if item is not None:
                return item, knob and item.knob.isVisible()
        return None, False

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.state is None:
            return super().mousePressEvent(event)
        bar, knob = self._bar_at(event.position().toPoint())
        if bar is None:
            return super().mousePressEvent(event)
        self.taskClicked.emit(bar.task_id)
        scene_pos = self.mapToScene(event.position().toPoint())
        task = self.state.tasks[bar.task_id]
        if knob or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            mode = "link"
            self._rubber = QGraphicsLineItem(QLineF(bar.anchor("end"), scene_pos))
            self._rubber.setPen(QPen(QColor("#2c3e50"), 1.5, Qt.PenStyle.DashLine))
            self.scene().addItem(self._rubber)
        elif not bar.milestone and abs(scene_pos.x() - bar.rect.left()) <= EDGE:
            mode = "start"
        elif not bar.milestone and abs(scene_pos.x() - bar.rect.right()) <= EDGE:
            mode = "end"
        else:
            mode = "move"
        self._drag = {"id": bar.task_id, "mode": mode, "x": scene_pos.x(),
                      "start": task.start, "end": task.end}
        event.accept()

    def _dragged_span(self, x: float, drag: dict) -> tuple[datetime, datetime]:
        scale = self.scale_
        delta = scale.snapped((x - drag["x"]) / scale.ppm)
        start, end = drag["start"], drag["end"]
        if drag["mode"] == "move":
            base = scale.snapped(schedule.to_minutes(start) + delta) - schedule.to_minutes(start)
            return start + timedelta(minutes=base), end + timedelta(minutes=base)
        if drag["mode"] == "start":
            new = schedule.from_minutes(scale.snapped(schedule.to_minutes(start) + delta))
            return min(new, end), end
        new = schedule.from_minutes(scale.snapped(schedule.to_minutes(end) + delta))
        return start, max(new, start)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            self._hover_cursor(event.position().toPoint())
            return super().mouseMoveEvent(event)
        scene_pos = self.mapToScene(event.position().toPoint())
        bar = self.bars[self._drag["id"]]
        if self._drag["mode"] == "link":
            self._rubber.setLine(QLineF(bar.anchor("end"), scene_pos))
            return
        start, end = self._dragged_span(scene_pos.x(), self._drag)  # preview: only this bar moves
        task = self.state.tasks[bar.task_id]
        QToolTip.showText(event.globalPosition().toPoint(),
                          f"{start:%m-%d %H:%M}" if task.milestone else
                          f"{start:%m-%d %H:%M} – {end:%m-%d %H:%M}", self.viewport())
        bar.place(self.scale_.x(schedule.to_minutes(start)), self.scale_.x(schedule.to_minutes(end)),
                  self.state.row[task.id], milestone=task.milestone, name=task.name,
                  progress=task.progress, color=QColor(self.state.color(task, self.color_by)),
                  critical=task.id in self.state.critical, overdue=False)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        drag, self._drag = self._drag, None
        QToolTip.hideText()
        if drag["mode"] == "link":
            self.scene().removeItem(self._rubber)
            self._rubber = None
            target, _ = self._bar_at(event.position().toPoint())
            if target is not None and target.task_id != drag["id"]:
                self.linkRequested.emit(drag["id"], target.task_id)
            return
        start, end = self._dragged_span(self.mapToScene(event.position().toPoint()).x(), drag)
        if (start, end) != (drag["start"], drag["end"]):
            self.moveRequested.emit(drag["id"], start, end)
        else:
            self.update_tasks([drag["id"]])

    def _hover_cursor(self, pos) -> None:
        """Show what a press would do: resize at the ends, link at the knob, move elsewhere."""
        bar, knob = self._bar_at(pos)
        if bar is None:
            self.viewport().unsetCursor()
            return
        x = self.mapToScene(pos).x()
        if knob:
            shape = Qt.CursorShape.CrossCursor
        elif not bar.milestone and min(abs(x - bar.rect.left()), abs(x - bar.rect.right())) <= EDGE:
            shape = Qt.CursorShape.SizeHorCursor
        else:
            shape = Qt.CursorShape.SizeAllCursor
        self.viewport().setCursor(shape)

    def contextMenuEvent(self, event) -> None:
        bar, _ = self._bar_at(event.pos())
        if bar is not None:
            self.taskClicked.emit(bar.task_id)
            self.menuRequested.emit(bar.task_id, event.globalPos())
        else:
            super().contextMenuEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        bar, _ = self._bar_at(event.position().toPoint())
        if bar is not None:
            self._drag = None
            self.editRequested.emit(bar.task_id)
        else:
            super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomRequested.emit(-1 if event.angleDelta().y() > 0 else 1)
            event.accept()
        else:
            super().wheelEvent(event)


class Ruler(QWidget):
    """The time header above the timeline: days (and hours at hour zoom), following the
    view's horizontal scroll."""

    def __init__(self, view: GanttView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setFixedHeight(HEADER_HEIGHT)
        view.horizontalScrollBar().valueChanged.connect(self.update)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        if self.view.state is not None:
            paint_header(painter, self.view.scale_, self.view.state.campaign.launch_at.date(),
                         self.view.mapToScene(0, 0).x(), self.width())
        else:
            painter.fillRect(self.rect(), color(palette.HEADER))
        painter.end()


def paint_header(painter: QPainter, scale: Scale, launch_day, left: float, width: float) -> None:
    """Days (with their D-number) and hours over scene x `left` … `left + width`, drawn at
    painter x 0 … width."""
    painter.save()
    painter.setClipRect(QRectF(0, 0, width, HEADER_HEIGHT))
    font = QFont(painter.font())
    font.setPixelSize(11)  # the same size on screen, in PDF and on paper
    painter.setFont(font)
    painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), color(palette.HEADER))
    mid = HEADER_HEIGHT // 2
    painter.setPen(QColor("#7f8c8d"))
    painter.drawLine(QLineF(0, mid, width, mid))
    painter.drawLine(QLineF(0, HEADER_HEIGHT - 1, width, HEADER_HEIGHT - 1))
    day = 1440
    minutes = int(scale.minutes(left) // day * day)
    while scale.x(minutes) - left <= width:
        x0, x1 = scale.x(minutes) - left, scale.x(minutes + day) - left
        moment = schedule.from_minutes(minutes)
        offset = (moment.date() - launch_day).days
        dref = f"D{offset:+d}" if offset else "D0"
        if scale.zoom == "week":
            if moment.weekday() == 0:
                painter.drawLine(QLineF(x0, 0, x0, HEADER_HEIGHT))
                painter.drawText(QRectF(x0 + 3, 0, scale.ppm * day * 7, mid),
                                 Qt.AlignmentFlag.AlignVCenter, f"{moment:%m-%d}")
            painter.drawText(QRectF(x0, mid, x1 - x0, mid), Qt.AlignmentFlag.AlignCenter,
                             QLocale().dayName(moment.isoweekday(), QLocale.FormatType.NarrowFormat))
        else:
            if offset == 0:
                painter.fillRect(QRectF(x0, 0, x1 - x0, mid), QColor("#fad7a0"))
            painter.drawLine(QLineF(x0, 0, x0, HEADER_HEIGHT))
            label = max(x0, min(0.0, x1 - 110))  # the day's name stays in sight when scrolled
            painter.drawText(QRectF(label + 3, 0, x1 - label - 6, mid), Qt.AlignmentFlag.AlignVCenter,
                             f"{moment:%m-%d}  {dref}")
            step = 1 if scale.zoom == "hour" else 6
            for hour in range(0, 24, step):
                x = scale.x(minutes + hour * 60) - left
                painter.drawLine(QLineF(x, mid, x, HEADER_HEIGHT))
                painter.drawText(QRectF(x + 2, mid, 60 * step * scale.ppm - 2, mid),
                                 Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}")
        minutes += day
    painter.restore()
