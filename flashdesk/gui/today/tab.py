"""Today (今天): what is due now and today across the plan for the operator's role — tasks,
posts to publish, runbook beats, timetable items — grouped Now / Later today / Overdue, with
today's finished ones below. Done and Skip act where the item lives (flashdesk/agenda.py),
each one undo step. The view follows the Changes of every table it lists and refreshes as
time passes (a QTimer on the context's clock)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashdesk import agenda
from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.follow import Follower
from flashdesk.gui.groups.models import push_change
from flashdesk.gui.messages import show_error

# every table an item of the plan comes from, and the names and values its text uses
TABLES = frozenset({"task", "task_role", "post", "key_node", "node_beat", "timetable_slot", "timetable_item",
                    "campaign", "group_campaign", "channel"})
ItemRole = Qt.ItemDataRole.UserRole
MUTED = QColor("#6b6f73")
LATE = QColor("#c0392b")
FOLD = 12  # overdue or done lists longer than this start folded


class TodayTab(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.sorted_out = agenda.Agenda()
        self.setWindowTitle(self.tr("Today"))
        self.heading = QLabel(self)
        self.heading.setObjectName("overviewHeading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("overviewSubheading")
        self.subheading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todayList")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Kind"), self.tr("Owner"),
                                   self.tr("State")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.mark("done"))
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("todayDone")
        self.done_button.setToolTip(self.tr("Mark the selected item done where it lives: the task, the post "
                                            "(published), the beat or the timetable item"))
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setToolTip(self.tr("Skip the selected beat or timetable item"))
        self.skip_button.clicked.connect(lambda: self.mark("skipped"))
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        role_label = QLabel(self.tr("My role:"), self)
        role_label.setContentsMargins(16, 0, 0, 0)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        self.role_combo.setToolTip(self.tr("Whose share Today, its reminders and the calendar export show "
                                           "(also under View → My role)"))
        self.role_combo.addItem(self.tr("Whole team"), "")
        for choice in agenda.playbook_roles():
            self.role_combo.addItem(choice.name, choice.key)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(context.role), 0))
        self.role_combo.currentIndexChanged.connect(
            lambda _i: context.set_role(self.role_combo.currentData() or ""))
        buttons = FlowLayout()
        buttons.add_widgets(self.done_button, self.skip_button, role_label, self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(buttons)
        # the hint takes the list's place and its stretch, so the heading and buttons stay at
        # the top instead of spreading down the empty tab
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.tree, 1)
        Follower(self, context, TABLES, lambda _change: self.refresh(), self.refresh)
        context.campaignSelected.connect(lambda _id: self.refresh())
        context.storeChanged.connect(self.refresh)
        context.roleChanged.connect(self._role_changed)
        self.minute = QTimer(self)  # what is "now" moves on even when nothing is edited
        self.minute.setInterval(30_000)
        self.minute.timeout.connect(self.tick)
        self.minute.start()
        self.clock_stale = False
        self.refresh()

    def tick(self) -> None:
        """Time moved on: refresh now if the tab can be seen, else when it is shown."""
        if self.isVisible() or not self.window().isVisible():
            self.refresh()
        else:
            self.clock_stale = True

    def showEvent(self, event) -> None:
        if self.clock_stale:
            self.clock_stale = False
            self.refresh()
        super().showEvent(event)

    def _role_changed(self, role: str) -> None:
        self.role_combo.blockSignals(True)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(role), 0))
        self.role_combo.blockSignals(False)
        self.refresh()

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        from flashdesk.campaigns.service import get_campaign

        now = self.context.clock()
        picked = self.selected()
        self.tree.clear()
        self.sorted_out = agenda.Agenda()
        campaign = None
        if self.context.campaign_id is not None and self.context.store is not None:
            try:
                campaign = get_campaign(self.context.store, self.context.campaign_id)
                items = agenda.plan_items(self.context.store, campaign.id, self.context.role)
            except Exception:  # noqa: BLE001 — a deleted campaign still selected, a role it lacks
                campaign = None
        if campaign is None:
            self.heading.setText(self.tr("Today"))
            self.subheading.setText("")
            self._show_empty(self.tr("No campaign selected. Pick one on the left to see what is due today."))
            return
        self.sorted_out = agenda.agenda(items, now)
        self.heading.setText(self.tr("Today, {date} — {campaign}").format(
            date=f"{now:%Y-%m-%d %H:%M}", campaign=campaign.name))
        self.subheading.setText(self._where(campaign, now))
        sections = [(self.tr("Now"), self.sorted_out.now, None),
                    (self.tr("Later today"), self.sorted_out.later, None),
                    (self.tr("Overdue"), self.sorted_out.overdue[::-1], LATE),  # the latest first
                    (self.tr("Done today"), self.sorted_out.finished, MUTED)]
        for title, rows, colour in sections:
            if rows:
                # a long backlog of late items folds away under its count, not to bury today
                self._add_section(title, rows, colour, now, expanded=len(rows) <= FOLD or colour is None)
        if not any(rows for _title, rows, _colour in sections):
            self._show_empty(self.tr("Nothing is due today for this role. The plan's next items are on "
                                     "the Gantt and in the runbook."))
        else:
            self.empty.hide()
            self.tree.show()
        if picked is not None:
            self.select(picked.uid)
        self._update_buttons()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        self.tree.hide()
        self._update_buttons()

    def _where(self, campaign, now) -> str:
        """Where today falls in the campaign, and whose share is shown."""
        from flashdesk.playbook import key_dates

        dates = key_dates(campaign)
        offset = dates.day_offset(now.date())
        if offset < 0:
            where = self.tr("Warm-up: {days} days to launch").format(days=-offset)
        elif now.date() <= dates.group_close:
            total = (dates.group_close - dates.launch_day).days + 1
            where = self.tr("Group day {day} of {total}").format(day=offset + 1, total=total)
        else:
            where = self.tr("The group has closed")
        role = self.context.role
        names = {c.key: c.name for c in agenda.playbook_roles()}
        share = self.tr("My role: {role}").format(role=names.get(role, role)) if role else self.tr("Whole team")
        counts = self.tr("{now} now · {late} overdue · {later} later today").format(
            now=len(self.sorted_out.now), late=len(self.sorted_out.overdue), later=len(self.sorted_out.later))
        return " · ".join((where, share, counts))

    def _add_section(self, title: str, rows: list[agenda.Item], colour, now, expanded: bool) -> None:
        kinds = {"task": self.tr("Task"), "post": self.tr("Post"), "beat": self.tr("Runbook beat"),
                 "slot": self.tr("Timetable")}
        states = {"pending": self.tr("To do"), "done": self.tr("Done"), "skipped": self.tr("Skipped")}
        head = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})"])
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for item in rows:
            when = f"{item.start:%H:%M}" if item.start.date() == now.date() else f"{item.start:%m-%d %H:%M}"
            state = states.get(item.state, item.state)
            line = QTreeWidgetItem(head, [when, item.summary, kinds[item.kind], item.owner, state])
            line.setData(0, ItemRole, item)
            line.setToolTip(1, item.description or item.summary)
            if colour is not None:
                for column in range(5):
                    line.setForeground(column, QBrush(colour))
        head.setExpanded(expanded)

    # --- acting -------------------------------------------------------------------------
    def items(self) -> list[agenda.Item]:
        """The listed items, in the order shown."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            found += [head.child(j).data(0, ItemRole) for j in range(head.childCount())]
        return found

    def section_of(self, uid: str) -> str:
        """now, overdue, later or finished: where an item is listed ('' when it is not)."""
        for name in ("now", "overdue", "later", "finished"):
            if any(item.uid == uid for item in getattr(self.sorted_out, name)):
                return name
        return ""

    def selected(self) -> agenda.Item | None:
        chosen = self.tree.selectedItems()
        return chosen[0].data(0, ItemRole) if chosen else None

    def select(self, uid: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                if head.child(j).data(0, ItemRole).uid == uid:
                    self.tree.setCurrentItem(head.child(j))
                    return True
        return False

    def _update_buttons(self) -> None:
        item = self.selected()
        pending = item is not None and item.state == "pending"
        self.done_button.setEnabled(pending)
        self.skip_button.setEnabled(pending and item.can_skip)

    def mark(self, state: str) -> bool:
        """Done or Skip for the selected item, one undo step."""
        item = self.selected()
        if item is None or item.state != "pending":
            return False
        if state == "skipped" and not item.can_skip:
            show_error(self, UserError(self.tr("A task or a post cannot be skipped: mark it done, or "
                                                      "change it on its own tab.")))
            return False
        names = {c.key: c.name for c in agenda.playbook_roles()}
        who = names.get(self.context.role, self.context.role)
        text = (self.tr("Done: {item}") if state == "done" else self.tr("Skipped: {item}")).format(
            item=agenda.shortened(item.summary, 40))
        store, now = self.context.store, self.context.clock()
        return push_change(self.context, self, text, lambda: agenda.mark(store, item, state, who, now)) is not None
