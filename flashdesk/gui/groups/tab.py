"""The Group SOP tab: pages for the groups behind the live code (with warnings and each
group's set-up checklist), the launch-day runbook, the daily timetable with the weekly
rhythm, the set-up SOP and the crisis plans. Widgets show and edit; the services decide."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from flashdesk.errors import UserError
from flashdesk.groups import runbook as rb
from flashdesk.groups import service
from flashdesk.groups.checks import group_warnings
from flashdesk.groups.qr import decode_group_qr
from flashdesk.gui.context import AppContext
from flashdesk.gui.groups.models import (ChoiceDelegate, Column, RowsModel, RunbookModel, edit_row,
                                         kind_label)
from flashdesk.gui.groups.quota import QuotaBox
from flashdesk.gui.groups.run_mode import RunModeWindow, mark_beat
from flashdesk.gui.messages import confirm, show_error
from flashdesk.gui.undo import push_edit
from flashdesk.store.tables import (ChatGroup, CrisisPlan, GroupSetupItem, NodeBeat, SetupSopItem,
                                    TimetableSlot, WeeklyRhythm)
from flashdesk.store.tables.groups import BEAT_KINDS, GROUP_STATES


def _view(model, parent, stretch: tuple[int, ...] = ()) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class GroupsTab(QWidget):
    def __init__(self, context: AppContext, parent=None, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.context = context
        self.clock = clock or datetime.now
        self.run_window: RunModeWindow | None = None
        self.setWindowTitle(self.tr("Group SOP"))
        self.empty = QLabel(self.tr("No campaign selected. Pick one on the left to run its groups."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("groupPages")
        self._models: list[RowsModel] = []
        self.pages.addTab(self._groups_page(), self.tr("Groups && live code"))
        self.pages.addTab(self._runbook_page(), self.tr("Launch-day runbook"))
        self.pages.addTab(self._timetable_page(), self.tr("Daily timetable"))
        self.pages.addTab(self._sop_page(), self.tr("Set-up SOP"))
        self.pages.addTab(self._crisis_page(), self.tr("Crisis plans"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.pages)
        context.campaignSelected.connect(lambda _id: self.refresh())
        context.dataChanged.connect(lambda area: self.refresh() if area in ("groups", "campaigns") else None)
        context.storeChanged.connect(self.refresh)
        # warnings depend on the clock (a QR expiring within 24 h): look again every minute
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.refresh_warnings)
        self.minute.start()
        self.refresh()

    # --- helpers --------------------------------------------------------------------------
    @property
    def campaign_id(self) -> int | None:
        return self.context.campaign_id

    def _rows(self, table) -> Callable[[], list]:
        return lambda: service.rows(self.context.store, table, self.campaign_id) if self.campaign_id else []

    def _values(self) -> dict:
        return service.text_values(self.context.store, self.campaign_id) if self.campaign_id else {}

    def _model(self, table, columns, load=None, **kwargs) -> RowsModel:
        model = RowsModel(self.context, table, columns, load or self._rows(table), self._values,
                          error_parent=self, **kwargs)
        self._models.append(model)
        return model

    def _selected(self, view: QTableView):
        rows = view.selectionModel().selectedRows()
        return view.model().row_at(rows[0].row()) if rows else None

    # --- pages ----------------------------------------------------------------------------
    def _groups_page(self) -> QWidget:
        page = QWidget(self)
        self.live_code = QLineEdit(page)
        self.live_code.setObjectName("liveCode")
        self.live_code.setPlaceholderText(self.tr("https://… the live code your posters carry"))
        self.live_code.editingFinished.connect(self._live_code_edited)
        self.quota_box = QuotaBox(self.context, page)
        self.warnings = QLabel(page)
        self.warnings.setObjectName("problems")
        self.warnings.setWordWrap(True)
        self.warnings_ok = set()
        self.group_model = self._model(ChatGroup, [
            Column("name", self.tr("Group")), Column("qr_payload", self.tr("QR payload")),
            Column("capacity", self.tr("Capacity"), "int"), Column("members", self.tr("Members"), "int"),
            Column("created_on", self.tr("QR created"), "datetime"),
            Column("expires_at", self.tr("QR expires"), "datetime"),
            Column("state", self.tr("State"), "state")], highlight=self._group_warned)
        self.group_view = _view(self.group_model, page, stretch=(1,))
        self.group_view.setItemDelegateForColumn(6, ChoiceDelegate(GROUP_STATES, parent=self.group_view))
        self.group_view.selectionModel().selectionChanged.connect(lambda *_: self._show_checklist())
        add = QPushButton(self.tr("Add group"), page)
        add.clicked.connect(self.add_group)
        read = QPushButton(self.tr("Read QR from screenshot…"), page)
        read.clicked.connect(self._read_qr_clicked)
        paste = QPushButton(self.tr("Paste QR screenshot"), page)
        paste.setToolTip(self.tr("Read the group QR from a screenshot you copied to the clipboard"))
        paste.clicked.connect(self.paste_qr)
        up = QPushButton(self.tr("Move up"), page)
        up.clicked.connect(lambda: self.move_group(-1))
        down = QPushButton(self.tr("Move down"), page)
        down.clicked.connect(lambda: self.move_group(1))
        delete = QPushButton(self.tr("Delete group"), page)
        delete.clicked.connect(self.delete_group)
        self.checklist_title = QLabel(page)
        self.checklist_title.setObjectName("sectionTitle")
        self.checklist_model = self._model(GroupSetupItem, [
            Column("done", self.tr("Done"), "check"), Column("title", self.tr("Item")),
            Column("text", self.tr("Text"), "filled")], load=self._checklist_rows)
        self.checklist_view = _view(self.checklist_model, page, stretch=(2,))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Live code:"), page))
        top.addWidget(self.live_code, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.quota_box)
        layout.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        upper = QWidget(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(_buttons(add, read, paste, up, down, delete))
        upper_layout.addWidget(self.group_view)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.checklist_title)
        lower_layout.addWidget(self.checklist_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return page

    def _runbook_page(self) -> QWidget:
        page = QWidget(self)
        self.runbook_model = RunbookModel(self.context, self)
        self.runbook_view = _view(self.runbook_model, page, stretch=(RunbookModel.TEXT,))
        self.runbook_view.setItemDelegateForColumn(
            RunbookModel.KIND, ChoiceDelegate(BEAT_KINDS, kind_label, self.runbook_view))
        self.run_summary = QLabel(page)
        self.run_summary.setObjectName("runSummary")
        self.run_summary.setWordWrap(True)
        run = QPushButton(self.tr("Run mode…"), page)
        run.setObjectName("runModeButton")
        run.clicked.connect(self.open_run_mode)
        done = QPushButton(self.tr("Mark done"), page)
        done.clicked.connect(lambda: self._mark_selected("done"))
        skip = QPushButton(self.tr("Skip"), page)
        skip.clicked.connect(lambda: self._mark_selected("skipped"))
        pending = QPushButton(self.tr("Mark pending"), page)
        pending.clicked.connect(lambda: self._mark_selected("pending"))
        reset = QPushButton(self.tr("Reset runbook…"), page)
        reset.clicked.connect(self.reset_runbook)
        add = QPushButton(self.tr("Add beat"), page)
        add.setToolTip(self.tr("Insert a new line to send after the selected beat"))
        add.clicked.connect(self.add_beat)
        delete = QPushButton(self.tr("Delete beat"), page)
        delete.clicked.connect(self.delete_beat)
        layout = QVBoxLayout(page)
        layout.addLayout(_buttons(run, done, skip, pending, reset, add, delete))
        layout.addWidget(self.run_summary)
        layout.addWidget(self.runbook_view, 1)
        return page

    def _timetable_page(self) -> QWidget:
        page = QWidget(self)
        self.slot_model = self._model(TimetableSlot, [
            Column("start", self.tr("Start")), Column("end", self.tr("End")),
            Column("content", self.tr("Content")), Column("interaction", self.tr("Interaction")),
            Column("purpose", self.tr("Purpose")), Column("source", self.tr("Source"))],
            highlight=self._slot_overlaps)
        self.slot_view = _view(self.slot_model, page, stretch=(2, 4))
        self.overlaps = QLabel(page)
        self.overlaps.setObjectName("problems")
        self.overlaps.setWordWrap(True)
        add = QPushButton(self.tr("Add slot"), page)
        add.clicked.connect(self.add_slot)
        delete = QPushButton(self.tr("Delete slot"), page)
        delete.clicked.connect(lambda: self._delete(self.slot_view, TimetableSlot, self.tr("Delete slot")))
        self.weekly_model = self._model(WeeklyRhythm, [
            Column("day", self.tr("Day")), Column("time", self.tr("Time")),
            Column("activity", self.tr("Activity")), Column("purpose", self.tr("Purpose"))])
        self.weekly_view = _view(self.weekly_model, page, stretch=(2, 3))
        weekly_title = QLabel(self.tr("Weekly rhythm"), page)
        weekly_title.setObjectName("sectionTitle")
        add_weekly = QPushButton(self.tr("Add weekly item"), page)
        add_weekly.clicked.connect(self.add_weekly)
        delete_weekly = QPushButton(self.tr("Delete weekly item"), page)
        delete_weekly.clicked.connect(lambda: self._delete(self.weekly_view, WeeklyRhythm,
                                                           self.tr("Delete weekly item")))
        layout = QVBoxLayout(page)
        layout.addLayout(_buttons(add, delete))
        layout.addWidget(self.overlaps)
        layout.addWidget(self.slot_view, 3)
        layout.addWidget(weekly_title)
        layout.addLayout(_buttons(add_weekly, delete_weekly))
        layout.addWidget(self.weekly_view, 1)
        return page

    def _sop_page(self) -> QWidget:
        page = QWidget(self)
        self.sop_model = self._model(SetupSopItem, [
            Column("topic", self.tr("Topic")), Column("content", self.tr("Content"), "filled")])
        self.sop_view = _view(self.sop_model, page, stretch=(1,))
        add = QPushButton(self.tr("Add topic"), page)
        add.clicked.connect(self.add_sop_item)
        delete = QPushButton(self.tr("Delete topic"), page)
        delete.clicked.connect(lambda: self._delete(self.sop_view, SetupSopItem, self.tr("Delete topic")))
        layout = QVBoxLayout(page)
        layout.addLayout(_buttons(add, delete))
        layout.addWidget(self.sop_view)
        return page

    def _crisis_page(self) -> QWidget:
        page = QWidget(self)
        self.crisis_model = self._model(CrisisPlan, [
            Column("risk", self.tr("Risk")), Column("response", self.tr("Response")),
            Column("owner", self.tr("Owner"))])
        self.crisis_view = _view(self.crisis_model, page, stretch=(1,))
        add = QPushButton(self.tr("Add plan"), page)
        add.clicked.connect(self.add_crisis_plan)
        delete = QPushButton(self.tr("Delete plan"), page)
        delete.clicked.connect(lambda: self._delete(self.crisis_view, CrisisPlan, self.tr("Delete crisis plan")))
        layout = QVBoxLayout(page)
        layout.addLayout(_buttons(add, delete))
        layout.addWidget(self.crisis_view)
        return page

    # --- refresh --------------------------------------------------------------------------
    def refresh(self) -> None:
        has = self.campaign_id is not None and self.context.store is not None
        if has:
            try:
                service.text_values(self.context.store, self.campaign_id)
            except Exception:  # a deleted campaign still selected
                has = False
        self.empty.setVisible(not has)
        self.pages.setVisible(has)
        if not has:
            return
        store, cid = self.context.store, self.campaign_id
        selected = self._selected(self.group_view)
        self.live_code.setText(service.live_code(store, cid))
        self.quota_box.show_campaign(cid)
        self.refresh_warnings(reload=False)
        slots = service.rows(store, TimetableSlot, cid)
        pairs = service.overlapping_slots(slots)
        self.overlapping = {s.id for pair in pairs for s in pair}
        self.overlaps.setText("\n".join(self.tr("⚠ {a} and {b} overlap: two things at once in the group.")
                                        .format(a=f"{a.start}–{a.end}", b=f"{b.start}–{b.end}")
                                        for a, b in pairs))
        self.overlaps.setVisible(bool(pairs))
        for model in self._models:
            if model is not self.checklist_model:
                model.reload()
        row = 0
        if selected is not None:
            row = next((i for i, g in enumerate(self.group_model.rows) if g.id == selected.id), 0)
        if self.group_model.rows:
            self.group_view.selectRow(row)
        self._show_checklist()
        self._refresh_runbook()

    def refresh_warnings(self, reload: bool = True) -> None:
        if self.campaign_id is None or not self.pages.isVisibleTo(self):
            return
        found = group_warnings(self.context.store, self.campaign_id, self.clock())
        self.warned_groups = {w.group_id for w in found}
        self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
        self.warnings.setVisible(bool(found))
        if reload:
            self.group_model.layoutChanged.emit()  # repaint the highlighted rows
            self._refresh_runbook()

    def _group_warned(self, group) -> bool:
        return group.id in getattr(self, "warned_groups", set())

    def _slot_overlaps(self, slot) -> bool:
        return slot.id in getattr(self, "overlapping", set())

    def _checklist_rows(self) -> list:
        group = self._selected(self.group_view)
        return service.setup_checklist(self.context.store, group.id) if group else []

    def _show_checklist(self) -> None:
        group = self._selected(self.group_view)
        self.checklist_title.setText(self.tr("Set-up checklist — {name}").format(name=group.name)
                                     if group else self.tr("Set-up checklist"))
        self.checklist_model.reload()

    def _refresh_runbook(self) -> None:
        picked = self._selected_beat()
        book = rb.load_runbook(self.context.store, self.campaign_id)
        self.runbook_model.set_runbook(book)
        if picked is not None and self.runbook_model.row_of(picked[1].id) >= 0:
            self.runbook_view.selectRow(self.runbook_model.row_of(picked[1].id))
        beat = book.current
        done, total = book.progress()
        if beat is None:
            self.run_summary.setText(self.tr("All {total} beats done.").format(total=total))
        else:
            node = book.node_of(beat)
            self.run_summary.setText(self.tr("{done} of {total} beats done. Now: {node}, due {time}.")
                                     .format(done=done, total=total, node=node.name,
                                             time=f"{beat.due:%H:%M}"))

    # --- actions --------------------------------------------------------------------------
    def _live_code_edited(self) -> None:
        url = self.live_code.text().strip()
        store, cid = self.context.store, self.campaign_id
        if cid is None or url == service.live_code(store, cid):
            return
        old: list[str] = []
        try:
            push_edit(self.context, self.tr("Set live code"),
                      lambda: old.append(service.set_live_code(store, cid, url)),
                      lambda: service.set_live_code(store, cid, old[0]), area="groups")
        except Exception as exc:
            show_error(self, exc)
            self.live_code.setText(service.live_code(store, cid))

    def add_group(self) -> int | None:
        store, cid = self.context.store, self.campaign_id
        made: list[int] = []

        def redo():
            if made:
                service.set_deleted(store, ChatGroup, made[0], False)
            else:
                made.append(service.add_group(store, cid, now=self.clock()))

        try:
            push_edit(self.context, self.tr("Add group"), redo,
                      lambda: service.set_deleted(store, ChatGroup, made[0], True), area="groups")
        except Exception as exc:
            show_error(self, exc)
            return None
        return made[0]

    def delete_group(self) -> None:
        self._delete(self.group_view, ChatGroup, self.tr("Delete group"))

    def _delete(self, view: QTableView, table, text: str) -> None:
        row = self._selected(view)
        if row is None:
            return
        store = self.context.store
        try:
            push_edit(self.context, text, lambda: service.set_deleted(store, table, row.id, True),
                      lambda: service.set_deleted(store, table, row.id, False), area="groups")
        except Exception as exc:
            show_error(self, exc)

    def move_group(self, step: int) -> None:
        group = self._selected(self.group_view)
        if group is None:
            return
        index = next(i for i, g in enumerate(self.group_model.rows) if g.id == group.id)
        if not 0 <= index + step < len(self.group_model.rows):
            return
        store = self.context.store
        try:
            push_edit(self.context, self.tr("Move group"), lambda: service.move_group(store, group.id, step),
                      lambda: service.move_group(store, group.id, -step), area="groups")
        except Exception as exc:
            show_error(self, exc)

    def _read_qr_clicked(self) -> None:
        group = self._selected(self.group_view)
        if group is None:
            show_error(self, _NoGroup(self.tr("Select the group whose QR code you are reading.")))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Screenshot of the group QR code"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if path:
            self.read_qr(group.id, path)

    def paste_qr(self) -> bool:
        """Read the selected group's QR from an image on the clipboard (a fresh screenshot)."""
        group = self._selected(self.group_view)
        image = QGuiApplication.clipboard().image()
        if group is None or image.isNull():
            show_error(self, _NoGroup(self.tr("Select a group and copy a screenshot of its QR code "
                                              "first.") if image.isNull() else
                                      self.tr("Select the group whose QR code you are reading.")))
            return False
        with tempfile.TemporaryDirectory(prefix="flashdesk-qr-") as folder:
            path = str(Path(folder) / "clipboard.png")
            image.save(path, "PNG")
            return self.read_qr(group.id, path)

    def read_qr(self, group_id: int, path: str) -> bool:
        try:
            payload = decode_group_qr(path)
        except Exception as exc:
            show_error(self, exc)
            return False
        # a screenshot shows a QR just made: its 7-day validity starts now
        return edit_row(self.context, self, self.tr("Read group QR"), ChatGroup, group_id,
                        **service.new_qr_fields(payload, self.clock()))

    def add_slot(self) -> None:
        store, cid = self.context.store, self.campaign_id
        slots = service.rows(store, TimetableSlot, cid)
        start = max((s.end for s in slots), default="20:00")
        hour, minute = map(int, start.split(":"))
        end = f"{min(hour + 1, 23):02d}:{minute:02d}" if hour < 23 else "23:59"
        if end <= start:
            start, end = "21:00", "21:30"
        self._add(self.tr("Add slot"), TimetableSlot,
                  lambda: service.add_slot(store, cid, start, end, self.tr("New slot")))

    def add_crisis_plan(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self._add(self.tr("Add crisis plan"), CrisisPlan,
                  lambda: service.add_crisis_plan(store, cid, self.tr("New risk")))

    def add_weekly(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self._add(self.tr("Add weekly item"), WeeklyRhythm,
                  lambda: service.add_weekly(store, cid, self.tr("Every day"), "20:00", self.tr("New activity")))

    def add_sop_item(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self._add(self.tr("Add topic"), SetupSopItem, lambda: service.add_sop_item(store, cid, self.tr("New topic")))

    def _add(self, text: str, table, make) -> None:
        store = self.context.store
        made: list[int] = []

        def redo():
            if made:
                service.set_deleted(store, table, made[0], False)
            else:
                made.append(make())

        try:
            push_edit(self.context, text, redo, lambda: service.set_deleted(store, table, made[0], True),
                      area="groups")
        except Exception as exc:
            show_error(self, exc)

    def _mark_selected(self, state: str) -> None:
        rows = self.runbook_view.selectionModel().selectedRows()
        beat = self.runbook_model.beat_at(rows[0].row()) if rows else self.runbook_model.book.current
        if beat is None:
            return
        label = {"done": self.tr("Beat done"), "skipped": self.tr("Beat skipped"),
                 "pending": self.tr("Beat pending again")}[state]
        mark_beat(self.context, self, beat.id, state, self.clock(), label)

    def _selected_beat(self):
        rows = self.runbook_view.selectionModel().selectedRows()
        return self.runbook_model.lines[rows[0].row()] if rows else None

    def add_beat(self) -> int | None:
        """A new beat after the selected one (or at the end of the current beat's node)."""
        picked = self._selected_beat()
        book = self.runbook_model.book
        if picked is None and (book is None or book.current is None):
            show_error(self, _NoGroup(self.tr("Select the beat the new one should follow.")))
            return None
        node_id, after = (picked[0].id, picked[1].id) if picked else (book.current.node_id, book.current.id)
        store = self.context.store
        made: list[int] = []

        def redo():
            if made:
                service.set_deleted(store, NodeBeat, made[0], False)
            else:
                made.append(rb.add_beat(store, node_id, after, text=self.tr("New line to send")))

        try:
            push_edit(self.context, self.tr("Add beat"), redo,
                      lambda: service.set_deleted(store, NodeBeat, made[0], True), area="groups")
        except Exception as exc:
            show_error(self, exc)
            return None
        return made[0]

    def delete_beat(self) -> None:
        picked = self._selected_beat()
        if picked is None:
            return
        store, beat_id = self.context.store, picked[1].id
        try:
            push_edit(self.context, self.tr("Delete beat"),
                      lambda: service.set_deleted(store, NodeBeat, beat_id, True),
                      lambda: service.set_deleted(store, NodeBeat, beat_id, False), area="groups")
        except Exception as exc:
            show_error(self, exc)

    def reset_runbook(self) -> None:
        if not confirm(self, self.tr("Reset runbook"),
                       self.tr("Set every beat back to pending? (Undo brings the progress back.)")):
            return
        store, cid = self.context.store, self.campaign_id
        old: list = []

        def undo():
            for beat_id, state, finished_at in old[0]:
                rb.restore_beat(store, beat_id, state, finished_at)

        push_edit(self.context, self.tr("Reset runbook"),
                  lambda: old.append(rb.reset_runbook(store, cid)), undo, area="groups")

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


class _NoGroup(UserError):
    """Nothing selected to act on."""
