"""The editor beside the list: title, channel, stage, lever tags, body with lint findings
marked, character count, findings with safer wording, and a live preview filled for the
current campaign. It only shows and reports edits (signal `edited(field, value)`); the tab
saves them as undo steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from flashdesk.copies.lint import lint
from flashdesk.copies.search import spans
from flashdesk.copies.service import CopyDraft
from flashdesk.copies.variables import VARIABLES, describe, fill, placeholders, unknown_variables
from flashdesk.copies.vocab import ANY_CHANNEL, CHANNELS, LEVERS, STAGES
from flashdesk.gui.copies.highlight import FindingHighlighter, utf16_positions
from flashdesk.gui.flow_layout import flow_widget
from flashdesk.gui.palette import GOOD, color

SpanRole = Qt.ItemDataRole.UserRole + 2
BODY_SAVE_DELAY_MS = 800


class CopyEditor(QWidget):
    edited = Signal(str, object)  # field name of CopyDraft, new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: dict[str, str] | None = None  # the campaign's variable values
        self.limits: dict[str, int] | None = None
        self.search_terms: list[str] = []
        self._explained: list[tuple[int, int, str]] = []  # (start, end, tooltip) in Qt positions
        self._loading = False
        self.showing = False  # a copy is shown (not the blank, disabled editor)

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.editingFinished.connect(
            lambda: self._emit("title", self.title.text()))
        self.channel = QComboBox(self)
        for term in (ANY_CHANNEL, *CHANNELS):
            self.channel.addItem(term.label(), term.key)
        self.channel.currentIndexChanged.connect(
            lambda _i: self._emit("channel", self.channel.currentData()))
        self.stage = QComboBox(self)
        for term in STAGES:
            self.stage.addItem(term.label(), term.key)
        self.stage.currentIndexChanged.connect(
            lambda _i: self._emit("stage", self.stage.currentData()))
        self.participants = QSpinBox(self)
        self.participants.setRange(-1, 10_000_000)
        self.participants.setSpecialValueText(self.tr("not recorded"))
        self.participants.setToolTip(self.tr("People who took part after this copy was used "
                                             "(from the review); the list sorts by it."))
        self.participants.editingFinished.connect(
            lambda: self._emit("participants", self._participants()))

        self.lever_buttons: dict[str, QToolButton] = {}
        lever_row, levers = flow_widget(self, spacing=4)  # the tags wrap with the editor's width
        for term in LEVERS:
            button = QToolButton(self)
            button.setText(term.label())
            button.setCheckable(True)
            button.setObjectName("leverTag")
            button.toggled.connect(lambda _on: self._emit("levers", self.checked_levers()))
            self.lever_buttons[term.key] = button
            levers.addWidget(button)

        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write the copy; insert {product}, {deal_price} … "
                                             "for the campaign's values."))
        self.highlighter = FindingHighlighter(self.body.document())
        self.body.viewport().installEventFilter(self)
        self.body.installEventFilter(self)
        self.body.textChanged.connect(self._body_changed)
        self._body_timer = QTimer(self, singleShot=True, interval=BODY_SAVE_DELAY_MS)
        self._body_timer.timeout.connect(self.commit_body)
        self.insert_button = QToolButton(self)
        self.insert_button.setText(self.tr("Insert variable"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.insert_button)
        for name in VARIABLES:
            action = menu.addAction(f"{{{name}}}  —  {describe(name)}")
            action.triggered.connect(lambda _c=False, n=name: self.body.insertPlainText(f"{{{n}}}"))
        self.insert_button.setMenu(menu)
        self.count = QLabel(self)
        self.count.setObjectName("copyCount")

        self.findings = QListWidget(self)
        self.findings.setObjectName("copyFindings")
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._select_finding)
        self.findings.itemClicked.connect(self._select_finding)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("copyPreview")
        self.preview_label = QLabel(self.tr("Preview for the current campaign"), self)
        self.preview_label.setObjectName("sectionTitle")

        # a row per field: pickers sharing a wrapping row left "Stage:" at a line's end and
        # its picker on the next one. Pickers keep their own width; the title and tags grow.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        policy = lever_row.sizePolicy()  # keeps its height for width
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        lever_row.setSizePolicy(policy)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Stage:"), self.stage)
        form.addRow(self.tr("Results:"), self.participants)
        form.addRow(self.tr("Levers:"), lever_row)
        under = QHBoxLayout()
        under.addWidget(self.count, 1)
        under.addWidget(self.insert_button)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(form)
        top_layout.addWidget(self.body, 1)
        top_layout.addLayout(under)
        findings_title = QLabel(self.tr("Compliance and checks"), self)
        findings_title.setObjectName("sectionTitle")
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(findings_title)
        bottom_layout.addWidget(self.findings, 3)
        bottom_layout.addWidget(self.preview_label)
        bottom_layout.addWidget(self.preview, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setStyleSheet("QToolButton#leverTag { padding: 2px 8px; }"
                           "QToolButton#leverTag:checked { background: #fdecea; color: #c0392b;"
                           " border: 1px solid #c0392b; border-radius: 3px; }")

    # -- showing ---------------------------------------------------------------------
    def show_draft(self, draft: CopyDraft | None) -> None:
        """Show a copy (None: nothing selected); keeps the cursor when the body is unchanged."""
        self._loading = True
        try:
            self.showing = draft is not None
            self.setEnabled(self.showing)
            draft = draft or CopyDraft()
            if self.title.text() != draft.title:
                self.title.setText(draft.title)
            self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
            self.stage.setCurrentIndex(max(0, self.stage.findData(draft.stage)))
            self.participants.setValue(-1 if draft.participants is None else draft.participants)
            for key, button in self.lever_buttons.items():
                button.setChecked(key in draft.levers)
            if self.body.toPlainText() != draft.body:
                cursor = self.body.textCursor().position()
                self.body.setPlainText(draft.body)
                moved = self.body.textCursor()
                moved.setPosition(min(cursor, len(draft.body)))
                self.body.setTextCursor(moved)
            self._body_timer.stop()
        finally:
            self._loading = False
        self.refresh_checks()

    def set_campaign_values(self, values: dict[str, str] | None, limits: dict[str, int]) -> None:
        self.values, self.limits = values, limits
        self.refresh_checks()

    def set_search_terms(self, terms: list[str], check: bool = True) -> None:
        """check=False: the caller shows a copy next, which checks it once."""
        if terms != self.search_terms:
            self.search_terms = list(terms)
            if check:
                self.refresh_checks()

    def refresh_checks(self) -> None:
        """Lint the body, mark findings and unknown variables, refill the preview."""
        if not self.showing:  # a pass, a count or a preview would be about no copy at all
            self.findings.clear()
            self.preview.clear()
            self.count.clear()
            return
        text = self.body.toPlainText()
        channel = self.channel.currentData() or None
        findings = lint(text, channel, values=self.values, limits=self.limits)
        unknown = unknown_variables(text)
        at = utf16_positions(text)
        marks = [(at[p.start], at[p.end], "variable") for p in placeholders(text)
                 if p.name in VARIABLES]
        marks += [(at[start], at[end], "search") for start, end in spans(text, self.search_terms)]
        marks += [(at[f.start], at[f.end], "lint") for f in findings]
        marks += [(at[u.start], at[u.end], "error") for u in unknown]
        # marking the body makes the document report a change: no edit, nothing to check again
        loading, self._loading = self._loading, True
        try:
            self.highlighter.set_marks(marks)
        finally:
            self._loading = loading
        self.findings.clear()
        self._explained = [(at[u.start], at[u.end], u.message()) for u in unknown] + [
            (at[f.start], at[f.end], f.reason + (("\n" + self.tr("Safer: {wording}").format(
                wording=f.safer)) if f.safer else "")) for f in findings]
        for problem in unknown:
            self._add_finding("⚠ " + problem.message(), at[problem.start], at[problem.end], True)
        for finding in findings:
            line = f"“{finding.text_in(text)}” — {finding.reason}"
            if finding.safer:
                line += "\n" + self.tr("Safer: {wording}").format(wording=finding.safer)
            self._add_finding("⚠ " + line, at[finding.start], at[finding.end], False)
        if not unknown and not findings:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setForeground(color(GOOD))
            self.findings.addItem(item)
        filled = fill(text, self.values or {}, strict=False)
        self.preview.setPlainText(filled if self.values is not None else
                                  self.tr("Select a campaign to see this copy filled in."))
        limit = (self.limits or {}).get(channel or "", 0)
        count = self.tr("%n characters", "", len(text))
        if self.values is not None:
            count += " · " + self.tr("filled: %n", "", len(filled))
        if limit:
            count += " · " + self.tr("limit for this channel: {limit}").format(limit=limit)
        self.count.setText(count)

    def eventFilter(self, watched, event) -> bool:
        """Hovering a marked span in the body explains it; leaving the body saves it."""
        if watched is self.body and event.type() == QEvent.Type.FocusOut \
                and self._body_timer.isActive():
            self.commit_body()
        if watched is self.body.viewport() and event.type() == QEvent.Type.ToolTip:
            at = self.body.cursorForPosition(event.pos()).position()
            tips = [tip for start, end, tip in self._explained if start <= at < end]
            if tips:
                QToolTip.showText(event.globalPos(), "\n\n".join(tips), self.body)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _add_finding(self, text: str, start: int, end: int, error: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(SpanRole, (start, end))
        item.setForeground(Qt.GlobalColor.darkRed if error else Qt.GlobalColor.black)
        self.findings.addItem(item)

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(SpanRole)
        if not span:
            return
        cursor = self.body.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    # -- editing ---------------------------------------------------------------------
    def checked_levers(self) -> tuple[str, ...]:
        return tuple(key for key, button in self.lever_buttons.items() if button.isChecked())

    def _participants(self) -> int | None:
        value = self.participants.value()
        return None if value < 0 else value

    def _emit(self, field: str, value) -> None:
        if not self._loading:
            self.edited.emit(field, value)

    def _body_changed(self) -> None:
        if self._loading:  # show_draft checks the copy once it is all shown
            return
        self.refresh_checks()
        self._body_timer.start()

    def hideEvent(self, event) -> None:
        if self._body_timer.isActive():
            self.commit_body()
        super().hideEvent(event)

    def commit_body(self) -> None:
        """Report the body now (typing paused, focus left, another copy picked)."""
        self._body_timer.stop()
        self._emit("body", self.body.toPlainText())
