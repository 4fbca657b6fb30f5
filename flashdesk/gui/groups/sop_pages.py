"""The SOP pages: the daily timetable with the weekly rhythm (overlapping slots warned), the
set-up SOP and the crisis plans — tables the operator edits in place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from flashdesk.groups import service
from flashdesk.groups.tables import SLOT_DAYS, CrisisPlan, SetupSopItem, TimetableSlot, WeeklyRhythm
from flashdesk.gui.groups.models import ChoiceDelegate, Column, days_label
from flashdesk.gui.groups.page import Page, button_row, table_view


class TimetablePage(Page):
    TABLES = frozenset({"timetable_slot", "weekly_rhythm"})  # a slot's items are the day page's

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.overlapping: set[int] = set()
        self.slot_model = self.model(TimetableSlot, [
            Column("start", self.tr("Start")), Column("end", self.tr("End")),
            Column("content", self.tr("Content")), Column("interaction", self.tr("Interaction")),
            Column("purpose", self.tr("Purpose")), Column("source", self.tr("Source")),
            Column("owner", self.tr("Owner")), Column("days", self.tr("Days"), "days")],
            highlight=lambda slot: slot.id in self.overlapping)
        self.slot_view = table_view(self.slot_model, self, stretch=(2, 4))
        self.slot_view.setItemDelegateForColumn(7, ChoiceDelegate(SLOT_DAYS, days_label, self.slot_view))
        self.overlaps = QLabel(self)
        self.overlaps.setObjectName("problems")
        self.overlaps.setWordWrap(True)
        add = QPushButton(self.tr("Add slot"), self)
        add.clicked.connect(self.add_slot)
        delete = QPushButton(self.tr("Delete slot"), self)
        delete.clicked.connect(lambda: self.delete(self.slot_view, TimetableSlot, self.tr("Delete slot")))
        self.weekly_model = self.model(WeeklyRhythm, [
            Column("day", self.tr("Day")), Column("time", self.tr("Time")),
            Column("activity", self.tr("Activity")), Column("purpose", self.tr("Purpose"))])
        self.weekly_view = table_view(self.weekly_model, self, stretch=(2, 3))
        weekly_title = QLabel(self.tr("Weekly rhythm"), self)
        weekly_title.setObjectName("sectionTitle")
        add_weekly = QPushButton(self.tr("Add weekly item"), self)
        add_weekly.clicked.connect(self.add_weekly)
        delete_weekly = QPushButton(self.tr("Delete weekly item"), self)
        delete_weekly.clicked.connect(lambda: self.delete(self.weekly_view, WeeklyRhythm,
                                                          self.tr("Delete weekly item")))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(add, delete))
        layout.addWidget(self.overlaps)
        layout.addWidget(self.slot_view, 3)
        layout.addWidget(weekly_title)
        layout.addLayout(button_row(add_weekly, delete_weekly))
        layout.addWidget(self.weekly_view, 1)

    def refresh(self) -> None:
        pairs = service.overlapping_slots(service.rows(self.context.store, TimetableSlot, self.campaign_id))
        self.overlapping = {slot.id for pair in pairs for slot in pair}
        self.overlaps.setText("\n".join(self.tr("⚠ {a} and {b} overlap: two things at once in the group.")
                                        .format(a=f"{a.start}–{a.end}", b=f"{b.start}–{b.end}")
                                        for a, b in pairs))
        self.overlaps.setVisible(bool(pairs))
        super().refresh()

    def add_slot(self) -> None:
        """A new hour after the last slot of the day (or 21:00 when the day is full)."""
        store, cid = self.context.store, self.campaign_id
        start = max((s.end for s in service.rows(store, TimetableSlot, cid)), default="20:00")
        hour, minute = map(int, start.split(":"))
        end = f"{hour + 1:02d}:{minute:02d}" if hour < 23 else "23:59"
        if end <= start:
            start, end = "21:00", "21:30"
        self.add(self.tr("Add slot"), lambda: service.add_slot(store, cid, start, end, self.tr("New slot")))

    def add_weekly(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self.add(self.tr("Add weekly item"),
                 lambda: service.add_weekly(store, cid, self.tr("Every day"), "20:00", self.tr("New activity")))


class SopPage(Page):
    # the topics, filled with the campaign's values (quota, live code …)
    TABLES = frozenset({"setup_sop_item", "campaign", "group_campaign"})

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.sop_model = self.model(SetupSopItem, [
            Column("topic", self.tr("Topic")), Column("content", self.tr("Content"), "filled")])
        self.sop_view = table_view(self.sop_model, self, stretch=(1,))
        add = QPushButton(self.tr("Add topic"), self)
        add.clicked.connect(self.add_sop_item)
        delete = QPushButton(self.tr("Delete topic"), self)
        delete.clicked.connect(lambda: self.delete(self.sop_view, SetupSopItem, self.tr("Delete topic")))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(add, delete))
        layout.addWidget(self.sop_view)

    def add_sop_item(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self.add(self.tr("Add topic"), lambda: service.add_sop_item(store, cid, self.tr("New topic")))


class CrisisPage(Page):
    TABLES = frozenset({"crisis_plan"})

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.crisis_model = self.model(CrisisPlan, [
            Column("risk", self.tr("Risk")), Column("response", self.tr("Response")),
            Column("owner", self.tr("Owner"))])
        self.crisis_view = table_view(self.crisis_model, self, stretch=(1,))
        add = QPushButton(self.tr("Add plan"), self)
        add.clicked.connect(self.add_crisis_plan)
        delete = QPushButton(self.tr("Delete plan"), self)
        delete.clicked.connect(lambda: self.delete(self.crisis_view, CrisisPlan, self.tr("Delete crisis plan")))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(add, delete))
        layout.addWidget(self.crisis_view)

    def add_crisis_plan(self) -> None:
        store, cid = self.context.store, self.campaign_id
        self.add(self.tr("Add crisis plan"),
                 lambda: service.add_crisis_plan(store, cid, self.tr("New risk")))
