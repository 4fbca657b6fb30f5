"""The Channels tab: the publicity matrix (宣发规划表) and the warm-up calendar side by side
with the live problems list. Views show what the service returns; every change goes
through flashdesk.gui.channels.edits as one undo step."""

from __future__ import annotations

import csv
import io
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flashdesk.campaigns.service import CampaignError, get_campaign
from flashdesk.channels import service
from flashdesk.channels.checks import by_cell, check_plan
from flashdesk.channels.drafts import ChannelDraft, PostDraft, normal_name
from flashdesk.channels.posters import linked_posters, poster_choices
from flashdesk.channels.rules import channel_rules
from flashdesk.copies.links import CHANNEL_OF_KIND, STAGE_OF_POST, label, linked_copies
from flashdesk.gui.channels import edits
from flashdesk.gui.channels.delegates import (
    STATUS_COLORS,
    FormsDelegate,
    MultiLineDelegate,
    PostChipsDelegate,
)
from flashdesk.gui.channels.labels import status_names
from flashdesk.gui.channels.models import CalendarModel, MatrixModel
from flashdesk.gui.channels.post_dialog import PostDialog
from flashdesk.gui.channels.poster_picker import PREVIEW_HEIGHT, PosterOption
from flashdesk.gui.channels.views import CalendarView, MatrixView
from flashdesk.gui.context import AppContext
from flashdesk.gui.copies.picker import CopyPicker
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import show_error
from flashdesk.gui.palette import set_tone
from flashdesk.playbook import key_dates

# Rows and posts, plus what they show of others: the campaign's dates, linked copies'
# titles and the values they fill with (the Group SOP's groups), linked posters' checks.
TABLES = frozenset({"channel", "post", "campaign", "offer", "copy", "copy_variable", "chat_group",
                    "group_campaign", "poster"})
CELL_ROLE = Qt.ItemDataRole.UserRole + 10


class ChannelsTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.rules = channel_rules()
        self.copies: dict = {}  # id -> the library copies the posts link
        self.posters: dict = {}  # id -> the posters the posts link (LinkedPoster)
        self.dates = None
        self.problems: list = []

        self.matrix_model = MatrixModel(self)
        self.matrix_model.edit_cell = self._edit_cell
        self.matrix_model.move_row = self._move_to
        self.matrix = MatrixView(self)
        self.matrix.setObjectName("channelMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setWordWrap(True)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.matrix.setDragEnabled(True)
        self.matrix.setAcceptDrops(True)
        self.matrix.setDropIndicatorShown(True)
        self.matrix.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.matrix.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._multiline = MultiLineDelegate(self.matrix)
        self._forms = FormsDelegate(lambda: [(f.key, f.label) for f in self.rules.forms], self.matrix)
        for column in (2, 3):
            self.matrix.setItemDelegateForColumn(column, self._multiline)
        self.matrix.setItemDelegateForColumn(1, self._forms)
        self._refresh_pending = False
        self._stale = True
        self.matrix.editorClosed.connect(self._editor_closed)
        self.matrix.horizontalHeader().sectionResized.connect(
            lambda *_: self.matrix.resizeRowsToContents())
        self.matrix.pasteRequested.connect(self.paste_rows)
        self.matrix.copyRequested.connect(self.copy_rows)
        self.matrix.removeRequested.connect(self.remove_channels)

        self.calendar_model = CalendarModel(self)
        self.calendar = CalendarView(self)
        self.calendar.setObjectName("warmUpCalendar")
        self.calendar.setModel(self.calendar_model)
        self.calendar.setItemDelegate(PostChipsDelegate(self.calendar_model.post_line, self.calendar))
        self.calendar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        days = self.calendar.horizontalHeader()
        days.setMinimumSectionSize(138)  # a post chip's time and title stay readable
        days.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a wide window widens the days
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calendar.setDragEnabled(True)
        self.calendar.setAcceptDrops(True)
        self.calendar.setDropIndicatorShown(True)
        self.calendar.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.calendar.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.calendar_model.move_post = self.move_post
        self.calendar.doubleClicked.connect(self.open_cell)
        self.calendar.openRequested.connect(self.open_cell)
        self.calendar.removeRequested.connect(self.remove_current_post)
        self.calendar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.calendar.customContextMenuRequested.connect(self._calendar_menu)

        self.views = QTabWidget(self)
        self.views.setObjectName("channelViews")
        matrix_page = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 6, 0, 0)
        matrix_buttons = self._buttons((
            (self.tr("Add channel"), self.add_channel), (self.tr("Remove"), self.remove_channels),
            (self.tr("Move up"), lambda: self.move_current(-1)),
            (self.tr("Move down"), lambda: self.move_current(1))))
        self.playbook_button = QPushButton(self.tr("Add from playbook"), self)
        self.playbook_button.setToolTip(self.tr("A playbook channel type with its forms, direction "
                                                "and default posts, e.g. a second staff account's Moments"))
        playbook_menu = QMenu(self.playbook_button)
        for kind in self.rules.types:
            playbook_menu.addAction(kind.name, lambda k=kind: self.add_playbook_channel(k.key, k.name))
        self.playbook_button.setMenu(playbook_menu)
        self.playbook_button.setObjectName("menuButton")  # theme.qss keeps the arrow off the text
        matrix_buttons.insertWidget(1, self.playbook_button)
        matrix_layout.addLayout(matrix_buttons)
        matrix_layout.addWidget(self.matrix)
        hint = QLabel(self.tr("Double-click a cell to edit; Ctrl+Enter saves multi-line text. Drag "
                              "rows to reorder. Ctrl+V pastes rows copied from Excel."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        matrix_layout.addWidget(hint)
        calendar_page = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_page)
        calendar_layout.setContentsMargins(0, 6, 0, 0)
        calendar_layout.addLayout(self._buttons((
            (self.tr("Add post"), self.add_post_here), (self.tr("Edit post"), self.edit_current_post),
            (self.tr("Remove post"), self.remove_current_post))))
        calendar_layout.addWidget(self.calendar)
        legend = QLabel(" ".join(
            f'<span style="background:{STATUS_COLORS[key].name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'
            for key, text in status_names().items()), self)
        legend.setObjectName("hint")
        calendar_hint = QLabel(self.tr("Double-click or Enter opens a cell; drag a post to another "
                                       "day or channel; right-click to mark it ready or published."), self)
        calendar_hint.setObjectName("hint")
        calendar_hint.setWordWrap(True)
        legend_row = QHBoxLayout()
        legend_row.addWidget(legend)
        legend_row.addSpacing(24)
        legend_row.addWidget(calendar_hint, 1)
        calendar_layout.addLayout(legend_row)
        self.views.addTab(matrix_page, self.tr("Publicity matrix"))
        self.views.addTab(calendar_page, self.tr("Warm-up calendar"))

        self.problems_title = QLabel(self)
        self.problems_title.setObjectName("sectionTitle")
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("channelProblems")
        self.problem_list.setWordWrap(True)
        self.problem_list.setSpacing(3)
        self.problem_list.itemClicked.connect(self.select_problem)
        self.problem_list.itemActivated.connect(self.select_problem)
        self.problems_side = side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.problems_title)
        side_layout.addWidget(self.problem_list)

        # problems below the views: the calendar gets the window's full width for its days
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 170])
        self.empty = QLabel(self.tr("No campaign selected. Pick one on the left to plan its channels."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter)

        context.campaignSelected.connect(lambda _id: self.refresh())
        Follower(self, context, TABLES, lambda _change: self.refresh(), self.refresh)
        context.storeChanged.connect(self.refresh)
        self.refresh()

    def _buttons(self, entries) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in entries:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # loading ------------------------------------------------------------------------------
    @property
    def campaign_id(self) -> int | None:
        return self.context.campaign_id

    def _editor_closed(self) -> None:
        if self._refresh_pending:
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            # a hidden tab reloads when it is shown: start-up and edits elsewhere stay quick
            self._stale = True
            return
        self._stale = False
        if self.matrix.state() == QAbstractItemView.State.EditingState:
            # an editor is open or committing: a reset now would pull it away; reload when it closes
            self._refresh_pending = True
            return
        self._refresh_pending = False
        campaign = None
        if self.context.store is not None and self.campaign_id is not None:
            try:
                campaign = get_campaign(self.context.store, self.campaign_id)
            except CampaignError:
                campaign = None
        self.empty.setVisible(campaign is None)
        self.splitter.setVisible(campaign is not None)
        if campaign is None:
            self.matrix_model.load([], self.rules, {})
            self.problem_list.clear()
            return
        matrix_current = self.matrix.currentIndex()
        calendar_current = self.calendar.currentIndex()
        channels = service.list_channels(self.context.store, campaign.id)
        posts = service.list_posts(self.context.store, campaign.id)
        self.dates = key_dates(campaign)
        self.copies, values = service.linked_copy_context(self.context.store, campaign.id, posts)
        self.posters = linked_posters(self.context.store, (post.poster_id for post in posts))
        self.problems = check_plan(channels, posts, self.dates, self.rules, date.today(),
                                   self.copies, values, self.posters)
        self.calendar_model.posters = self.posters
        self.calendar_model.copies = self.copies
        self.calendar_model.values = values
        cells = by_cell(self.problems)
        rows = {}
        for problem in self.problems:
            if problem.day is None and problem.channel_id is not None:
                rows.setdefault(problem.channel_id, []).append(problem)
        self.matrix_model.load(channels, self.rules, rows)
        self.calendar_model.load(channels, posts, self.dates, self.rules, cells)
        self.matrix.share_widths()
        self.calendar.resizeRowsToContents()
        self._restore(self.matrix, matrix_current)
        self._restore(self.calendar, calendar_current)
        self._fill_problems()

    @staticmethod
    def _restore(view: QTableView, index: QModelIndex) -> None:
        model = view.model()
        if index.isValid() and index.row() < model.rowCount() and index.column() < model.columnCount():
            view.setCurrentIndex(model.index(index.row(), index.column()))

    def _fill_problems(self) -> None:
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem("⚠ " + problem.message, self.problem_list)
            item.setData(CELL_ROLE, (problem.channel_id, problem.day))
        count = len(self.problems)
        self.problems_title.setText(self.tr("Problems ({count})").format(count=count) if count
                                    else self.tr("No problems found"))
        set_tone(self.problems_title, "error" if count else "good")
        self.problem_list.setVisible(bool(count))  # nothing to list: one line, not a box
        self.problems_side.setMaximumHeight(16_777_215 if count else
                                            self.problems_title.sizeHint().height() + 4)

    def select_problem(self, item: QListWidgetItem) -> None:
        channel_id, day = item.data(CELL_ROLE)
        if day is None:
            row = self.matrix_model.row_of(channel_id)
            if row >= 0:
                self.views.setCurrentIndex(0)
                self.matrix.setCurrentIndex(self.matrix_model.index(row, 0))
                self.matrix.scrollTo(self.matrix_model.index(row, 0))
            return
        index = self.calendar_model.index_of(channel_id, day)
        if index.isValid():
            self.views.setCurrentIndex(1)
            self.calendar.setCurrentIndex(index)
            self.calendar.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.calendar.scrollTo(index)

    # the matrix -----------------------------------------------------------------------
    def _run(self, action):
        try:
            return action()
        except Exception as exc:  # a UserError's message, or an apology for a bug
            show_error(self, exc)
            return None

    def _edit_cell(self, channel_id: int, field: str, old, new) -> bool:
        channel = self.matrix_model.channels[self.matrix_model.row_of(channel_id)]
        done = self._run(lambda: edits.set_field(self.context, channel_id, channel.name, field, new) or True)
        return bool(done)

    def _selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.matrix.selectionModel().selectedIndexes()})
        if not rows and self.matrix.currentIndex().isValid():
            rows = [self.matrix.currentIndex().row()]
        return rows

    def _new_name(self) -> str:
        taken = {normal_name(c.name) for c in self.matrix_model.channels}
        base = self.tr("New channel")
        name, number = base, 2
        while normal_name(name) in taken:
            name, number = f"{base} {number}", number + 1
        return name

    def add_channel(self) -> None:
        if self.campaign_id is None:
            return
        rows = self._selected_rows()
        position = rows[-1] + 1 if rows else None
        channel_id = self._run(lambda: edits.add_channel(self.context, self.campaign_id,
                                                         ChannelDraft(self._new_name()), position))
        if channel_id is not None:
            index = self.matrix_model.index(self.matrix_model.row_of(channel_id), 0)
            self.matrix.setCurrentIndex(index)
            self.matrix.edit(index)

    def add_playbook_channel(self, kind: str, name: str) -> int | None:
        if self.campaign_id is None:
            return None
        rows = self._selected_rows()
        position = rows[-1] + 1 if rows else None
        channel_id = self._run(lambda: edits.add_playbook_channel(self.context, self.campaign_id,
                                                                  kind, name, position))
        if channel_id is not None:
            self.matrix.setCurrentIndex(self.matrix_model.index(self.matrix_model.row_of(channel_id), 0))
        return channel_id

    def remove_channels(self) -> None:
        channels = [self.matrix_model.channels[row] for row in self._selected_rows()]
        if channels:
            self._run(lambda: edits.remove_channels(self.context, channels))

    def move_current(self, step: int) -> None:
        row = self.matrix.currentIndex().row()
        if row >= 0 and 0 <= row + step < self.matrix_model.rowCount():
            self._move_to(self.matrix_model.channels[row].id, row + step)

    def _move_to(self, channel_id: int, position: int) -> None:
        row = self.matrix_model.row_of(channel_id)
        column = max(0, self.matrix.currentIndex().column())
        channel = self.matrix_model.channels[row]
        self._run(lambda: edits.move_channel(self.context, channel_id, channel.name, position))
        self.matrix.setCurrentIndex(self.matrix_model.index(self.matrix_model.row_of(channel_id), column))

    def paste_rows(self, text: str) -> list[int] | None:
        if self.campaign_id is None or not text.strip():
            return None
        rows = self._selected_rows()
        position = rows[-1] + 1 if rows else None
        return self._run(lambda: edits.paste_channels(self.context, self.campaign_id, text, position))

    def copy_rows(self) -> str:
        """Selected rows as tab-separated text Excel pastes as rows (multi-line cells quoted)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        for row in self._selected_rows():
            writer.writerow([self.matrix_model.data(self.matrix_model.index(row, column))
                             for column in range(self.matrix_model.columnCount())])
        QGuiApplication.clipboard().setText(buffer.getvalue())
        return buffer.getvalue()

    # the calendar -----------------------------------------------------------------------
    def _cell(self) -> tuple[int, date] | None:
        index = self.calendar.currentIndex()
        return self.calendar_model.cell(index) if index.isValid() else None

    def _check(self, post_id: int | None):
        return lambda draft: service.check_post_draft(self.context.store, self.campaign_id, draft, post_id)

    def add_post(self, channel_id: int, day: date) -> int | None:
        draft = PostDraft(channel_id, day, self.rules.stages[0].key)
        dialog = PostDialog(self, self.tr("New post"), draft, self.matrix_model.channels, self.rules,
                            self.dates, self._check(None), self.pick_copy, self.copy_label,
                            self.poster_options(None))
        chosen = dialog.run()
        if chosen is None:
            return None
        return self._run(lambda: edits.add_post(self.context, self.campaign_id, chosen))

    def copy_label(self, copy_id: int | None) -> str:
        if copy_id is None:
            return ""
        copy = self.copies.get(copy_id) or linked_copies(self.context.store, [copy_id]).get(copy_id)
        return label(copy) if copy is not None else f"#{copy_id}"

    def poster_options(self, current: int | None) -> list[PosterOption]:
        """The campaign's posters (newest versions) for the post dialog, with thumbnails and
        checker error counts; a linked older version or deleted poster is listed too."""
        from flashdesk.posters.formats import PosterError
        from flashdesk.posters.render import render_image
        from flashdesk.posters.service import poster_doc

        store = self.context.store
        choices = poster_choices(store, self.campaign_id)
        if current is not None and current not in {c.id for c in choices}:
            choices += list(linked_posters(store, [current]).values())
        options = []
        for choice in choices:
            image = None
            if not choice.deleted:
                try:
                    doc = poster_doc(store, choice.id)
                    image = render_image(doc, PREVIEW_HEIGHT / doc.format.height)
                except PosterError:  # e.g. an empty QR payload: listed without a picture
                    image = None
            options.append(PosterOption(choice.id, choice.label(), choice.errors, choice.deleted, image))
        return options

    def pick_copy(self, draft: PostDraft) -> tuple[bool, int | None]:
        """The library picker for a post: its channel's and stage's copies first."""
        kind = next((c.kind for c in self.matrix_model.channels if c.id == draft.channel_id), None)
        picker = CopyPicker(self, self.context.store, self.campaign_id,
                            channel=CHANNEL_OF_KIND.get(kind), stage=STAGE_OF_POST.get(draft.stage),
                            current=draft.copy_id, subject=self.rules.stage_names().get(draft.stage, ""))
        chosen = picker.pick()
        return chosen.changed, chosen.copy_id

    def add_post_here(self) -> None:
        if self.campaign_id is None or not self.matrix_model.channels:
            return
        cell = self._cell()
        if cell is None or not self.dates.in_window(cell[1]):
            cell = (cell[0] if cell else self.matrix_model.channels[0].id, self.dates.warm_up_start)
        self.add_post(*cell)

    def edit_post(self, post) -> bool:
        before = PostDraft.of(post)
        dialog = PostDialog(self, self.tr("Edit post"), before, self.matrix_model.channels, self.rules,
                            self.dates, self._check(post.id), self.pick_copy, self.copy_label,
                            self.poster_options(post.poster_id))
        after = dialog.run()
        if after is None or after == before:
            return False
        return self._run(lambda: edits.update_post(self.context, post.id, before, after) or True) is True

    def move_post(self, post_id: int, channel_id: int, day: date) -> None:
        """A post dropped on another cell: same time and content, new channel and day."""
        post = service.get_post(self.context.store, post_id)
        if (post.channel_id, post.day) == (channel_id, day):
            return
        before = PostDraft.of(post)
        after = PostDraft.of(post)
        after.channel_id, after.day = channel_id, day
        self._run(lambda: edits.update_post(self.context, post_id, before, after))
        index = self.calendar_model.index_of(channel_id, day)
        if index.isValid():
            self.calendar.setCurrentIndex(index)

    def set_status(self, post, status: str) -> None:
        before = PostDraft.of(post)
        after = PostDraft.of(post)
        after.status = status
        self._run(lambda: edits.update_post(self.context, post.id, before, after))

    def remove_post(self, post) -> None:
        self._run(lambda: edits.remove_post(self.context, post.id))

    def _posts_here(self) -> list:
        index = self.calendar.currentIndex()
        return self.calendar_model.cells.get(self.calendar_model.cell(index), []) if index.isValid() else []

    def _pick(self, posts, action) -> None:
        if len(posts) == 1:
            action(posts[0])
        elif posts:
            menu = QMenu(self)
            for post in posts:
                menu.addAction(self.calendar_model.post_line(post), lambda p=post: action(p))
            spot = self.calendar.visualRect(self.calendar.currentIndex()).center()
            menu.exec(self.calendar.viewport().mapToGlobal(spot))

    def edit_current_post(self) -> None:
        self._pick(self._posts_here(), self.edit_post)

    def remove_current_post(self) -> None:
        self._pick(self._posts_here(), self.remove_post)

    def open_cell(self, index: QModelIndex) -> None:
        posts = self.calendar_model.cells.get(self.calendar_model.cell(index), [])
        if posts:
            self._pick(posts, self.edit_post)
        else:
            self.add_post(*self.calendar_model.cell(index))

    def _calendar_menu(self, point) -> None:
        index = self.calendar.indexAt(point)
        if not index.isValid():
            return
        self.calendar.setCurrentIndex(index)
        channel_id, day = self.calendar_model.cell(index)
        menu = QMenu(self)
        for post in self.calendar_model.cells.get((channel_id, day), []):
            line = self.calendar_model.post_line(post)
            menu.addAction(self.tr("Edit “{post}”…").format(post=line), lambda p=post: self.edit_post(p))
            if post.status == "planned":
                menu.addAction(self.tr("Mark “{post}” ready").format(post=line),
                               lambda p=post: self.set_status(p, "ready"))
            if post.status != "published":
                menu.addAction(self.tr("Mark “{post}” published").format(post=line),
                               lambda p=post: self.set_status(p, "published"))
            menu.addAction(self.tr("Remove “{post}”").format(post=line), lambda p=post: self.remove_post(p))
            menu.addSeparator()
        if self.dates.in_window(day):
            menu.addAction(self.tr("New post here…"), lambda: self.add_post(channel_id, day))
        if not menu.isEmpty():
            menu.exec(self.calendar.viewport().mapToGlobal(point))
