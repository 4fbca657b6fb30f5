"""The main window: campaign sidebar, the tabs, menus, status bar; remembers its geometry,
splitter sizes and last campaign. Switching language rebuilds the widgets in place.

The window paints first and gets its store after (attach_store): the store, the tabs and
everything below them are imported only then, so the operator sees a window at once. What
the window needs before it paints is kept to the menus, the toolbar and a word: no team sync
(gui/team.py) until there is a store, and no use of PySide6's `Qt` namespace, whose first use
builds its ~90 Python enums (~15 ms); enum values the shell sets go by name (`_set_by_name`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

import flashdesk
from flashdesk import i18n
from flashdesk.gui.context import AppContext
from flashdesk.gui.icons import icon, plain
from flashdesk.gui.messages import show_error


def _actions():
    from flashdesk.gui import campaign_actions

    return campaign_actions


def _flow_map():
    from flashdesk.gui.flowmap import dialog

    return dialog


def _set_by_name(widget: QObject, prop: str, value: str) -> None:
    """Set an enum property by the enum value's name, through Qt's property system: the same
    value as `widget.setX(Qt.X.value)` without building PySide6's `Qt` namespace before the
    window's first paint. A name Qt does not know is a programming error, raised here."""
    if not widget.setProperty(prop, value):
        raise ValueError(f"{type(widget).__name__}.{prop} has no value {value!r}")


