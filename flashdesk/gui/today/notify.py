"""Due items raise a desktop notification while the app runs: every half minute the selected
campaign's items of the operator's role (flashdesk/agenda.py) are looked at, and each one whose
time has just come is told once — through the system tray where the desktop has one, else in
a non-modal banner inside the window. Clicking either opens Today. What was told is kept in the
settings per campaign, so a restart does not tell it again; items already late when the app
starts are not told at all (Today lists them as overdue)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from flashdesk.gui.context import AppContext

FRESH = timedelta(minutes=10)  # an item is told when its start lies within the last ten minutes
MANY = 3  # more due at once than this: one message names the count


class DueBanner(QFrame):
    """The in-window notification where there is no tray: a line across the window with a
    button to Today and one to dismiss it."""

    openToday = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("dueBanner")
        self.text = QLabel(self)
        self.text.setObjectName("dueBannerText")
        self.text.setWordWrap(True)
        self.open = QPushButton(self.tr("Open Today"), self)
        self.open.clicked.connect(self._open)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        dismiss.setObjectName("dueBannerDismiss")
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open)
        layout.addWidget(dismiss)
        self.hide()

    def tell(self, title: str, message: str) -> None:
        self.text.setText(f"<b>{title}</b> — {message}")
        self.show()

    def _open(self) -> None:
        self.hide()
        self.openToday.emit()


class DueNotifier(QObject):
    """Tells each due item once. `tray_available` decides tray or banner (the platform's
    answer unless given); `told` lists the (title, message) pairs sent, newest last."""

    def __init__(self, context: AppContext, banner: DueBanner, open_today: Callable[[], None],
                 parent: QObject, tray_available: bool | None = None):
        super().__init__(parent)
        self.context, self.banner, self.open_today = context, banner, open_today
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                               else tray_available)
        self.tray: QSystemTrayIcon | None = None
        self.seen: set[tuple[int, str]] = set()  # (campaign, item uid) told or too late to tell
        self.told: list[tuple[str, str]] = []
        banner.openToday.connect(open_today)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def due(self) -> list:
        """The pending items of the role whose time has come and were not told yet."""
        from flashdesk.agenda import launch_week, plan_items
        from flashdesk.campaigns.service import get_campaign

        campaign_id, store = self.context.campaign_id, self.context.store
        if campaign_id is None or store is None:
            return []
        now = self.context.clock()
        try:
            if not launch_week(get_campaign(store, campaign_id), now):
                return []  # nothing of the plan falls due outside its window
            items = plan_items(store, campaign_id, self.context.role)
        except Exception:  # noqa: BLE001 — a deleted campaign still selected, a role it lacks
            return []
        fresh = []
        told = self._told_before(campaign_id)
        for item in items:
            key = (campaign_id, item.uid)
            if item.state != "pending" or key in self.seen or item.start > now:
                continue
            self.seen.add(key)
            if now - item.start <= FRESH and item.uid not in told and item.uid not in self.context.told:
                fresh.append(item)
                self.context.told.add(item.uid)
        if fresh:
            told |= {item.uid for item in fresh}  # at most the campaign's items: a few hundred
            self.context.settings.setValue(f"today/told/{campaign_id}", " ".join(sorted(told)))
        return fresh

    def _told_before(self, campaign_id: int) -> set[str]:
        value = self.context.settings.value(f"today/told/{campaign_id}", "")
        return set(str(value).split()) if value else set()

    def check(self) -> list:
        """Tell what has just fallen due; returns those items."""
        from flashdesk.agenda import shortened

        items = self.due()
        if len(items) > MANY:
            self.notify(self.tr("{count} items due").format(count=len(items)),
                        self.tr("; ").join(shortened(item.summary, 30) for item in items[:MANY]) + " …")
        for item in items if len(items) <= MANY else ():
            self.notify(self.tr("Due now: {time}").format(time=f"{item.start:%H:%M}"), shortened(item.summary, 120))
        return items

    def notify(self, title: str, message: str) -> None:
        self.told.append((title, message))
        if self.tray_available:
            if self.tray is None:
                self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self.tray.setToolTip("FlashDesk")
                self.tray.messageClicked.connect(self.open_today)
                self.tray.activated.connect(lambda _reason: self.open_today())
                self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.banner.tell(title, message)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
