"""The task board tab: the task table beside the timeline (they scroll together), a
per-owner load view, zoom, filters, and every edit as one undo step."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.follow import Follower
from flashdesk.gui.icons import icon
from flashdesk.gui.messages import confirm, show_error
from flashdesk.gui.tasks.labels import phase_names, zoom_names
from flashdesk.gui.tasks.legend import GanttLegend
from flashdesk.gui.tasks.load import LoadView
from flashdesk.gui.tasks.models import TaskTableModel
from flashdesk.gui.tasks.scale import HEADER_HEIGHT, ROW_HEIGHT, ZOOMS
from flashdesk.gui.tasks.state import BoardState
from flashdesk.gui.tasks.timeline import GanttView, Ruler
from flashdesk.tasks import schedule, service
from flashdesk.tasks.posts import post_labels
from flashdesk.tasks.service import Change, TaskDraft

# What the board shows: its own rows, plus the campaign's dates and the posts tasks carry out.
BOARD_TABLES = frozenset({"task", "task_link"})
TABLES = BOARD_TABLES | {"task_role", "campaign", "post", "channel"}


class TasksTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.state: BoardState | None = None
        self.refused: Exception | None = None  # why the last edit was refused (see _gone)
        self.now = datetime.now
        self._shown_campaign: int | None = None

        self.model = TaskTableModel(self)
        self.model.now = lambda: self.now()
        self.table = QTableView(self)
        self.table.setObjectName("taskTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setFixedHeight(HEADER_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((36, 200, 66, 84, 84, 46, 220)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.view = GanttView(self)
        self.view.setObjectName("timeline")
        self.view.now = lambda: self.now()
        self.ruler = Ruler(self.view, self)
        self.view.taskClicked.connect(self.select_task)
        self.view.moveRequested.connect(self.move_task)
        self.view.linkRequested.connect(self.link_tasks)
        self.view.editRequested.connect(self.edit_task)
        self.view.menuRequested.connect(self.task_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.view.zoomRequested.connect(lambda step: self.set_zoom(self.view.scale_.zoomed(step)))
        self.table.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.view.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.ruler)
        column.addWidget(self.view, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        # the table and the chart share a narrower window; the chart never shrinks to a sliver
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([536, 900])

        self.load = LoadView(self)
        self.load_scroll = QScrollArea(self)
        self.load_scroll.setWidget(self.load)
        self.load_scroll.setWidgetResizable(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.load_scroll)
        # the chart takes the room the window has, not the height its rows ask for: asked for
        # (the toolbar's wrapped rows make the tab's holder size it by preferred heights), it
        # scrolled the whole tab at 1024x700, toolbar and all, a scrollbar beside the chart's own
        self.pages.setMinimumHeight(self.pages.minimumSizeHint().height())
        self.pages.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        self.empty = QLabel(self.tr("No campaign selected: pick one on the left to see its "
                                    "task board."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.legend = GanttLegend(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.legend)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.empty, 1)

        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           (Qt.Key.Key_Insert, self.add_task), (Qt.Key.Key_F2, self.edit_selected),
                           (QKeySequence.StandardKey.Paste, self.paste),
                           (Qt.Key.Key_Left, lambda: self.nudge(-1, False)),
                           (Qt.Key.Key_Right, lambda: self.nudge(1, False)),
                           (Qt.Modifier.SHIFT | Qt.Key.Key_Left, lambda: self.nudge(-1, True)),
                           (Qt.Modifier.SHIFT | Qt.Key.Key_Right, lambda: self.nudge(1, True))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        context.campaignSelected.connect(lambda _id: self.reload())
        Follower(self, context, TABLES, self._changed, self.reload)
        context.storeChanged.connect(self.reload)
        self.reload()

    # toolbar ------------------------------------------------------------------------------
    def _toolbar(self) -> QVBoxLayout:
        """Editing on top, view below; each row wraps, so the board fits a 1024 px window."""
        rows = QVBoxLayout()
        bar, view_bar = FlowLayout(), FlowLayout()
        rows.addLayout(bar)
        rows.addLayout(view_bar)
        self.add_button = QPushButton(self.tr("New task"), self)
        self.add_button.setToolTip(self.tr("Add a task after the selected one (Insert)"))
        self.add_button.clicked.connect(self.add_task)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected task (F2, or double-click it)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected task (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.owners_button = QPushButton(self.tr("Owners…"), self)
        self.owners_button.setToolTip(self.tr("Rename the owner roles to the people doing them"))
        self.owners_button.clicked.connect(self.rename_owners)
        for button, name in ((self.add_button, "add"), (self.edit_button, "edit"),
                             (self.delete_button, "delete"), (self.owners_button, "owners")):
            button.setIcon(icon(name))
            bar.addWidget(button)
        self.zoom_group = QButtonGroup(self)
        names = zoom_names()
        self.zoom_buttons = {}
        for zoom in ZOOMS:
            button = QPushButton(names[zoom], self)
            button.setCheckable(True)
            button.setToolTip(self.tr("Zoom (Ctrl + mouse wheel)"))
            button.clicked.connect(lambda _=False, z=zoom: self.set_zoom(z))
            self.zoom_group.addButton(button)
            self.zoom_buttons[zoom] = button
            view_bar.addWidget(button)
        self.zoom_buttons["day"].setChecked(True)
        self.launch_button = QPushButton(self.tr("Launch day"), self)
        self.launch_button.setToolTip(self.tr("Show launch day by the hour"))
        self.launch_button.clicked.connect(self.show_launch_day)
        view_bar.addWidget(self.launch_button)
        self.color_combo = QComboBox(self)
        self.color_combo.addItem(self.tr("Colour by phase"), "phase")
        self.color_combo.addItem(self.tr("Colour by owner"), "owner")
        self.color_combo.currentIndexChanged.connect(
            lambda _i: self._color_by(self.color_combo.currentData()))
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.currentIndexChanged.connect(self._filter)
        self.phase_filter = QComboBox(self)
        self.phase_filter.setObjectName("phaseFilter")
        self.phase_filter.addItem(self.tr("All phases"), None)
        for key, label in phase_names().items():
            self.phase_filter.addItem(label, key)
        self.phase_filter.currentIndexChanged.connect(self._filter)
        self.page_combo = QComboBox(self)
        self.page_combo.addItem(self.tr("Board"), 0)
        self.page_combo.addItem(self.tr("Owner load"), 1)
        self.page_combo.currentIndexChanged.connect(self._show_page)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the chart as PNG or PDF, or print it"))
        self.export_button.clicked.connect(self.export_chart)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Add tasks from a team workbook's 甘特图 sheet or a "
                                              "tab-separated file (Ctrl+V pastes copied rows)"))
        self.import_button.clicked.connect(self.import_file)
        self.launch_button.setIcon(icon("launch"))
        self.export_button.setIcon(icon("save"))
        for button in (self.launch_button, self.export_button):  # stay usable read-only
            button.setProperty("viewOnly", True)
        self.import_button.setIcon(icon("import"))
        for widget in (self.color_combo, self.owner_filter, self.phase_filter, self.page_combo):
            view_bar.addWidget(widget)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        return rows

    # loading --------------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        if self.state is not None and change.tables <= BOARD_TABLES:
            self.apply(change)
        else:  # owners renamed, dates moved, a post unlinked or renamed: read it all again
            self.reload()

    def reload(self) -> None:
        """Read the whole board (campaign picked, store swapped, changes from elsewhere)."""
        board = None
        if self.context.store is not None and self.context.campaign_id is not None:
            try:
                board = service.load_board(self.context.store, self.context.campaign_id)
            except UserError:
                board = None
        self.empty.setVisible(board is None)
        self.pages.setVisible(board is not None)
        selected = self.selected_id()
        self.state = BoardState(board) if board else None
        if self.state:
            self.state.posts = post_labels(self.context.store, self.state.campaign.id)
        self._fill_owner_filter()
        if self.state:
            self.state.owner_filter = self.owner_filter.currentData()
            self.state.phase_filter = self.phase_filter.currentData()
            self.state.refilter()
        campaign_id = self.state.campaign.id if self.state else None
        if campaign_id != self._shown_campaign and self.state is not None:
            # a campaign just opened: on its launch day the board opens by the hour at "now"
            self._shown_campaign = campaign_id
            now = self.now()
            on_launch_day = now.date() == self.state.campaign.launch_at.date()
            self.zoom_buttons["hour" if on_launch_day else "day"].setChecked(True)
            self.view.show_state(self.state, "hour" if on_launch_day else "day")
            self.model.set_state(self.state)
            self.view.scroll_to(now - timedelta(hours=2) if on_launch_day else
                                min(self.state.extent()[0], self.state.campaign.launch_at))
        else:
            self._show()
        if selected is not None:
            self.select_task(selected)
        self.legend.show_for(self.state, self.view.color_by)

    def _color_by(self, by: str) -> None:
        self.view.set_color_by(by)
        self.legend.show_for(self.state, by)

    def _fill_owner_filter(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        for role in (self.state.roles.values() if self.state else ()):
            self.owner_filter.addItem(role.name, role.id)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    def _show(self) -> None:
        self.model.set_state(self.state)
        self.view.show_state(self.state)
        self.ruler.update()
        if self.pages.currentIndex() == 1:
            self.load.show_state(self.state, self.view.scale_.zoom)

    def _filter(self) -> None:
        if self.state is None:
            return
        self.state.owner_filter = self.owner_filter.currentData()
        self.state.phase_filter = self.phase_filter.currentData()
        self.state.refilter()
        self._show()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == 1:
            self.load.show_state(self.state, self.view.scale_.zoom)

    def set_zoom(self, zoom: str) -> None:
        center = self.view.scale_.minutes(self.view.mapToScene(
            self.view.viewport().rect().center()).x())
        self.zoom_buttons[zoom].setChecked(True)
        self.view.show_state(self.state, zoom)
        self.view.horizontalScrollBar().setValue(
            int(self.view.scale_.x(center) - self.view.viewport().width() / 2))
        if zoom == "hour" and self.state is not None and not self.view.tasks_in_sight():
            # by the hour most of a day is empty: land on the task nearest to where we were
            nearest = self.view.selected if self.view.selected in self.state.row else min(
                self.state.row, key=lambda i: abs(schedule.to_minutes(self.state.tasks[i].start)
                                                  - center), default=None)
            if nearest is not None:
                self.view.show_task(nearest)
        self.ruler.update()
        if self.pages.currentIndex() == 1:
            self.load.show_state(self.state, zoom)

    def show_launch_day(self) -> None:
        if self.state is None:
            return
        self.set_zoom("hour")
        launch = self.state.campaign.launch_at
        on_the_day = [i for i in self.state.row if self.state.tasks[i].start.date() == launch.date()]
        if on_the_day:  # the day's first task, and the rows below it
            self.view.show_task(min(on_the_day, key=lambda i: self.state.tasks[i].start))
        else:
            self.view.scroll_to(launch - timedelta(hours=6))

    # selection ------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return self.view.selected if self.state and self.view.selected in self.state.tasks else None

    def select_task(self, task_id: int) -> None:
        if self.state is None or task_id not in self.state.row:
            return
        row = self.state.row[task_id]
        if self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        self.view.select(task_id)

    def _row_selected(self, current, _previous) -> None:
        if self.state is not None and current.isValid() and current.row() < len(self.state.order):
            self.view.select(self.state.order[current.row()])

    # edits ----------------------------------------------------------------------------------
    def _push(self, text: str, do) -> Change | None:
        """Run a service edit and put it on the undo stack as one step; errors are shown and
        leave everything as it was. The board follows through the published Change."""
        self.refused = None
        try:
            return self.context.push(do(), text)
        except Exception as exc:  # a UserError's message, or an apology for a bug
            self.refused = exc
            show_error(self, exc)
            return None

    def _gone(self) -> bool:
        """The last edit failed because the store could not be reached: its dialog reopens
        with what the operator typed, to save again (or cancel) once the store is back."""
        from flashdesk.store.errors import StoreOfflineError

        return isinstance(self.refused, StoreOfflineError)

    def apply(self, change: Change) -> None:
        """Bring the board in step with a change: only its tasks and links are re-read."""
        if self.state is None:
            return
        state = self.state
        ids = change.ids("task")
        rows_before = (set(state.tasks), dict(state.row))
        for task_id in ids:  # gone from the store (an undone insert) or deleted
            state.tasks.pop(task_id, None)
        for task in service.get_tasks(self.context.store, ids):
            if task.campaign_id == state.campaign.id and not task.deleted:
                state.tasks[task.id] = task
        link_ids = change.ids("task_link")
        for link_id in link_ids:
            state.drop_link(link_id)
            self.view.link_removed(link_id)
        for link in service.get_links(self.context.store, link_ids):
            if link.campaign_id == state.campaign.id:  # an undo may reach another campaign
                state.put_link(link)
        restyle = set(ids) | state.recompute_critical()
        if set(state.tasks) != rows_before[0]:
            for task_id, position in service.positions(self.context.store, state.campaign.id).items():
                if task_id in state.tasks:
                    state.tasks[task_id].position = position
            state.refilter()
            self.model.set_state(state)
            self.view.sync_rows(rows_before[1])
        else:
            self.model.rows_changed(restyle)
        for link_id in link_ids:
            if link_id in state.links:
                self.view.link_added(state.links[link_id])
        self.view.update_tasks(restyle)
        if self.pages.currentIndex() == 1:
            self.load.show_state(state, self.view.scale_.zoom)

    def move_task(self, task_id: int, start: datetime, end: datetime) -> None:
        task = self.state.tasks[task_id]
        text = self.tr("Move “{name}”") if end - start == task.end - task.start \
            else self.tr("Resize “{name}”")
        if not self._push(text.format(name=task.name),
                          lambda: service.move_task(self.context.store, task_id, start, end)):
            self.view.update_tasks([task_id])  # put back the bar the drag previewed

    def nudge(self, direction: int, resize: bool) -> None:
        """Arrow keys: move the selected task by one snap step (Shift: change its end)."""
        task_id = self.selected_id()
        if task_id is None:
            return
        task = self.state.tasks[task_id]
        step = timedelta(minutes=self.view.scale_.snap * direction)
        if resize and not task.milestone:
            if task.end + step < task.start:
                return
            self.move_task(task_id, task.start, task.end + step)
        else:
            self.move_task(task_id, task.start + step, task.end + step)

    def link_tasks(self, predecessor: int, successor: int) -> None:
        names = self.state.tasks[predecessor].name, self.state.tasks[successor].name
        self._push(self.tr("Link “{a}” → “{b}”").format(a=names[0], b=names[1]),
                   lambda: service.add_link(self.context.store, predecessor, successor))

    def edit_selected(self) -> None:
        task_id = self.selected_id()
        if task_id is not None:
            self.edit_task(task_id)

    def edit_task(self, task_id: int) -> None:
        from flashdesk.gui.tasks.dialog import TaskDialog

        task = self.state.tasks[task_id]
        draft, typed = TaskDraft.of(task), None
        while True:
            dialog = TaskDialog(self, self.tr("Task {number}").format(number=self.state.number[task_id]),
                                self.state, draft, task_id)
            before = dialog.predecessors.text()
            if typed is not None:
                dialog.predecessors.setText(typed)
            if not dialog.exec():
                return
            draft, links, typed = dialog.draft(), dialog.predecessor_links(), dialog.predecessors.text()
            if draft == TaskDraft.of(task) and typed == before:
                return  # nothing changed: no undo step
            if self._push(self.tr("Edit “{name}”").format(name=draft.name),
                          lambda: service.update_task(self.context.store, task_id, draft, links)) \
                    or not self._gone():
                return

    def add_task(self) -> None:
        if self.state is None:
            return
        from flashdesk.gui.tasks.dialog import TaskDialog

        after = self.state.tasks.get(self.selected_id())
        start = after.end if after else self.state.campaign.launch_at
        draft = TaskDraft(start=start, end=start + timedelta(hours=1),
                          phase=after.phase if after else "launch",
                          role_id=after.role_id if after else None)
        dialog = TaskDialog(self, self.tr("New task"), self.state, draft)
        if not dialog.exec():
            return
        draft, links = dialog.draft(), dialog.predecessor_links()
        position = after.position + 1 if after else None
        change = self._push(self.tr("New task “{name}”").format(name=draft.name),
                            lambda: service.add_task(self.context.store, self.state.campaign.id,
                                                     draft, position, predecessors=links))
        if change:
            self.select_task(change.result)

    def delete_selected(self) -> None:
        task_id = self.selected_id()
        if task_id is None:
            return
        task = self.state.tasks[task_id]
        waiting = service.dependents(self.context.store, [task_id])
        if waiting and not confirm(self, self.tr("Delete task"), self.tr(
                "Waiting on “{name}”: %n task(s), {names}. Delete it anyway? Their links to it "
                "go too; Undo brings the task and its links back.", "", len(waiting)).format(
                name=task.name, names="、".join(t.name for t in waiting[:5]))):
            return
        row = self.state.row.get(task_id, 0)
        if self._push(self.tr("Delete “{name}”").format(name=task.name),
                      lambda: service.delete_tasks(self.context.store, [task_id])):
            if self.state.order:
                self.select_task(self.state.order[min(row, len(self.state.order) - 1)])

    def import_file(self, path: str | None = None) -> None:
        """Rows of a workbook's 甘特图 sheet (or a .tsv) appended as one undo step."""
        if self.state is None:
            return
        from PySide6.QtWidgets import QFileDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import tasks"), "", self.tr("Workbook or table (*.xlsx *.tsv *.txt)"))
            if not path:
                return
        from flashdesk.imports import read_text
        from flashdesk.tasks.transfer import TaskImportError, parse_pasted, read_workbook

        try:
            if path.lower().endswith(".xlsx"):
                rows = read_workbook(path)
            else:
                try:
                    rows = parse_pasted(read_text(path))
                except OSError as exc:
                    raise TaskImportError(f"{path}: {exc.strerror}") from None
        except UserError as exc:
            show_error(self, exc)
            return
        self._add_rows(rows)

    def _add_rows(self, rows: list[list]) -> None:
        from flashdesk.tasks.transfer import campaign_maps, rows_to_tasks

        campaign = self.state.campaign
        try:
            roles, phases = campaign_maps(self.context.store, campaign.id)
            drafts, links = rows_to_tasks(rows, roles, phases, campaign.launch_at.year)
        except UserError as exc:
            show_error(self, exc)
            return
        if drafts:
            self._push(self.tr("Add %n task(s)", "", len(drafts)),
                       lambda: service.import_tasks(self.context.store, campaign.id, drafts, links))

    def paste(self) -> None:
        """Ctrl+V: rows copied from a spreadsheet (the 甘特图 sheet's columns) become tasks at
        the end of the list, all in one undo step."""
        if self.state is None:
            return
        from PySide6.QtWidgets import QApplication

        from flashdesk.tasks.transfer import parse_pasted

        self._add_rows(parse_pasted(QApplication.clipboard().text()))

    def _table_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if self.state is not None and index.isValid():
            task_id = self.state.order[index.row()]
            self.select_task(task_id)
            self.task_menu(task_id, self.table.viewport().mapToGlobal(pos))

    def task_menu_actions(self, task_id: int) -> list[tuple[str, object]]:
        """(text, slot) for a task's context menu: edit, new after, delete, and one entry per
        link to remove it."""
        state = self.state
        done = state.tasks[task_id].status == "done"
        actions = [(self.tr("Edit…"), lambda: self.edit_task(task_id)),
                   (self.tr("Mark not done") if done else self.tr("Mark done"),
                    lambda: self.mark_done(task_id, not done)),
                   (self.tr("New task after it"), self.add_task),
                   (self.tr("Delete"), self.delete_selected)]
        for link in sorted(state.links_of(task_id), key=lambda k: k.id):
            if link.predecessor_id not in state.tasks or link.successor_id not in state.tasks:
                continue
            text = self.tr("Remove link {a} → {b} ({kind})").format(
                a=state.number[link.predecessor_id], b=state.number[link.successor_id],
                kind=link.kind + service.format_lag(link.lag_minutes))
            actions.append((text, lambda link_id=link.id: self.unlink(link_id)))
        return actions

    def task_menu(self, task_id: int, global_pos) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for index, (text, slot) in enumerate(self.task_menu_actions(task_id)):
            if index == 4:
                menu.addSeparator()
            menu.addAction(text).triggered.connect(slot)
        menu.exec(global_pos)

    def mark_done(self, task_id: int, done: bool) -> None:
        """Done: status done at 100 % (clears the overdue flag); not done: back to in progress."""
        task = self.state.tasks[task_id]
        draft = TaskDraft.of(task)
        draft.status, draft.progress = ("done", 100) if done else ("doing", min(task.progress, 90))
        text = self.tr("Mark “{name}” done") if done else self.tr("Mark “{name}” not done")
        self._push(text.format(name=task.name),
                   lambda: service.update_task(self.context.store, task_id, draft))

    def unlink(self, link_id: int) -> None:
        link = self.state.links[link_id]
        names = self.state.tasks[link.predecessor_id].name, self.state.tasks[link.successor_id].name
        self._push(self.tr("Unlink “{a}” → “{b}”").format(a=names[0], b=names[1]),
                   lambda: service.remove_link(self.context.store, link_id))

    def rename_owners(self) -> None:
        if self.state is None:
            return
        from flashdesk.gui.tasks.owners import OwnersDialog

        dialog = OwnersDialog(self, list(self.state.roles.values()))
        if not dialog.exec():
            return
        renames = dialog.renames()
        if not renames:
            return
        self._push(self.tr("Rename owners"),
                   lambda: service.rename_roles(self.context.store, self.state.campaign.id, renames))

    def export_chart(self) -> None:
        if self.state is None:
            return
        from flashdesk.gui.tasks.export import ExportDialog

        # the dialog lays out every bar to tell the image's size and the pages (~1.7 s at
        # 10,000 tasks): the wait shows until it opens
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dialog = ExportDialog(self, self.state, self.view)
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog.exec()
