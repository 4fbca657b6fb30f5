"""The Group SOP tab: pages for the groups behind the live code (with warnings and each
group's set-up checklist), the key-node runbook and its run mode, every group day's timetable
items to tick off, the daily timetable with
the weekly rhythm, the set-up SOP and the crisis plans. Widgets show and edit; the services
decide. Each page follows the published Changes of the tables it shows (gui/groups/page.py);
the tab itself follows the selected campaign. `clock` is injectable so tests can move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from flashdesk.gui.context import AppContext
from flashdesk.gui.groups.days_page import DaysPage
from flashdesk.gui.groups.groups_page import GroupsPage
from flashdesk.gui.groups.page import shows_campaign
from flashdesk.gui.groups.runbook_page import RunbookPage
from flashdesk.gui.groups.sop_pages import CrisisPage, SopPage, TimetablePage


class Pages(QTabWidget):
    """The pages take the room the window has and ask for the least every page needs. Asked
    for their height at the tab's width, the tallest page's preferred one (the groups' two
    tables, the timetable's two), they scrolled the whole tab at 1024x700."""

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class GroupsTab(QWidget):

    def __init__(self, context: AppContext, parent=None, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.context = context
        self.clock = clock or datetime.now
        self.empty = QLabel(self.tr("No campaign selected. Pick one on the left to run its groups."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        now = lambda: self.clock()  # noqa: E731 — pages follow a clock swapped later
        self.groups = GroupsPage(context, now, self)
        self.runbook = RunbookPage(context, now, self)
        self.days = DaysPage(context, now, self)
        self.daily = TimetablePage(context, now, self)
        self.sop = SopPage(context, now, self)
        self.crisis = CrisisPage(context, now, self)
        self.pages = Pages(self)
        self.pages.setObjectName("groupPages")
        self.pages.addTab(self.groups, self.tr("Groups && live code"))
        self.pages.addTab(self.runbook, self.tr("Key-node runbook"))
        self.pages.addTab(self.days, self.tr("Every day"))
        self.pages.addTab(self.daily, self.tr("Daily timetable"))
        self.pages.addTab(self.sop, self.tr("Set-up SOP"))
        self.pages.addTab(self.crisis, self.tr("Crisis plans"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.pages)
        context.campaignSelected.connect(lambda _id: self.refresh())
        context.storeChanged.connect(self.refresh)
        # warnings and due times depend on the clock (a QR expiring within 24 h): every minute
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.refresh_clock)
        self.minute.start()
        self.refresh()

    def refresh(self) -> None:
        has = shows_campaign(self.context)
        self.empty.setVisible(not has)
        self.pages.setVisible(has)
        if has:
            for page in (self.groups, self.runbook, self.days, self.daily, self.sop, self.crisis):
                page.refresh()

    def refresh_clock(self) -> None:
        if shows_campaign(self.context):
            self.groups.refresh_warnings()
            self.runbook.refresh()
