"""文案库 tab: a searchable, filtered, sorted copy list beside the editor. Every edit is one
undo step; using a copy copies it filled for the current campaign and counts the use."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flashdesk.copies import service
from flashdesk.copies.plan import limits as playbook_limits
from flashdesk.copies.service import CopyDraft, CopyQuery
from flashdesk.copies.variables import fill
from flashdesk.copies.vocab import CHANNELS, LEVERS, STAGES
from flashdesk.errors import UserError
from flashdesk.groups.copy_values import values_for
from flashdesk.gui.context import AppContext
from flashdesk.gui.copies.columns import ColumnFitter
from flashdesk.gui.copies.editor import CopyEditor
from flashdesk.gui.copies.models import (
    TITLE,
    CellDelegate,
    CopyIdRole,
    CopyListModel,
    HighlightDelegate,
)
from flashdesk.gui.fit import UpAndDown
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import show_error

# The variables a copy is filled with come from the campaign, its own values and the
# Group SOP (group name, live code, remaining quota).
VALUE_TABLES = frozenset({"campaign", "offer", "copy_variable", "chat_group", "group_campaign"})
TABLES = VALUE_TABLES | {"copy"}
SEARCH_DELAY_MS = 120


class CopiesTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.current_id: int | None = None
        self._current: CopyDraft | None = None
        self._pushing = False
        # edits typed while the store could not be reached: (copy id, field) → value, saved
        # again once it can (context.reachable)
        self._pending: dict[tuple[int, str], object] = {}
        context.reachable.connect(self._save_pending)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles and bodies, e.g. 福利 倒计时"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.channel = self._combo(self.tr("All channels"), CHANNELS)
        self.stage = self._combo(self.tr("All stages"), STAGES)
        self.lever = self._combo(self.tr("All levers"), LEVERS)
        self.scope = QComboBox(self)
        for label, key in ((self.tr("Library and campaign"), "all"),
                           (self.tr("Library only"), "library"),
                           (self.tr("This campaign only"), "campaign")):
            self.scope.addItem(label, key)
        self.scope.currentIndexChanged.connect(self.reload)
        self.favourites = QCheckBox(self.tr("★ only"), self)
        self.favourites.toggled.connect(self.reload)
        self.sort = QComboBox(self)
        for label, key in ((self.tr("Most used"), "used"), (self.tr("Best results"), "results"),
                           (self.tr("Recently edited"), "updated"), (self.tr("Title"), "title")):
            self.sort.addItem(label, key)
        self.sort.currentIndexChanged.connect(self.reload)
        self.count = QLabel(self)
        self.count.setObjectName("copyListCount")

        self.model = CopyListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("copyList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.model, self.view))
        self.view.setItemDelegateForColumn(TITLE, HighlightDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().height() + 12)  # title + excerpt
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # widths fitted to the list's width, not sized to contents: that read every loaded
        # row on each keystroke
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        ColumnFitter(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        # nothing listed: the list says why, over its own blank rows (a blank table looked
        # broken), so nothing around it moves
        self.nothing = QLabel(self.view.viewport())
        self.nothing.setObjectName("emptyHint")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.view.viewport()).addWidget(self.nothing)
        self.nothing.hide()

        self.new_button = QPushButton(self.tr("New copy"), self)
        self.new_button.clicked.connect(self.new_copy)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_copy)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Add copies from a 文案库 sheet (.xlsx) or a .csv"))
        self.import_button.clicked.connect(self.import_copies)

        self._list_actions()

        self.editor = CopyEditor(self)
        self.editor.edited.connect(self._edited)
        self.use_button = QPushButton(self.tr("Copy filled text"), self)
        self.use_button.setObjectName("primaryButton")
        self.use_button.setToolTip(self.tr("Copy the text filled for the current campaign to "
                                           "the clipboard and count one use"))
        self.use_button.clicked.connect(self.copy_filled)
        self.duplicate_button = QPushButton(self.tr("Duplicate into campaign"), self)
        self.duplicate_button.setToolTip(self.tr("Make this campaign its own copy to adapt, "
                                                 "leaving the library copy as it is"))
        self.duplicate_button.clicked.connect(self.duplicate_into_campaign)
        self.favourite_button = QPushButton(self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.variables_button = QPushButton(self.tr("Campaign values…"), self)
        self.variables_button.setToolTip(self.tr("Group name, live code and remaining slots "
                                                 "for the variables"))
        self.variables_button.clicked.connect(self.edit_values)
        self.status = QLabel(self)
        self.status.setObjectName("copyStatus")

        filters = QHBoxLayout()
        for widget in (self.channel, self.stage, self.lever):
            # long entries ("WeCom customer group") elide instead of widening the whole tab
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
            filters.addWidget(widget, 1)
        filters2 = FlowLayout()
        sort_by = QWidget(self)  # "Sort:" wraps with its picker, never alone at a line's end
        sort_layout = QHBoxLayout(sort_by)
        sort_layout.setContentsMargins(0, 0, 0, 0)
        sort_layout.addWidget(QLabel(self.tr("Sort:"), self))
        sort_layout.addWidget(self.sort)
        filters2.add_widgets(self.scope, self.favourites, sort_by)
        list_buttons = FlowLayout()
        list_buttons.add_widgets(self.count, self.import_button, self.new_button, self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addLayout(filters2)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(list_buttons)

        actions = FlowLayout()
        actions.add_widgets(self.use_button, self.duplicate_button, self.favourite_button,
                            self.variables_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.status)
        # the editor scrolls on its own: its full height pushed the list's count and buttons
        # below the window at 1024x700 (the whole tab scrolled, search box and all)
        self.editor_area = editor_area = UpAndDown(right)
        editor_area.setWidget(self.editor)
        right_layout.addWidget(editor_area, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the list's titles get the larger share
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        context.campaignSelected.connect(lambda _id: self._campaign_changed())
        Follower(self, context, TABLES, self._changed, self._campaign_changed)
        context.storeChanged.connect(self._campaign_changed)
        self._campaign_changed()

    def _list_actions(self) -> None:
        """Keyboard and context-menu access to what the buttons do."""
        find = QAction(self.tr("Find copy"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot, key in ((self.tr("Copy filled text"), self.copy_filled, "Ctrl+Shift+C"),
                                (self.tr("Duplicate into campaign"), self.duplicate_into_campaign, None),
                                (self.tr("Favourite / unfavourite"), self.toggle_favourite, None),
                                (self.tr("Delete"), self.delete_copy, QKeySequence.StandardKey.Delete)):
            action = QAction(text, self.view)
            if key is not None:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)

    def _combo(self, everything: str, terms) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for term in terms:
            combo.addItem(term.label(), term.key)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    # -- loading ---------------------------------------------------------------------
    def query(self) -> CopyQuery:
        return CopyQuery(text=self.search.text(), campaign_id=self.context.campaign_id,
                         scope=self.scope.currentData(), channel=self.channel.currentData(),
                         stage=self.stage.currentData(), lever=self.lever.currentData(),
                         favourites=self.favourites.isChecked(), sort=self.sort.currentData())

    def _campaign_changed(self) -> None:
        has_campaign = self.context.campaign_id is not None and self.context.store is not None
        self.scope.setEnabled(has_campaign)
        self.duplicate_button.setEnabled(has_campaign)
        self.variables_button.setEnabled(has_campaign)
        self._load_values()
        self.reload()

    def _load_values(self) -> None:
        from flashdesk.playbook import default_playbook

        values = None
        if self.context.campaign_id is not None and self.context.store is not None:
            try:
                values = values_for(self.context.store, self.context.campaign_id)
            except UserError:
                values = None
        self.editor.set_campaign_values(values, playbook_limits(default_playbook()))

    def reload(self) -> None:
        """Run the list's query again, keeping the selected copy when it is still listed."""
        if self.context.store is None:
            return
        if self._current is not None:
            self.editor.commit_body()
        keep = self.current_id
        self.model.load(self.context.store, self.query())
        self.editor.set_search_terms(self.model.query.terms, check=False)  # _show checks below
        self.count.setText(self.model.count_text())
        self._say_why_empty()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            copy_id = self.model.rows[row].id
            self.view.selectionModel().setCurrentIndex(  # shows another copy (_row_changed)
                self.model.index(row, TITLE), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            if keep == copy_id:  # the same copy, just read again: it may have changed, its
                self._show(copy_id, self.model.rows[row])  # marks have
        else:
            self._show(None)

    def _say_why_empty(self) -> None:
        query = self.model.query
        narrowed = query.terms or query.channel or query.stage or query.lever or query.favourites \
            or query.scope != "all"
        self.nothing.setText(self.tr("No copy matches the search and filters. Clear the search or "
                                     "choose wider filters to see more.") if narrowed else
                             self.tr("No copies yet: New copy writes one, Import… adds a sheet of them."))
        self.nothing.setVisible(self.model.rowCount() == 0)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            copy_id = self.model.data(current, CopyIdRole)
            if copy_id != self.current_id:
                if self._current is not None:
                    self.editor.commit_body()
                # the list's row was read by the same query: no second trip to the store
                self._show(copy_id, self.model.rows[current.row()])

    def _show(self, copy_id: int | None, copy=None) -> None:
        draft = None
        if copy is not None:
            draft = CopyDraft.of(copy)
        elif copy_id is not None:
            try:
                draft = CopyDraft.of(service.get_copy(self.context.store, copy_id))
            except UserError:
                copy_id = None
        self.current_id, self._current = copy_id, draft
        self.editor.show_draft(draft)
        for button in (self.use_button, self.favourite_button, self.delete_button):
            button.setEnabled(draft is not None)
        self.duplicate_button.setEnabled(draft is not None and self.context.campaign_id is not None)
        self.favourite_button.setChecked(bool(draft and draft.favourite))
        self.favourite_button.setText(self.tr("★ Favourite") if draft and draft.favourite
                                      else self.tr("☆ Favourite"))
        self.status.clear()

    def _changed(self, change) -> None:
        if self._pushing:  # the edit being pushed already shows in the list and editor
            return
        if self.editor._body_timer.isActive():  # save what is being typed before reloading
            self.editor.commit_body()
        if "copy" in change.tables:
            self.reload()
        if change.touches(VALUE_TABLES):
            self._load_values()

    # -- edits (each one undo step) ----------------------------------------------------
    def _push(self, text: str, do, merge_key=None, *, typed: bool = False):
        """One undo step; None (and the error shown) when the service refused it. A typed edit
        the store could not take because it cannot be reached raises StoreOfflineError: the
        caller keeps it for later (see _edited), the status line and the banner say so."""
        from flashdesk.store.errors import StoreOfflineError

        self._pushing = True
        try:
            return self.context.push(do(), text, merge_key)
        except StoreOfflineError as exc:
            if not typed:
                show_error(self, exc)
                return None
            self.status.setText(self.tr("Not saved yet: the store cannot be reached. What you typed "
                                        "stays here and is saved when it is back."))
            raise
        except Exception as exc:
            show_error(self, exc)
            return None
        finally:
            self._pushing = False

    def _edited(self, field: str, value) -> None:
        if self.current_id is None or self._current is None:
            return
        before = self._current
        if getattr(before, field) == value:
            return
        after = CopyDraft(**{**before.__dict__, field: value})
        copy_id, store = self.current_id, self.context.store
        labels = {"title": self.tr("Rename copy"), "body": self.tr("Edit copy text"),
                  "channel": self.tr("Change copy channel"), "stage": self.tr("Change copy stage"),
                  "levers": self.tr("Change copy levers"),
                  "participants": self.tr("Record copy results")}
        from flashdesk.store.errors import StoreOfflineError

        self._current = after  # before the push: a refused edit shows its error only once
        try:
            saved = self._push(labels[field], lambda: service.update_copy(store, copy_id, after),
                               merge_key=("copy", copy_id, field), typed=True)
        except StoreOfflineError:  # what was typed stays in the editor and is saved later
            self._current = before
            self._pending[(copy_id, field)] = value
            return
        self._pending.pop((copy_id, field), None)
        if saved:
            self._refresh_row(copy_id)
        else:
            self._current = before
            self.editor.show_draft(before)

    def _save_pending(self, reachable: bool) -> None:
        """The store is back: save the edits typed while it was gone (the copy still shown)."""
        if not reachable:
            return
        pending, self._pending = self._pending, {}
        for (copy_id, field), value in pending.items():
            if copy_id == self.current_id:
                self._edited(field, value)
        if not self._pending:
            self.status.clear()

    def _refresh_row(self, copy_id: int) -> None:
        """Show a saved edit in its list row without re-running the query."""
        row = self.model.row_of(copy_id)
        try:
            saved = service.get_copy(self.context.store, copy_id)
        except UserError:
            return
        self._current = CopyDraft.of(saved)
        if row >= 0:
            self.model.rows[row] = saved
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 5))

    def new_copy(self) -> None:
        campaign = self.context.campaign_id if self.scope.currentData() == "campaign" else None
        draft = CopyDraft(title=self.tr("New copy"), stage=self.stage.currentData() or "survey",
                          channel=self.channel.currentData() or "", campaign_id=campaign)
        self._made(self.tr("New copy"), lambda: service.create_copy(self.context.store, draft))

    def _made(self, text: str, make) -> None:
        change = self._push(text, make)
        if change is not None:
            self._select_new(change.result)

    def _select_new(self, copy_id: int) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.current_id = copy_id
        self.reload()
        if self.model.row_of(copy_id) < 0:  # filtered out: show it anyway
            self._show(copy_id)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def delete_copy(self) -> None:
        if self.current_id is None:
            return
        copy_id, store = self.current_id, self.context.store
        if not self._confirm_linked(copy_id):
            return
        self._push(self.tr("Delete copy “{title}”").format(title=self._current.title),
                   lambda: service.set_deleted(store, copy_id, True))
        self.current_id = None
        self.reload()

    def _confirm_linked(self, copy_id: int) -> bool:
        """A copy that posts, checklist lines or key nodes use: say so before deleting it."""
        from flashdesk.copies.links import link_counts
        from flashdesk.gui.messages import confirm

        counts = link_counts(self.context.store, copy_id)
        if not any(counts.values()):
            return True
        labels = {"post": lambda n: self.tr("%n warm-up post(s)", "", n),
                  "group_setup_item": lambda n: self.tr("%n checklist line(s)", "", n),
                  "key_node": lambda n: self.tr("%n key node(s)", "", n),
                  "review_copy": lambda n: self.tr("%n review row(s)", "", n)}
        uses = [labels[table](n) if table in labels else f"{n} × {table}" for table, n in counts.items()]
        return confirm(self, self.tr("Delete copy"), self.tr(
            "“{title}” is linked by {uses}. They keep the link and show the copy as deleted until "
            "you pick another one. Delete it anyway?").format(title=self._current.title,
                                                      uses=self.tr(", ", "between linked rows").join(uses)))

    def toggle_favourite(self) -> None:
        if self.current_id is None:
            return
        copy_id, store = self.current_id, self.context.store
        on = not self._current.favourite
        self._push(self.tr("Mark favourite") if on else self.tr("Unmark favourite"),
                   lambda: service.set_favourite(store, copy_id, on))
        self._refresh_row(copy_id)
        self._show(copy_id)

    def duplicate_into_campaign(self) -> None:
        if self.current_id is None or self.context.campaign_id is None:
            return
        source, campaign = self.current_id, self.context.campaign_id
        self._made(self.tr("Duplicate copy into campaign"),
                   lambda: service.duplicate_into_campaign(self.context.store, source, campaign))

    # -- use -------------------------------------------------------------------------
    def copy_filled(self) -> None:
        if self.current_id is None:
            return
        self.editor.commit_body()
        if self.editor.values is None:
            show_error(self, UserError(self.tr("Select a campaign first: the copy is filled "
                                               "with its product, prices and dates.")))
            return
        try:
            text = fill(self.editor.body.toPlainText(), self.editor.values)
            use = service.record_use(self.context.store, self.current_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._pushing = True
        try:  # a use is counted, not undone: other views hear of it, the undo stack does not
            self.context.publish(use)
        finally:
            self._pushing = False
        used = use.result
        QGuiApplication.clipboard().setText(text)
        self._refresh_row(self.current_id)
        self.status.setText(self.tr("Copied to the clipboard, filled for the campaign (used %n "
                                    "times).", "", used))

    def import_copies(self) -> None:
        from flashdesk.gui.copies.import_action import choose_and_import

        choose_and_import(self, self.context)

    def edit_values(self) -> None:
        from flashdesk.gui.copies.values_dialog import edit_campaign_values

        if self.context.campaign_id is not None:
            edit_campaign_values(self, self.context)
            self._load_values()
