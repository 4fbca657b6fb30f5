"""The launch-day runbook page: every beat of every key node in one table (the current beat
highlighted) with each node's linked library copy, marking beats, adding and removing them,
and the door to run mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QPushButton, QVBoxLayout

from flashdesk.copies.links import linked_copies
from flashdesk.groups import runbook as rb
from flashdesk.groups import service
from flashdesk.groups.incentive_plan import by_node
from flashdesk.groups.tables import BEAT_KINDS, KeyNode, NodeBeat
from flashdesk.gui.groups.copy_links import pick_copy
from flashdesk.gui.groups.models import ChoiceDelegate, RunbookModel, copy_values, kind_label
from flashdesk.gui.groups.page import COPY_TABLES, NothingSelected, Page, button_row, table_view
from flashdesk.gui.groups.run_mode import RUNBOOK_TABLES, RunModeWindow, mark_beat
from flashdesk.gui.messages import confirm, show_error

# Shown on demand (the column titles' menu): on launch night the operator reads the node, its
# owner, when each beat is due, the text to send, its state and the node's red packets. With
# all ten columns the text to send had ~100 px at 1024×700 and the red packets were off the view.
OPTIONAL = {"node_time": RunbookModel.NODE_TIME, "kind": RunbookModel.KIND, "wait": RunbookModel.WAIT,
            "copy": RunbookModel.COPY, "owner": RunbookModel.OWNER, "incentives": RunbookModel.INCENTIVE}
HIDDEN_FIRST = ("node_time", "kind", "wait", "copy")
HIDDEN_KEY = "groups/runbookHiddenColumns"


class RunbookPage(Page):
    TABLES = RUNBOOK_TABLES | COPY_TABLES | {"incentive"}  # beats, linked copies, red packets

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.run_window: RunModeWindow | None = None
        self.runbook_model = RunbookModel(context, self)
        self.runbook_view = table_view(self.runbook_model, self, stretch=(RunbookModel.TEXT,))
        self.runbook_view.setItemDelegateForColumn(
            RunbookModel.KIND, ChoiceDelegate(BEAT_KINDS, kind_label, self.runbook_view))
        header = self.runbook_view.horizontalHeader()  # red packets wrap, one per line
        header.setSectionResizeMode(RunbookModel.INCENTIVE, QHeaderView.ResizeMode.Interactive)
        self.runbook_view.setColumnWidth(RunbookModel.INCENTIVE, 190)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().exec(header.mapToGlobal(pos)))
        header.setToolTip(self.tr("Right-click a column title to show or hide columns"))
        for key in self.hidden_columns():
            self.runbook_view.setColumnHidden(OPTIONAL[key], True)
        self.run_summary = QLabel(self)
        self.run_summary.setObjectName("runSummary")
        self.run_summary.setWordWrap(True)
        run = QPushButton(self.tr("Run mode…"), self)
        run.setObjectName("runModeButton")
        run.clicked.connect(self.open_run_mode)
        done = QPushButton(self.tr("Mark done"), self)
        done.clicked.connect(lambda: self.mark_selected("done"))
        skip = QPushButton(self.tr("Skip"), self)
        skip.clicked.connect(lambda: self.mark_selected("skipped"))
        pending = QPushButton(self.tr("Mark pending"), self)
        pending.clicked.connect(lambda: self.mark_selected("pending"))
        reset = QPushButton(self.tr("Reset runbook…"), self)
        reset.clicked.connect(self.reset_runbook)
        add = QPushButton(self.tr("Add beat"), self)
        add.setToolTip(self.tr("Insert a new line to send after the selected beat"))
        add.clicked.connect(self.add_beat)
        delete = QPushButton(self.tr("Delete beat"), self)
        delete.clicked.connect(self.delete_beat)
        copy = QPushButton(self.tr("Pick copy for node…"), self)
        copy.setToolTip(self.tr("Link a copy of the library to the selected beat's key node"))
        copy.clicked.connect(self.pick_node_copy)
        incentives = QPushButton(self.tr("Red packets…"), self)
        incentives.setObjectName("runbookIncentives")
        incentives.setToolTip(self.tr("Plan the red packets and draws of each key node and their budget"))
        incentives.clicked.connect(self.edit_incentives)
        self.runbook_view.doubleClicked.connect(
            lambda index: index.column() == RunbookModel.COPY and self.pick_node_copy()
            or index.column() == RunbookModel.INCENTIVE and self.edit_incentives())
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(run, done, skip, pending, reset, add, delete, copy, incentives))
        layout.addWidget(self.run_summary)
        layout.addWidget(self.runbook_view, 1)

    def hidden_columns(self) -> list[str]:
        value = self.context.settings.value(HIDDEN_KEY, None)
        if value is None:
            return list(HIDDEN_FIRST)
        keys = value if isinstance(value, list) else str(value).split(",")
        return [key for key in keys if key in OPTIONAL]

    def columns_menu(self) -> QMenu:
        """A check per optional column; the choice is kept for the next session."""
        menu = QMenu(self)
        for key, column in OPTIONAL.items():
            action = menu.addAction(self.runbook_model.headers[column])
            action.setCheckable(True)
            action.setChecked(not self.runbook_view.isColumnHidden(column))
            action.toggled.connect(lambda shown, key=key: self.show_column(key, shown))
        return menu

    def show_column(self, key: str, shown: bool) -> None:
        self.runbook_view.setColumnHidden(OPTIONAL[key], not shown)
        hidden = [k for k, column in OPTIONAL.items() if self.runbook_view.isColumnHidden(column)]
        self.context.settings.setValue(HIDDEN_KEY, ",".join(hidden))

    def refresh(self) -> None:
        picked = self.selected_line()
        book = rb.load_runbook(self.context.store, self.campaign_id)
        linked = linked_copies(self.context.store, (node.copy_id for node in book.nodes))
        self.runbook_model.set_runbook(book, linked, copy_values(self.context) if linked else {},
                                       by_node(self.context.store, self.campaign_id))
        if picked is not None and self.runbook_model.row_of(picked[1].id) >= 0:
            self.runbook_view.selectRow(self.runbook_model.row_of(picked[1].id))
        beat = book.current
        done, total = book.progress()
        if beat is None:
            self.run_summary.setText(self.tr("All {total} beats done.").format(total=total))
        else:
            self.run_summary.setText(self.tr("{done} of {total} beats done. Now: {node}, due {time}.")
                                     .format(done=done, total=total, node=book.node_of(beat).name,
                                             time=f"{beat.due:%H:%M}"))

    def edit_incentives(self) -> bool:
        from flashdesk.gui.incentives_dialog import edit_incentives

        return edit_incentives(self, self.context)

    def pick_node_copy(self) -> bool:
        """The library picker for the selected beat's key node (its stage preselected)."""
        line = self.selected_line()
        if line is None:
            show_error(self, NothingSelected(self.tr("Select a beat of the key node first.")))
            return False
        node = line[0]
        return pick_copy(self, KeyNode, node.id, node.key, node.copy_id, node.name)

    def selected_line(self):
        """(node, beat, first_of_node) of the selected row, or None."""
        rows = self.runbook_view.selectionModel().selectedRows()
        return self.runbook_model.lines[rows[0].row()] if rows else None

    def mark_selected(self, state: str) -> None:
        picked = self.selected_line()
        book = self.runbook_model.book
        beat = picked[1] if picked else book.current if book else None
        if beat is None:
            return
        label = {"done": self.tr("Beat done"), "skipped": self.tr("Beat skipped"),
                 "pending": self.tr("Beat pending again")}[state]
        mark_beat(self.context, self, beat.id, state, self.clock(), label)

    def add_beat(self) -> int | None:
        """A new beat after the selected one (or after the current beat)."""
        picked = self.selected_line()
        book = self.runbook_model.book
        if picked is None and (book is None or book.current is None):
            show_error(self, NothingSelected(self.tr("Select the beat the new one should follow.")))
            return None
        node_id, after = (picked[0].id, picked[1].id) if picked else (book.current.node_id, book.current.id)
        store = self.context.store
        return self.add(self.tr("Add beat"),
                        lambda: rb.add_beat(store, node_id, after, text=self.tr("New line to send")))

    def delete_beat(self) -> None:
        picked = self.selected_line()
        if picked is None:
            return
        store, beat_id = self.context.store, picked[1].id
        self.push(self.tr("Delete beat"), lambda: service.set_deleted(store, NodeBeat, beat_id, True))

    def reset_runbook(self) -> None:
        if not confirm(self, self.tr("Reset runbook"),
                       self.tr("Set every beat back to pending? (Undo brings the progress back.)")):
            return
        store, cid = self.context.store, self.campaign_id
        self.push(self.tr("Reset runbook"), lambda: rb.reset_runbook(store, cid))

    def open_run_mode(self) -> RunModeWindow | None:
        if self.campaign_id is None:
            return None
        if self.run_window is not None and self.run_window.campaign_id != self.campaign_id:
            self.run_window.close()
            self.run_window.deleteLater()
            self.run_window = None
        if self.run_window is None:
            self.run_window = RunModeWindow(self.context, self.campaign_id, self.clock, self)
        self.run_window.show()
        self.run_window.raise_()
        self.run_window.activateWindow()
        return self.run_window
