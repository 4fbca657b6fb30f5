"""The post dialog: channel, day, time, stage, text, the linked library copy and poster, owner,
status and — once published — the results the review reads. It asks the service before
closing, so a bad post keeps the dialog open with the reason shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from flashdesk.channels.drafts import PostDraft
from flashdesk.channels.rules import STATUSES, ChannelRules
from flashdesk.errors import UserError
from flashdesk.gui.channels.labels import status_names
from flashdesk.gui.channels.poster_picker import PosterOption, PosterPicker
from flashdesk.playbook.calendar import KeyDates

NOT_RECORDED = -1


class PostDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, draft: PostDraft, channels: list,
                 rules: ChannelRules, dates: KeyDates, check: Callable[[PostDraft], None],
                 pick_copy: Callable[[PostDraft], tuple[bool, int | None]] | None = None,
                 copy_label: Callable[[int | None], str] | None = None,
                 posters: list[PosterOption] | None = None):
        """pick_copy(draft) -> (changed, copy id) opens the library picker for the post as
        it stands in the dialog; copy_label(id) names a linked copy; posters are the ones the
        post may share (None: no poster row)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("postDialog")
        self._check = check
        self._draft = draft
        self.channel = QComboBox(self)
        for channel in channels:
            self.channel.addItem(channel.name, channel.id)
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel_id)))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.setDate(QDate(draft.day))
        self.window_hint = QLabel(self.tr("Campaign window: {start} – {close}, launch {launch}").format(
            start=f"{dates.warm_up_start:%m-%d}", close=f"{dates.group_close:%m-%d}",
            launch=f"{dates.launch:%m-%d %H:%M}"), self)
        self.window_hint.setObjectName("hint")
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        if draft.time_of_day:
            self.time.setTime(QTime(draft.time_of_day.hour, draft.time_of_day.minute))
        else:
            self.time.setTime(QTime(12, 0))
        self.stage = QComboBox(self)
        for stage in rules.stages:
            self.stage.addItem(stage.label, stage.key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(draft.stage)))
        self.text = QPlainTextEdit(draft.title, self)
        self.text.setPlaceholderText(self.tr("What the post says or shows"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(80)
        self._copy_id = draft.copy_id
        self._pick_copy, self._copy_label = pick_copy, copy_label or (lambda i: "" if i is None else f"#{i}")
        self.copy = QLabel(self)
        self.copy.setObjectName("linkedCopy")
        self.copy.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Pick from library…"), self)
        self.copy_button.setVisible(pick_copy is not None)
        self.copy_button.clicked.connect(self.pick_copy)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy, 1)
        copy_row.addWidget(self.copy_button)
        self._show_copy()
        self.poster = PosterPicker(posters or [], draft.poster_id, self) if posters is not None else None
        self.owner = QLineEdit(draft.owner, self)
        self.status = QComboBox(self)
        labels = status_names()
        for status in STATUSES:
            self.status.addItem(labels[status], status)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.results: dict[str, QSpinBox] = {}
        results = QHBoxLayout()
        for key, label in (("likes", self.tr("Likes")), ("comments", self.tr("Comments")),
                           ("participants", self.tr("Participants"))):
            box = QSpinBox(self)
            box.setRange(NOT_RECORDED, 10_000_000)
            box.setSpecialValueText("—")
            value = getattr(draft, key)
            box.setValue(NOT_RECORDED if value is None else value)
            box.setToolTip(self.tr("— means not recorded yet"))
            self.results[key] = box
            results.addWidget(QLabel(label, self))
            results.addWidget(box, 1)
        self.followed_up = QCheckBox(self.tr("Likers and commenters followed up one-to-one"), self)
        self.followed_up.setChecked(draft.followed_up)
        self.error = QLabel(self)
        self.error.setObjectName("problems")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow("", self.window_hint)
        form.addRow(self.tr("Time:"), self.time)
        form.addRow(self.tr("Stage:"), self.stage)
        form.addRow(self.tr("Content:"), self.text)
        form.addRow(self.tr("Copy:"), copy_row)
        if self.poster is not None:
            form.addRow(self.tr("Poster:"), self.poster)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Results:"), results)
        form.addRow("", self.followed_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._sync_results)
        self._sync_results()
        self.resize(460, self.sizeHint().height())

    def _sync_results(self) -> None:
        published = self.status.currentData() == "published"
        for box in self.results.values():
            box.setEnabled(published)
        self.followed_up.setEnabled(published)

    def draft(self) -> PostDraft:
        published = self.status.currentData() == "published"
        qdate, qtime = self.day.date(), self.time.time()

        def result(key: str) -> int | None:
            value = self.results[key].value()
            return None if not published or value == NOT_RECORDED else value

        return PostDraft(
            channel_id=self.channel.currentData(), day=date(qdate.year(), qdate.month(), qdate.day()),
            stage=self.stage.currentData(), time_of_day=qtime.toPython().replace(second=0, microsecond=0),
            title=self.text.toPlainText(), owner=self.owner.text().strip(),
            status=self.status.currentData(), likes=result("likes"), comments=result("comments"),
            participants=result("participants"), followed_up=published and self.followed_up.isChecked(),
            copy_id=self._copy_id,
            poster_id=self.poster.poster_id() if self.poster is not None else self._draft.poster_id)

    def _show_copy(self) -> None:
        self.copy.setText(self._copy_label(self._copy_id) if self._copy_id is not None
                          else self.tr("none linked"))

    def pick_copy(self) -> None:
        """Choose the post's copy in the library, filtered by the channel and stage chosen here."""
        changed, copy_id = self._pick_copy(self.draft())
        if changed:
            self._copy_id = copy_id
            self._show_copy()

    def accept(self) -> None:
        try:
            self._check(self.draft())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def run(self) -> PostDraft | None:
        return self.draft() if self.exec() == QDialog.DialogCode.Accepted else None
