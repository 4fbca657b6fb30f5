"""Team mode in the window: others' changes arrive by themselves, a conflicting edit asks
the operator, the store's reachability and read-only state show in the status bar, each row of
the main tables tells who changed it last, and the activity log lists who did what.

- `TeamSync` polls the store a few times a second (store/team.py: a cheap check when nobody
  wrote) and publishes each other operator's Change through `context.publish`, the door local
  Changes, undo and redo use: the views redraw exactly the rows it touched (gui/follow.py).
  A failing poll means the store is gone: the banner says so and the sync keeps retrying (or
  the operator presses Reconnect now); nothing the operator typed is thrown away.
- `ask` is the store's resolver: "<name> changed this at 14:02" — Reload / Keep mine (for an
  undo or redo: Keep theirs / Undo anyway)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext

if TYPE_CHECKING:
    from flashdesk.store.team import Conflict

NAME_KEY = "team/name"
DETAIL_ROWS = 200  # an import's thousands of rows: the first ones tell what it was


def _when(moment) -> str:
    from flashdesk.store.team import when

    return when(moment)


class TeamSync(QObject):
    """Brings the other operators' Changes into this window and watches the connection."""

    # reachable?, the reason when not
    statusChanged = Signal(bool, str)
    INTERVAL_MS = 300
    RETRY_MS = 2000

    def __init__(self, context: AppContext, parent: QWidget):
        super().__init__(parent)
        self.context, self.window = context, parent
        self.reachable = True
        self.reason = ""
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        context.storeChanged.connect(self.attach)

    def attach(self) -> None:
        """Take the store on: who this operator is, how conflicts are asked, what is seen."""
        store = self.context.store
        if store is None:
            self.timer.stop()
            return
        team = store.team
        name = str(self.context.settings.value(NAME_KEY, "") or "")
        if name:
            team.name = name
        team.resolve = self.ask
        try:
            team.start()
        except Exception as exc:  # noqa: BLE001 - the store gone at once: the banner says so
            self._gone(exc)
        self.timer.start()

    def set_name(self, name: str) -> None:
        self.context.settings.setValue(NAME_KEY, name)
        if self.context.store is not None:
            from flashdesk.store.team import default_name

            self.context.store.team.name = name or default_name(self.context.store)

    def poll(self) -> int:
        """Publish what others committed since the last look; returns how many Changes."""
        store = self.context.store
        if store is None:
            return 0
        try:
            changes = store.team.poll()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the store: the banner
            self._gone(exc)
            return 0
        if not self.reachable:
            self.reachable, self.reason = True, ""
            self.timer.setInterval(self.INTERVAL_MS)
            self.statusChanged.emit(True, "")
            self.context.reachable.emit(True)
        for change in changes:
            self.context.publish(change)
        return len(changes)

    def _gone(self, exc: BaseException) -> None:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        self.reason = reason[0] if reason else type(exc).__name__
        self.timer.setInterval(self.RETRY_MS)
        if self.reachable:
            self.reachable = False
            self.statusChanged.emit(False, self.reason)
            self.context.reachable.emit(False)

    def ask(self, conflict: Conflict) -> bool:
        """The operator's choice: True writes this edit (or undo) over theirs."""
        box = QMessageBox(QApplication.activeWindow() or self.window)
        box.setObjectName("conflictBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        when = _when(conflict.at)
        if conflict.undo is None:
            box.setText(self.tr("{name} changed this at {time}, after you loaded it.").format(
                name=conflict.by, time=when))
            box.setInformativeText(self.tr(
                "Reload shows their change and drops your edit. Keep mine writes your edit over "
                "theirs."))
            drop, keep = self.tr("Reload"), self.tr("Keep mine")
        else:
            box.setText(self.tr("{name} changed this at {time}, after your edit.").format(
                name=conflict.by, time=when))
            box.setInformativeText(self.tr(
                "Keep theirs leaves their change and takes this step off your undo list. "
                "{action} anyway puts your version back over theirs.").format(
                    action=self.tr("Undo") if conflict.undo else self.tr("Redo")))
            drop = self.tr("Keep theirs")
            keep = self.tr("Undo anyway") if conflict.undo else self.tr("Redo anyway")
        drop_button = box.addButton(drop, QMessageBox.ButtonRole.RejectRole)
        drop_button.setObjectName("dropMine")
        keep_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
        keep_button.setObjectName("keepMine")
        box.setDefaultButton(drop_button)
        box.exec()
        kept = box.clickedButton() is keep_button
        if not kept:
            QTimer.singleShot(0, self.poll)  # bring their change in now
        return kept


class TeamBanner(QWidget):
    """The status bar's word on the store: gone (with Reconnect now) or read-only."""

    def __init__(self, sync: TeamSync, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("teamBanner")
        self.sync = sync
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(self)
        self.label.setObjectName("teamBannerText")
        self.label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.retry = QPushButton(self.tr("Reconnect now"), self)
        self.retry.setObjectName("reconnectButton")
        self.retry.clicked.connect(sync.poll)
        self.read_only = QLabel(self.tr("Read-only: you can look and export, not change"), self)
        self.read_only.setObjectName("readOnlyLabel")
        self.read_only.setStyleSheet("color: #8a5a00; font-weight: 600;")
        layout.addWidget(self.label)
        layout.addWidget(self.retry)
        layout.addWidget(self.read_only)
        sync.statusChanged.connect(self.show_status)
        self.show_status(sync.reachable, sync.reason)
        self.show_read_only(False)

    def show_status(self, reachable: bool, reason: str) -> None:
        self.label.setText(self.tr("The store cannot be reached — retrying; unsaved edits are kept"))
        self.label.setToolTip(reason)
        self.label.setVisible(not reachable)
        self.retry.setVisible(not reachable)

    def show_read_only(self, read_only: bool) -> None:
        self.read_only.setVisible(read_only)


# --- who changed a row last --------------------------------------------------------------------
def _ids_at(index) -> tuple[str, list] | None:
    """The table and ids of the rows shown at a cell of the tasks, copies, channels or posts
    views (looked up among the tab modules already loaded: a tooltip imports no tab)."""
    tasks = sys.modules.get("flashdesk.gui.tasks.models")
    channels = sys.modules.get("flashdesk.gui.channels.models")
    copies = sys.modules.get("flashdesk.gui.copies.models")
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index, model = model.mapToSource(index), model.sourceModel()
    if tasks and isinstance(model, tasks.TaskTableModel):
        return "task", [model.task_at(index.row()).id]
    if channels and isinstance(model, channels.MatrixModel):
        return "channel", [model.channel_at(index.row()).id]
    copy_id = index.data(copies.CopyIdRole) if copies else None
    if isinstance(copy_id, int):
        return "copy", [copy_id]
    posts = index.data(channels.POSTS_ROLE) if channels else None
    if isinstance(posts, list) and posts:
        return "post", [post.id for post in posts if getattr(post, "id", None) is not None]
    return None


class WhoTips(QObject):
    """Adds "Last changed by Ben at 14:02" to the tooltips of a view's rows."""

    def __init__(self, view: QAbstractItemView, context: AppContext):
        super().__init__(view)
        self.view, self.context = view, context
        view.viewport().installEventFilter(self)

    def text(self, index) -> str:
        found = _ids_at(index)
        if not found or self.context.store is None:
            return ""
        table, ids = found
        try:
            stamps = self.context.store.team.stamps_of(table, ids)
        except Exception:  # noqa: BLE001 - the store gone: no tip, the banner says why
            return ""
        lines = [self.tr("Last changed by {name} at {time}").format(name=s.by, time=_when(s.at))
                 for s in sorted(stamps.values(), key=lambda s: -s.seq)]
        return "\n".join(lines)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.view.indexAt(event.pos())
            who = self.text(index) if index.isValid() else ""
            if who:
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                QToolTip.showText(event.globalPos(), f"{tip}\n{who}" if tip else who, self.view)
                return True
        return False


def follow_rows(root: QWidget, context: AppContext) -> None:
    """Give every item view under `root` showing tasks, copies or posts its who-tips (once)."""
    for view in root.findChildren(QAbstractItemView):
        if view.property("whoTips") or view.model() is None:
            continue
        view.setProperty("whoTips", True)
        WhoTips(view, context)


# --- read-only -------------------------------------------------------------------------------
def lock(root: QWidget) -> None:
    """Make what is under `root` read-only: editors read-only, item views not editable, buttons
    that act disabled (toggles that only change the view, and buttons marked with the property
    viewOnly — look, export — stay usable). The store refuses any write anyway
    (store/team.py); this keeps the operator from trying."""
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragEnabled(False)
        view.setAcceptDrops(False)
    for editor in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit) + \
            root.findChildren(QTextEdit):
        if not isinstance(editor.parent(), QScrollBar):
            editor.setReadOnly(True)
    keeper = root.findChild(_KeepDisabled) or _KeepDisabled(root)
    for button in root.findChildren(QAbstractButton):
        if isinstance(button.parent(), (QTabBar, QScrollBar)) or button.isCheckable() \
                or button.property("viewOnly"):
            continue
        button.setEnabled(False)
        button.installEventFilter(keeper)


class _KeepDisabled(QObject):
    """Keeps a locked button disabled when its tab enables it again (on a selection)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        return False


# --- the activity log ----------------------------------------------------------------------
def _area_names() -> dict[str, str]:
    """table → the tab-bar label of the capability owning it (the operator's word for it)."""
    from flashdesk.capabilities import manifests
    from flashdesk.gui.tabs import tab_title

    return {table: tab_title(manifest) for manifest in manifests() if manifest.tab
            for table in manifest.owns}


class _RowsItem(QTableWidgetItem):
    """An action's "Rows" cell; its tooltip (a line per row, up to 40) is worded when asked
    for, on hover, not for each of up to 500 actions at every reload."""

    def __init__(self, text: str, rows: list, log: ActivityDialog):
        super().__init__(text)
        self.rows, self.log = rows, log

    def data(self, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.log.row_line(r) for r in self.rows[:40])
        return super().data(role)


class ActivityDialog(QDialog):
    """Who changed what, when: the campaign's actions, newest first; follows new ones."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.context = context
        self.setWindowTitle(self.tr("Activity log"))
        self.resize(760, 560)
        self.every = QCheckBox(self.tr("All campaigns"), self)
        self.every.toggled.connect(self.reload)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Rows")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # What and Rows share the width and wrap: the rows a whole import touched ("Overview ×7,
        # Group SOP ×90, Posters…") were cut at a fixed 240 px
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.areas = _area_names()
        from flashdesk.gui.labels import Vocabulary  # the labels load with the log, not at start

        self.words = Vocabulary()
        self.entries: list[dict] = []
        self.stale = False  # edits were made while it was hidden
        # the selected action's rows, each update with its values before and after
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("activityDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an action to see what it changed."))
        self.table.itemSelectionChanged.connect(self.show_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.every)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        layout.addWidget(buttons)
        # slots of the dialog itself, not lambdas: a language switch deletes it, and the
        # context would go on calling a lambda into the deleted widgets
        context.changed.connect(self.follow)
        context.campaignSelected.connect(self.follow)
        self.reload()

    def follow(self, _what) -> None:
        # a closed log stays alive (the window keeps it): it catches up when shown again
        # instead of re-reading up to 500 actions on every edit made meanwhile
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        store = self.context.store
        if store is None:
            return
        self.stale = False
        campaign = None if self.every.isChecked() else self.context.campaign_id
        try:
            entries = store.team.log(campaign)
        except Exception:  # noqa: BLE001 - the store gone: keep what is shown (banner says why)
            return
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            who = entry["by"] + (self.tr(" (you)") if entry["mine"] else "")
            values = [self.words.moment(entry["at"]), who, entry["label"] or self.what(entry),
                      self.rows_text(entry["rows"])]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value) if column != 3 else _RowsItem(value, entry["rows"], self)
                self.table.setItem(row, column, item)
        self.show_details()

    def show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            self.details.clear()
            return
        entry = self.entries[rows[0].row()]
        lines = [self.row_line(r) for r in entry["rows"][:DETAIL_ROWS]]
        if len(entry["rows"]) > DETAIL_ROWS:
            lines.append(self.tr("… and %n more rows", "", len(entry["rows"]) - DETAIL_ROWS))
        self.details.setPlainText("\n".join(lines))

    def what(self, entry: dict) -> str:
        kinds = {kind for _t, _k, kind, _c in entry["rows"]}
        if kinds == {"i"}:
            return self.tr("Added")
        if kinds == {"d"}:
            return self.tr("Deleted")
        return self.tr("Edited")

    def rows_text(self, rows: list) -> str:
        """How many rows of each area (the tab that shows them): "Tasks ×3, Channels ×1"."""
        counts: dict[str, int] = {}
        for table, _key, _kind, _cols in rows:
            area = self.areas.get(table, table)
            counts[area] = counts.get(area, 0) + 1
        return ", ".join(f"{area} ×{n}" for area, n in counts.items())

    def row_line(self, row) -> str:
        """"Task 12 changed — Status: To do → Done" in the operator's words (a table or column
        nobody labelled by its database name); the bookkeeping columns are left out (every
        edit moves the time of the change). Older log entries name the columns without values."""
        table, key, kind, changes = row
        kind_row = self.words.row(table)
        if kind_row is None:  # an area owns several tables (Overview: campaign, offer…)
            kind_row = f"{self.areas[table]} · {table}" if table in self.areas else table
        if self.words.keyed(table):
            line = {"i": self.tr("{row} {key} added"), "d": self.tr("{row} {key} deleted")}.get(
                kind, self.tr("{row} {key} changed"))
        else:
            line = {"i": self.tr("{row} added"), "d": self.tr("{row} deleted")}.get(kind, self.tr("{row} changed"))
        line = line.format(row=kind_row, key=key[0] if len(key) == 1 else " / ".join(map(str, key)))
        shown = [self.change_text(table, change) for change in changes
                 if self.words.shown(table, change if isinstance(change, str) else change[0])]
        # a row's kind is lower case, as a link to the row reads ("copy 12"); a line starts capitalised
        line = line[:1].upper() + line[1:]
        return line + (" — " + self.tr("; ").join(shown) if shown else "")

    def change_text(self, table: str, change) -> str:
        if isinstance(change, str):
            return self.words.column(table, change)
        column, before, after = change
        name = self.words.column(table, column)
        if self.words.bare(table, column):
            return name
        return self.tr("{column}: {before} → {after}").format(
            column=name, before=self.value_text(table, column, before),
            after=self.value_text(table, column, after))

    def value_text(self, table: str, column: str, value) -> str:
        named = self.words.named(table, column, value)
        if named is not None:
            return named
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dict):  # a picture, logged by its size
            return self.tr("(%n bytes)", "", int(value.get("bytes", 0)))
        return self.words.formatted(table, column, value)