class _StackButton(QAction):
    """A toolbar action bound to the undo stack; it lives and dies with its toolbar, so a
    language switch that rebuilds the toolbar leaves no stale connection behind."""

    def __init__(self, text: str, tip: str, trigger, parent):
        super().__init__(text, parent)
        self._tip = tip
        self.triggered.connect(trigger)

    def follow(self, enabled_signal, text_signal, enabled: bool, text: str) -> None:
        enabled_signal.connect(self.setEnabled)
        text_signal.connect(self.show_text)
        self.setEnabled(enabled)
        self.show_text(text)

    def show_text(self, text: str) -> None:
        self.setToolTip(self._tip.replace("%1", text) if text else self.text())


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.resize(1400, 900)
        self.store_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.store_label)
        self.team_sync = self.team_banner = None  # with the store (_start_team)
        self.activity_dialog = None
        context.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        context.campaignSelected.connect(self._on_campaign_selected)
        self._built_language = self.language()
        self.sidebar = None
        self.notifier = None
        self.toolbar: QToolBar | None = None  # the campaign toolbar, rebuilt with the actions
        if context.store is not None:
            self._start_team()
        self._build()
        settings = context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if context.store is not None:
            self.team_sync.attach()
            self._select_last_campaign()

    def attach_store(self, store) -> None:
        """Give the window its store once it has been painted: the content replaces the word,
        and the menus, toolbar and actions built for the first paint stay, taking on what the
        store and the campaign list give them (building them again cost ~5 ms and a relayout)."""
        self.context.store = store
        self._start_team()
        waiting = self.centralWidget()
        self._build_content()
        waiting.deleteLater()
        self._connect_content()
        self._update_store_label()
        self._update_actions()
        self.team_sync.attach()
        self._select_last_campaign()

    def _start_team(self) -> None:
        """The team sync (others' changes, conflicts, the connection) and its word in the status
        bar; both idle until there is a store, so they are made with it. The sync takes a new
        store (File → Open store…) before the window reloads its views."""
        from flashdesk.gui.team import TeamBanner, TeamSync

        self.team_sync = TeamSync(self.context, self)
        self.team_banner = TeamBanner(self.team_sync, self)
        self.statusBar().addWidget(self.team_banner)
        self.context.storeChanged.connect(self._on_store_changed)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("FlashDesk — flash-group launches"))
        old = self.centralWidget()
        if self.context.store is None:
            waiting = QLabel(self.tr("Opening the campaign store…"), self)
            _set_by_name(waiting, "alignment", "AlignCenter")
            self.setCentralWidget(waiting)
        else:
            self._build_content()
        if old is not None:
            old.deleteLater()
        self._build_actions()
        self._update_store_label()
        self._update_actions()

    def _build_content(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

        from flashdesk.gui.campaign_list import CampaignSidebar
        from flashdesk.gui.follow import Follower
        from flashdesk.gui.tabs import LazyTab, tab_title, window_tabs
        from flashdesk.gui.today.notify import DueBanner, DueNotifier

        self.sidebar = CampaignSidebar(self.context, self)
        self.sidebar.campaignActivated.connect(self.context.select_campaign)
        Follower(self.sidebar, self.context, {"campaign"}, self._on_campaigns_changed,
                 self._on_campaigns_changed, campaign_bound=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")  # theme.qss styles the inner tab bars differently
        self.tabs.setDocumentMode(True)
        # the capabilities' tabs in playbook order, then Today (gui/tabs.py: WINDOW_TABS)
        for manifest in window_tabs():
            self.tabs.addTab(LazyTab(manifest, self.context, self.tabs), tab_title(manifest))
        self.today_index = self.tabs.count() - 1  # Today is the last of them
        # before the tabs show, so only this one is built: Today in a launch week, else the last one
        self.tabs.setCurrentIndex(self._opening_tab())
        self.sidebar.setMinimumWidth(180)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tabs)
        # the campaign list folds away (drag or View → Campaign list) to give a laptop's
        # width to the tabs; the tabs themselves never fold
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1140])
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._sidebar_moved())
        central = QWidget(self)
        self.banner = DueBanner(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.splitter.setParent(central)
        self.setCentralWidget(central)
        self._restore_splitter()
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self._tab_shown))
        QTimer.singleShot(0, self._tab_shown)
        if self.notifier is None:
            self.notifier = DueNotifier(self.context, self.banner, self.show_today, self)
        else:  # a language switch rebuilt the banner; what was told stays told
            self.notifier.banner = self.banner
            self.banner.openToday.connect(self.show_today)

    def _tab_shown(self) -> None:
        """A tab built: its rows tell who changed them last; read-only, its edit controls go."""
        from flashdesk.gui.team import follow_rows, lock

        holder = self.tabs.currentWidget() if self.sidebar is not None else None
        if holder is None or not holder.is_built() or self.context.store is None:
            return
        follow_rows(holder.widget(), self.context)
        if not self.writable():
            lock(holder.widget())

    def writable(self) -> bool:
        try:
            return self.context.store is None or self.context.store.team.writable
        except Exception:  # noqa: BLE001 - the store gone: the banner says so
            return True

    def _opening_tab(self) -> int:
        """Today when the last campaign is in its launch week — from the first warm-up to the
        group's close — else the tab the operator left open (the overview at first)."""
        from flashdesk.agenda import launch_week
        from flashdesk.campaigns.service import CampaignError, get_campaign

        last = self.context.settings.value("window/lastCampaign")
        if last not in (None, ""):
            try:
                if launch_week(get_campaign(self.context.store, int(last)), self.context.clock()):
                    return self.today_index
            except (CampaignError, ValueError):
                pass
        tab = self.context.settings.value("window/tab")
        return int(tab) if tab not in (None, "") else 0

    def show_today(self) -> None:
        """Bring the window up on Today (a notification was clicked)."""
        self.tabs.setCurrentIndex(self.today_index)
        self.banner.hide()
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def tab_at(self, index: int):
        """The tab widget itself (built now if it has not been shown yet)."""
        return self.tabs.widget(index).tab()

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon_name: str = "") -> QAction:
        action = QAction(text, self)
        action.setIconText(plain(text))  # toolbars show no "(N)" mnemonic
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            # what setShortcut does in Qt; PySide6's argument check for setShortcut would build
            # the Qt namespace (for its Key enum) before the first paint
            action.setShortcuts([QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.menuBar().clear()
        if self.toolbar is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        current = lambda: self.context.campaign_id  # noqa: E731
        self.new_action = self._action(self.tr("&New campaign…"), self._new, QKeySequence.StandardKey.New,
                                       self.tr("Plan a new launch from the playbook"), "new")
        self.duplicate_action = self._action(self.tr("&Duplicate as template…"),
                                             lambda: _actions().duplicate_campaign(self, self.context, current()),
                                             "Ctrl+D", self.tr("Copy the whole plan to a new launch date"),
                                             "duplicate")
        self.rename_action = self._action(self.tr("&Rename…"),
                                          lambda: _actions().rename_campaign(self, self.context, current()), "F2")
        self.archive_action = self._action(self.tr("&Archive"), self._toggle_archive)
        self.archive_action.setCheckable(True)
        self.delete_action = self._action(self.tr("De&lete campaign…"),
                                          lambda: _actions().delete_campaign(self, self.context, current()),
                                          "Ctrl+Del")
        self.export_action = self._action(self.tr("&Export workbook…"), self.export_workbook, "Ctrl+E",
                                          self.tr("Write the team's Excel workbook for this campaign"),
                                          "export")
        self.calendar_action = self._action(
            self.tr("Export &calendar…"), self.export_calendar,
            tip=self.tr("Write every task, post, runbook beat and timetable slot as calendar events "
                        "with reminders (.ics), for the team's phones"))
        self.read_back_action = self._action(self.tr("&Read back workbook…"),
                                             lambda: self.read_back_workbook(), None,  # not triggered's flag as a path
                                             self.tr("Read the team's filled-in workbook back into this campaign"))
        self.open_store_action = self._action(self.tr("&Open store…"), self.open_store, QKeySequence.StandardKey.Open)
        self.connect_action = self._action(self.tr("Connect to &team store…"), self.connect_team_store, None,
                                           self.tr("Open the team's shared store on a PostgreSQL server"))
        self.name_action = self._action(self.tr("Your &name in the team…"), self.ask_name, None,
                                        self.tr("The name the others see beside your changes"))
        self.activity_action = self._action(self.tr("&Activity log…"), self.show_activity, "Ctrl+Shift+L",
                                            self.tr("Who changed what in this campaign, and when"))
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.duplicate_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.read_back_action, self.calendar_action])
        file_menu.addSeparator()
        file_menu.addActions([self.open_store_action, self.connect_action, self.name_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.rename_action, self.archive_action, self.delete_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.sidebar_action = self._action(self.tr("&Campaign list"), self._toggle_sidebar, "Ctrl+L",
                                           self.tr("Show or fold away the campaign list"), "sidebar")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(False)
        self.sidebar_action.setEnabled(False)
        view_menu.addAction(self.sidebar_action)
        self.show_archived_action = self._action(self.tr("Show &archived campaigns"), self._toggle_show_archived)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.setChecked(True)
        view_menu.addAction(self.show_archived_action)
        view_menu.addAction(self.activity_action)
        self.flow_map_action = self._action(
            self.tr("&Flow map…"), lambda: _flow_map().open_flow_map(self, self.context),
            tip=self.tr("The campaign's flow from channels to follow-up, with the review's funnel"))
        view_menu.addAction(self.flow_map_action)
        self.role_menu = view_menu.addMenu(self.tr("My &role"))
        self.role_actions: dict[str, QAction] = {}
        self.role_menu.setEnabled(False)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About FlashDesk"), self.about))

        toolbar = self.toolbar = QToolBar(self.tr("Campaign"), self)
        toolbar.setObjectName("campaignToolbar")
        toolbar.setMovable(False)
        _set_by_name(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        toolbar.addAction(self.sidebar_action)
        toolbar.addSeparator()
        toolbar.addActions([self.new_action, self.duplicate_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addActions(self._toolbar_undo_actions(toolbar))
        self.addToolBar(toolbar)
        if self.sidebar is not None:
            self._connect_content()

    def _connect_content(self) -> None:
        """What the actions take from the store and the campaign list, once there are both."""
        from PySide6.QtCore import Qt

        self.sidebar_action.setChecked(self.splitter.sizes()[0] > 0)
        self.sidebar_action.setEnabled(True)
        self.show_archived_action.setChecked(self.sidebar.model.show_archived)
        # filled when first opened: reading the playbook's roles cost ~80 ms before the plan
        # was on screen
        self.role_menu.aboutToShow.connect(self._fill_role_menu)
        self.role_menu.setEnabled(True)
        self.edit_action = self._action(self.tr("&Edit details…"), self._edit_details, "Ctrl+I")
        view = self.sidebar.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.new_action, self.edit_action, self.rename_action,
                         self.duplicate_action, self.archive_action, self.delete_action])
        view.doubleClicked.connect(lambda _index: self._edit_details())

    def _fill_role_menu(self) -> None:
        """The operator's role, from the playbook's roles (Today also has a picker): Today, its
        reminders and the calendar export follow it."""
        from flashdesk.agenda import playbook_roles

        if self.role_actions:
            return
        menu = self.role_menu
        group = QActionGroup(self)
        for key, name in [("", self.tr("Whole team")), *((c.key, c.name) for c in playbook_roles())]:
            action = QAction(name, self, checkable=True)
            action.setChecked(key == self.context.role)
            action.triggered.connect(lambda _checked=False, k=key: self.context.set_role(k))
            group.addAction(action)
            menu.addAction(action)
            self.role_actions[key] = action
        self.context.roleChanged.connect(self._role_changed)

    def _role_changed(self, role: str) -> None:
        if role in self.role_actions:
            self.role_actions[role].setChecked(True)

    def _toolbar_undo_actions(self, toolbar: QToolBar) -> list[QAction]:
        """Short Undo/Redo buttons: the menu's "Undo <edit>" texts grow with the edit's name
        and would push the toolbar out of shape; the button names the edit in its tooltip."""
        stack = self.context.undo_stack
        undo = _StackButton(self.tr("Undo"), self.tr("Undo: %1"), stack.undo, toolbar)
        redo = _StackButton(self.tr("Redo"), self.tr("Redo: %1"), stack.redo, toolbar)
        undo.setIcon(icon("undo"))
        redo.setIcon(icon("redo"))
        undo.follow(stack.canUndoChanged, stack.undoTextChanged, stack.canUndo(), stack.undoText())
        redo.follow(stack.canRedoChanged, stack.redoTextChanged, stack.canRedo(), stack.redoText())
        return [undo, redo]

    # --- state ----------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.context.settings.value("language", i18n.system_language()))

    def set_language(self, code: str) -> None:
        if code == self._built_language:
            return
        self.context.settings.setValue("language", code)
        i18n.install(code)
        self._built_language = code
        self._save_state()
        selected = self.context.campaign_id
        self._build()
        if self.sidebar is not None:
            self.sidebar.select(selected)
        # the log took its words (and the tables' labels) in the old language: made again when
        # next opened, reopened now if it was open
        log, self.activity_dialog = self.activity_dialog, None
        if log is not None:
            was_open, every = log.isVisible(), log.every.isChecked()
            log.close()
            log.deleteLater()
            if was_open:
                self.show_activity()
                self.activity_dialog.every.setChecked(every)  # the operator's choice, kept

    def _select_last_campaign(self) -> None:
        from flashdesk.gui.campaign_list import CampaignIdRole

        last = self.context.settings.value("window/lastCampaign")
        self.sidebar.select(int(last) if last not in (None, "") else None)
        if self.context.campaign_id is None and self.sidebar.model.rowCount():
            self.sidebar.select(self.sidebar.model.index(0).data(CampaignIdRole))

    def _restore_splitter(self) -> None:
        sizes = self.context.settings.value("window/splitter")
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)

    def _toggle_sidebar(self, shown: bool) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        width = int(self.context.settings.value("window/sidebarWidth", 260) or 260)
        self.splitter.setSizes([min(width, total // 2), total - min(width, total // 2)] if shown
                               else [0, total])

    def _sidebar_moved(self) -> None:
        width = self.splitter.sizes()[0]
        if width > 0:
            self.context.settings.setValue("window/sidebarWidth", width)
        self.sidebar_action.setChecked(width > 0)

    def _save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        if self.sidebar is not None:
            settings.setValue("window/splitter", self.splitter.saveState())
            settings.setValue("window/tab", self.tabs.currentIndex())
            settings.setValue("window/lastCampaign", self.context.campaign_id or "")

    def closeEvent(self, event) -> None:
        self._save_state()
        if self.notifier is not None:
            self.notifier.stop()
        self.context.settings.sync()
        super().closeEvent(event)

    def _update_store_label(self) -> None:
        if self.context.store is not None:
            self.store_label.setText(self.tr("Store: {store}").format(store=self.context.store.display_name))

    def _update_actions(self) -> None:
        has = self.context.campaign_id is not None
        for action in (self.duplicate_action, self.rename_action, self.archive_action,
                       self.delete_action, self.export_action, self.read_back_action,
                       self.calendar_action, self.flow_map_action):
            action.setEnabled(has)
        for action in (self.new_action, self.open_store_action, self.connect_action, self.name_action,
                       self.activity_action):
            action.setEnabled(self.context.store is not None)
        writable = self.writable()
        if self.team_banner is not None:
            self.team_banner.show_read_only(not writable)
        if not writable:  # a read-only role or file: look and export, never change
            for action in (self.new_action, self.duplicate_action, self.rename_action,
                           self.archive_action, self.delete_action, self.read_back_action,
                           self.undo_action, self.redo_action, self.name_action,
                           getattr(self, "edit_action", None)):
                if action is not None:
                    action.setEnabled(False)
        if has:
            from flashdesk.campaigns.service import get_campaign

            self.archive_action.setChecked(get_campaign(self.context.store, self.context.campaign_id).archived)

    def _on_campaign_selected(self, campaign_id) -> None:
        if self.sidebar is None:
            return
        if self.sidebar.model.row_of(campaign_id) < 0:
            self.sidebar.reload()
        else:
            self.sidebar.select(campaign_id)
        self._update_actions()

    def _on_campaigns_changed(self, _change=None) -> None:
        self.sidebar.reload()
        self._update_actions()

    def ask_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from flashdesk.gui.team import NAME_KEY

        current = str(self.context.settings.value(NAME_KEY, "") or self.context.store.team.name)
        name, ok = QInputDialog.getText(self, self.tr("Your name in the team"), self.tr(
            "The others see this name beside your changes (empty: your login name):"),
            text=current)
        if ok:
            self.team_sync.set_name(name.strip()[:100])

    def show_activity(self) -> None:
        from flashdesk.gui.team import ActivityDialog

        if self.activity_dialog is None:
            self.activity_dialog = ActivityDialog(self.context, self)
        self.activity_dialog.reload()
        self.activity_dialog.show()
        self.activity_dialog.raise_()

    def _on_store_changed(self) -> None:
        self.sidebar.reload()
        self._select_last_campaign()
        self._update_store_label()
        self._update_actions()

    # --- commands -------------------------------------------------------------------------
    def _new(self) -> None:
        _actions().new_campaign(self, self.context)

    def _edit_details(self) -> None:
        if self.context.campaign_id is not None and self.writable():
            _actions().edit_campaign(self, self.context, self.context.campaign_id)

    def _toggle_archive(self, checked: bool) -> None:
        if self.context.campaign_id is not None:
            _actions().set_archived(self, self.context, self.context.campaign_id, checked)

    def _toggle_show_archived(self, checked: bool) -> None:
        self.sidebar.model.show_archived = checked
        self.sidebar.reload()

    def _choose_output(self, title: str, suffix: str, file_filter: str) -> tuple[int, Path] | None:
        """The current campaign and the file the operator picks for it (in the last export folder,
        named after the campaign, `suffix` added when left off); None when there is nothing to do."""
        from PySide6.QtWidgets import QFileDialog

        from flashdesk.campaigns.service import get_campaign

        campaign_id = self.context.campaign_id
        if campaign_id is None:
            return None
        campaign = get_campaign(self.context.store, campaign_id)
        folder = str(self.context.settings.value("export/folder", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / f"{campaign.name[:60]}{suffix}"),
                                              file_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        self.context.settings.setValue("export/folder", str(Path(path).parent))
        return campaign_id, Path(path)

    def export_workbook(self) -> None:
        chosen = self._choose_output(self.tr("Export workbook"), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.start_export(*chosen)

    def export_calendar(self) -> None:
        chosen = self._choose_output(self.tr("Export calendar"), ".ics", self.tr("iCalendar file (*.ics)"))
        if chosen:
            self.write_calendar(*chosen)

    def write_calendar(self, campaign_id: int, path: Path) -> Path | None:
        from flashdesk.workbook.ical import export_calendar

        try:
            written = export_calendar(self.context.store, campaign_id, path, self.context.role)
        except PermissionError as error:
            show_error(self, error, self.tr("Cannot write {path}: choose another file.").format(path=path))
            return None
        except Exception as error:  # noqa: BLE001 - said in a message box, never a traceback
            show_error(self, error)
            return None
        self.statusBar().showMessage(self.tr("Calendar written: {path}").format(path=written), 8000)
        return written

    def read_back_workbook(self, path: str | None = None) -> None:
        """Choose a workbook, show its diff, apply the ticked rows as one undo step."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from flashdesk.errors import UserError
        from flashdesk.gui.read_back_dialog import ReadBackDialog
        from flashdesk.workbook.readback import apply_read_back, read_back

        campaign_id = self.context.campaign_id
        if campaign_id is None:
            return
        if path is None:
            folder = str(self.context.settings.value("export/folder", str(Path.home())))
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Read back workbook"), folder,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        try:
            read = read_back(self.context.store, campaign_id, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Read back workbook"), str(error))
            return
        if not any(s.rows or s.unreadable or s.missing for s in read.sheets):
            QMessageBox.information(self, self.tr("Read back workbook"), self.tr(
                "The workbook matches the campaign: there is nothing to read back."))
            return
        dialog = self.read_back_dialog = ReadBackDialog(read, self)

        def apply() -> None:
            try:
                change = apply_read_back(self.context.store, read, dialog.chosen())
            except UserError as error:
                QMessageBox.warning(self, self.tr("Read back workbook"), str(error))
                return
            if change is not None:
                self.context.push(change, self.tr("Read back workbook"))

        dialog.accepted.connect(apply)
        dialog.open()

    def start_export(self, campaign_id: int, path: Path):
        from flashdesk.gui.workers import BackgroundTask

        # phone numbers in full only when the operator chose so in the Customers tab
        full_phones = self.context.settings.value("customers/full_phones", False, type=bool)

        def work(progress):
            from flashdesk.workbook.export import export_workbook

            return export_workbook(self.context.store, campaign_id, path, progress,
                                   full_phones=full_phones)

        def done(result, error) -> None:
            from flashdesk.workbook.export import ExportCancelled

            if isinstance(error, ExportCancelled):
                self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 5000)
            elif isinstance(error, PermissionError):
                show_error(self, error, self.tr("Cannot write {path}: choose another file.").format(path=path))
            elif error is not None:
                show_error(self, error)
            else:
                self.statusBar().showMessage(self.tr("Workbook written: {path}").format(path=result), 8000)

        return BackgroundTask(self, self.tr("Exporting workbook…"), work, done).start()

    def open_store(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from flashdesk.gui.connect_dialog import REOPEN_KEY

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a store"), str(self.context.store.path or Path.home()),
            self.tr("FlashDesk store (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path and self.switch_store(path):
            self.context.settings.remove(REOPEN_KEY)  # a file again: the next start opens that

    def connect_team_store(self) -> None:
        from PySide6.QtWidgets import QDialog

        from flashdesk.gui.connect_dialog import REOPEN_KEY, ConnectDialog

        dialog = ConnectDialog(self.context.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.switch_store(dialog.location):
            self.context.settings.setValue(REOPEN_KEY, self.context.store.location)

    def switch_store(self, location: str) -> bool:
        """Open another store; on failure say why and keep the current one."""
        from flashdesk.campaigns.sample import ensure_sample
        from flashdesk.store import open_store

        try:
            store = open_store(location)
            ensure_sample(store)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.context.replace_store(store)
        return True

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About FlashDesk"), self.tr(
            "<h3>FlashDesk {version}</h3><p>Plan, run and review flash-group launches: "
            "publicity, tasks, copy, posters, the group runbook and the review.</p>"
            "<p>Licence: MIT. Built with Qt for Python (PySide6, LGPLv3), SQLModel and "
            "SQLAlchemy (MIT), Alembic (MIT), openpyxl (MIT), matplotlib (PSF-style), qrcode "
            "(BSD), Pillow (MIT-CMU), zxing-cpp (Apache 2.0), platformdirs (MIT). Chinese text "
            "is set in Noto Sans CJK (SIL Open Font License 1.1).</p><p>Store: {store}</p>")
            .format(version=flashdesk.__version__, store=self.context.store.display_name))
