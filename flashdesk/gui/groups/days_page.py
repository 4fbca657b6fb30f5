"""The group's days: the daily timetable's items of one group day (picked from launch day to
the close day), each done, skipped or pending, with who ticked it and when. Done / Skip /
Mark pending are one undo step each; the day shown follows the clock until another is picked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from flashdesk.agenda import playbook_roles
from flashdesk.groups.days import group_days
from flashdesk.groups.timetable import day_items, set_item_state
from flashdesk.gui.groups.models import push_change
from flashdesk.gui.groups.page import NothingSelected, Page, button_row, table_view
from flashdesk.gui.messages import show_error

STATE_COLOURS = {"done": QColor("#2e7d32"), "skipped": QColor("#9aa0a6")}


class DaysPage(Page):
    # the items and their slots; the campaign's days and the values the texts are filled with
    TABLES = frozenset({"timetable_item", "timetable_slot", "campaign", "group_campaign"})

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.items = []
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("groupDay")
        self.day_combo.currentIndexChanged.connect(lambda _i: self._load_day())
        self.table = QStandardItemModel(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Content"), self.tr("Owner"),
                                              self.tr("State"), self.tr("By"), self.tr("At")])
        self.view = table_view(self.table, self, stretch=(1,))
        self.view.setEditTriggers(self.view.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        done = QPushButton(self.tr("Mark done"), self)
        done.clicked.connect(lambda: self.mark_selected("done"))
        skip = QPushButton(self.tr("Skip"), self)
        skip.clicked.connect(lambda: self.mark_selected("skipped"))
        pending = QPushButton(self.tr("Mark pending"), self)
        pending.clicked.connect(lambda: self.mark_selected("pending"))
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Group day:"), self))
        pick.addWidget(self.day_combo)
        pick.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(button_row(done, skip, pending))
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        from flashdesk.campaigns.service import get_campaign

        campaign = get_campaign(self.context.store, self.campaign_id)
        days = group_days(campaign.launch_at, campaign.lifetime_days)
        chosen = self.day_combo.currentData()
        today = self.clock().date()
        keep = chosen if chosen in days else today if today in days else days[0]
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for n, day in enumerate(days):
            label = self.tr("Launch day") if n == 0 else self.tr("Close day") if n == len(days) - 1 \
                else self.tr("Day {n}").format(n=n + 1)
            self.day_combo.addItem(f"{day:%m-%d} · {label}", day)
        self.day_combo.setCurrentIndex(days.index(keep))
        self.day_combo.blockSignals(False)
        self._load_day()

    def _load_day(self) -> None:
        day = self.day_combo.currentData()
        if day is None or self.campaign_id is None:
            return
        picked = self.selected_item()
        self.items = day_items(self.context.store, self.campaign_id, day)
        states = {"pending": self.tr("To do"), "done": self.tr("Done"), "skipped": self.tr("Skipped")}
        self.table.setRowCount(0)
        for item in self.items:
            row = [QStandardItem(f"{item.start:%H:%M}–{item.end:%H:%M}"), QStandardItem(item.content),
                   QStandardItem(item.owner or self.tr("Whole team")), QStandardItem(states[item.state]),
                   QStandardItem(item.done_by), QStandardItem(f"{item.finished_at:%m-%d %H:%M}"
                                                              if item.finished_at else "")]
            if item.state in STATE_COLOURS:
                for cell in row:
                    cell.setForeground(QBrush(STATE_COLOURS[item.state]))
            row[1].setToolTip(f"{item.interaction}\n{item.purpose}".strip())
            self.table.appendRow(row)
        done = sum(item.state != "pending" for item in self.items)
        self.summary.setText(self.tr("{done} of {total} ticked off").format(done=done, total=len(self.items)))
        if picked is not None:
            row = next((i for i, item in enumerate(self.items) if item.id == picked.id), -1)
            if row >= 0:
                self.view.selectRow(row)

    def selected_item(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def mark_selected(self, state: str) -> bool:
        item = self.selected_item()
        if item is None:
            show_error(self, NothingSelected(self.tr("Select an item of the day first.")))
            return False
        names = {c.key: c.name for c in playbook_roles()}
        who = names.get(self.context.role, self.context.role)
        text = {"done": self.tr("Timetable item done"), "skipped": self.tr("Timetable item skipped"),
                "pending": self.tr("Timetable item pending again")}[state]
        store, now = self.context.store, self.clock()
        return push_change(self.context, self, text,
                           lambda: set_item_state(store, item.id, state, who, now)) is not None

