"""Pick a library copy for something another tab plans (a warm-up post, a set-up checklist
line, a launch-day key node). The list starts filtered to the channel and stage that fit
(the caller maps its keys through flashdesk.copies.links); the preview shows the copy
filled for the campaign, so the operator sees what will actually be sent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flashdesk.copies import service
from flashdesk.copies.lint import lint
from flashdesk.copies.variables import fill
from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
from flashdesk.errors import UserError
from flashdesk.groups.copy_values import values_for

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE = 200


@dataclass(frozen=True)
class Pick:
    """The operator's answer: `copy_id` None with `changed` True means "no copy"."""

    changed: bool
    copy_id: int | None = None


class CopyPicker(QDialog):
    def __init__(self, parent: QWidget | None, store, campaign_id: int, *, channel: str | None = None,
                 stage: str | None = None, current: int | None = None, subject: str = ""):
        super().__init__(parent)
        self.setObjectName("copyPicker")
        self.setWindowTitle(self.tr("Pick a copy") + (f" — {subject}" if subject else ""))
        self.store, self.campaign_id, self.current = store, campaign_id, current
        self.channel_key, self.stage_key = channel, stage
        self._unlink = False
        try:
            self.values = values_for(store, campaign_id)
        except UserError:
            self.values = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.search.setClearButtonEnabled(True)
        self.only_channel = QCheckBox(self)
        self.only_stage = QCheckBox(self)
        for box, key, vocab in ((self.only_channel, channel, CHANNEL_BY_KEY),
                                (self.only_stage, stage, STAGE_BY_KEY)):
            term = vocab.get(key) if key else None
            box.setVisible(term is not None)
            box.setChecked(term is not None)
            if term is not None:
                box.setText(self.tr("Only {name}").format(name=term.label()))
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        # a long title or channel wraps in the list (it scrolled sideways for "WeCom customer group")
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a copy to see it filled for this campaign"))
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setObjectName("problems")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_channel)
        filters.addWidget(self.only_stage)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.count)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Filled for this campaign:"), right))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.findings)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([330, 390])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link this copy"))
        self.clear_button = QPushButton(self.tr("No copy"), self)
        self.clear_button.setToolTip(self.tr("Remove the link to the copy"))
        self.clear_button.setVisible(current is not None)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self._clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.only_channel.toggled.connect(self.reload)
        self.only_stage.toggled.connect(self.reload)
        self.results.currentItemChanged.connect(self._show)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(760, 480)
        self.reload()

    def query(self) -> service.CopyQuery:
        return service.CopyQuery(
            text=self.search.text(), campaign_id=self.campaign_id,
            channel=self.channel_key if self.only_channel.isChecked() else None,
            stage=self.stage_key if self.only_stage.isChecked() else None)

    def reload(self) -> None:
        self._timer.stop()
        self.results.clear()
        try:
            copies = service.find_copies(self.store, self.query(), limit=PAGE)
        except UserError as exc:
            self.count.setText(str(exc))
            return
        for copy in copies:
            parts = [CHANNEL_BY_KEY[copy.channel].label() if copy.channel in CHANNEL_BY_KEY else copy.channel,
                     STAGE_BY_KEY[copy.stage].label() if copy.stage in STAGE_BY_KEY else copy.stage]
            mark = "★ " if copy.favourite else ""
            scope = self.tr(" (this campaign)") if copy.campaign_id is not None else ""
            item = QListWidgetItem(f"{mark}{copy.title}{scope}\n    {' · '.join(p for p in parts if p)}"
                                   f" · " + self.tr("used {n}×").format(n=copy.times_used), self.results)
            item.setData(ID_ROLE, copy.id)
            item.setToolTip(copy.body[:300])
        if not copies:
            self.count.setText(self.tr("No copy matches. Clear the search or untick a filter."))
        elif len(copies) == PAGE:
            self.count.setText(self.tr("First {n} copies; search to narrow them down.").format(n=PAGE))
        else:
            self.count.setText(self.tr("%n copies", "", len(copies)))
        row = next((i for i in range(self.results.count())
                    if self.results.item(i).data(ID_ROLE) == self.current), 0 if copies else -1)
        self.results.setCurrentRow(row)
        self._sync()

    def _sync(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_id() is not None)
        if self.results.currentItem() is None:
            self.preview.clear()
            self.findings.clear()

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, item, _previous=None) -> None:
        self._sync()
        if item is None:
            return
        try:
            copy = service.get_copy(self.store, item.data(ID_ROLE))
        except UserError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview.setPlainText(fill(copy.body, self.values, strict=False))
        channel = self.channel_key if self.channel_key else (copy.channel or None)
        reasons = list(dict.fromkeys(f.reason for f in lint(copy.body, channel, values=self.values)))
        self.findings.setText("\n".join(f"⚠ {reason}" for reason in reasons))

    def _clear(self) -> None:
        self._unlink = True
        self.accept()

    def pick(self) -> Pick:
        """Run the dialog: what the operator chose (unchanged if cancelled or the same copy)."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return Pick(False, self.current)
        chosen = None if self._unlink else self.chosen_id()
        return Pick(chosen != self.current, chosen)
