"""Run mode: the focused launch-night view. One beat at a time with a countdown to when it is
due, one click to copy its filled text, Done and Skip. When a beat falls due the operator
hears a beep and, where the desktop has a tray, sees a notification. The state is the
store's, so closing and reopening (or restarting the app) continues where it stood.

`clock` is injectable so tests can move time instead of sleeping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from flashdesk.fonts import font
from flashdesk.groups import runbook as rb
from flashdesk.gui.follow import Follower
from flashdesk.gui.groups.models import kind_label, push_change
from flashdesk.gui.groups.quota import QuotaBox

# the beats with their nodes, the values their texts are filled with, the quota
RUNBOOK_TABLES = frozenset({"key_node", "node_beat", "campaign", "group_campaign"})

STYLE = """
QLabel#runProgress { color: #888; }
QLabel#runNode { color: #c0392b; }
QLabel#runKind { color: #555; }
QLabel#runText { background: white; border: 1px solid #e0e0e0; border-radius: 8px;
                 padding: 14px; color: #222; }
QLabel#runCountdown { color: #2c3e50; }
QLabel#runCountdown[due="true"] { color: #c0392b; }
QLabel#runNextUp { color: #555; }
QPushButton#runDone { background: #c0392b; color: white; border-radius: 4px; }
"""


DAY_SECONDS = 86_400


def _span(seconds: float) -> str:
    seconds = int(abs(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def mark_beat(context, parent, beat_id: int, state: str, now: datetime, text: str) -> bool:
    """Done / skip / pending as one undo step."""
    return push_change(context, parent, text,
                       lambda: rb.set_beat_state(context.store, beat_id, state, now)) is not None


class RunModeWindow(QWidget):
    beatDue = Signal(int)  # a beat's time has come (once per beat)

    def __init__(self, context, campaign_id: int, clock: Callable[[], datetime] | None = None,
                 parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context, self.campaign_id = context, campaign_id
        self.clock = clock or datetime.now
        self.book: rb.Runbook | None = None
        self.alerted: set[int] = set()
        self.tray: QSystemTrayIcon | None = None
        self.setObjectName("runMode")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Run mode — launch night"))
        self.resize(760, 560)

        self.progress = QLabel(self)
        self.progress.setObjectName("runProgress")
        self.node = QLabel(self)
        self.node.setObjectName("runNode")
        self.kind = QLabel(self)
        self.kind.setObjectName("runKind")
        self.text = QLabel(self)
        self.text.setObjectName("runText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("runCountdown")
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.copy_button.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_button.clicked.connect(self.copy_text)
        self.done_button = QPushButton(self.tr("Done ✓"), self)
        self.done_button.setObjectName("runDone")
        self.done_button.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.done_button.clicked.connect(lambda: self.finish("done"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.clicked.connect(lambda: self.finish("skipped"))
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(context.undo_stack.undo)
        self.next_up = QLabel(self)
        self.next_up.setObjectName("runNextUp")
        self.next_up.setWordWrap(True)
        self.quota = QuotaBox(context, self)

        # sizes and weights through the variable font's wght axis (QSS weights give Thin)
        for label, size, weight in ((self.node, 14, 700), (self.kind, 10, 600), (self.text, 16, 400),
                                    (self.countdown, 18, 700), (self.done_button, 10, 700)):
            label.setFont(font(size, weight))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.done_button, self.skip_button, self.undo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.node)
        layout.addWidget(self.kind)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.countdown)
        layout.addLayout(buttons)
        layout.addWidget(self.quota)
        layout.addWidget(QLabel(self.tr("Next up:"), self))
        layout.addWidget(self.next_up)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        # its own campaign's changes, whichever campaign the main window shows
        Follower(self, context, RUNBOOK_TABLES, self._changed, self.reload, campaign_bound=False)
        self.reload()
        self.timer.start()

    def _changed(self, change) -> None:
        if change.campaign_id in (None, self.campaign_id):
            self.reload()

    def reload(self) -> None:
        try:
            self.book = rb.load_runbook(self.context.store, self.campaign_id)
        except Exception as exc:  # the campaign was deleted under us
            self.book = None
            self.text.setText(str(exc))
            return
        self.quota.show_campaign(self.campaign_id)
        beat = self.book.current
        done, total = self.book.progress()
        self.progress.setText(self.tr("Beat {n} of {total}").format(n=min(done + 1, total), total=total))
        for button in (self.copy_button, self.done_button, self.skip_button):
            button.setEnabled(beat is not None)
        if beat is None:
            self.node.setText(self.tr("All beats done"))
            self.kind.setText("")
            self.text.setText(self.tr("Every key node of launch day is finished. Well done!"))
            self.countdown.setText("")
            self.next_up.setText("")
            return
        node = self.book.node_of(beat)
        self.node.setText(self.tr("{node} · {time} · owner {owner}").format(
            node=node.name, time=f"{node.at:%H:%M}", owner=node.owner or "—"))
        self.kind.setText(kind_label(beat.kind))
        self.text.setText(beat.filled)
        self.next_up.setText("\n".join(
            f"{b.due:%H:%M}  {kind_label(b.kind)}: {b.filled.splitlines()[0] if b.filled else ''}"
            for b in self.book.upcoming(3)) or "—")
        self.tick()

    def current(self):
        return self.book.current if self.book else None

    def tick(self) -> None:
        beat = self.current()
        if beat is None:
            return
        left = (beat.due - self.clock()).total_seconds()
        if left >= DAY_SECONDS:  # a clock reading "4769:52:56" says nothing: name the day
            self.countdown.setText(self.tr("Due on {date} at {time}, in %n day(s)", "",
                                           int(left // DAY_SECONDS)).format(
                date=f"{beat.due:%Y-%m-%d}", time=f"{beat.due:%H:%M}"))
            self.countdown.setProperty("due", False)
        elif left > 0:
            self.countdown.setText(self.tr("Due in {span} (at {time})").format(
                span=_span(left), time=f"{beat.due:%H:%M}"))
            self.countdown.setProperty("due", False)
        else:
            self.countdown.setText(self.tr("Due now — send it (since {time})").format(
                time=f"{beat.due:%H:%M}"))
            self.countdown.setProperty("due", True)
            if beat.id not in self.alerted:
                self.alert(beat)
        self.countdown.style().unpolish(self.countdown)
        self.countdown.style().polish(self.countdown)

    def alert(self, beat) -> None:
        self.alerted.add(beat.id)
        QApplication.beep()
        told = f"beat-{beat.id}" in self.context.told  # the window's reminder has shown it already
        self.context.told.add(f"beat-{beat.id}")
        if QSystemTrayIcon.isSystemTrayAvailable() and not told:
            if self.tray is None:
                self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(self.tr("Beat due"), beat.filled[:120])
        self.beatDue.emit(beat.id)

    def copy_text(self) -> None:
        beat = self.current()
        if beat is not None:
            QGuiApplication.clipboard().setText(beat.filled)
            self.countdown.setText(self.tr("Copied — paste it into the group."))

    def finish(self, state: str) -> None:
        beat = self.current()
        if beat is None:
            return
        label = self.tr("Beat done") if state == "done" else self.tr("Beat skipped")
        mark_beat(self.context, self, beat.id, state, self.clock(), label)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
