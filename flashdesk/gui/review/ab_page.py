"""A/B tests: the list of tests and an editor whose result (rates, difference with its 95 %
interval, p-value, verdict) follows every keystroke. A field is saved when the operator
leaves it: one undo step per field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashdesk.errors import UserError
from flashdesk.fonts import font
from flashdesk.gui.context import AppContext
from flashdesk.gui.palette import set_tone
from flashdesk.review.abtest import ALPHA
from flashdesk.review.experiments import ABDraft, check, delete_ab_test, list_ab_tests, save_ab_test

COUNTS = ("exposed_a", "converted_a", "exposed_b", "converted_b")


class ABPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.test_id: int | None = None
        self.saved: ABDraft | None = None
        self._loading = False
        self.list = QListWidget(self)
        self.list.setObjectName("abTestList")
        self.list.setMaximumWidth(260)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("New test"), self)
        self.new_button.clicked.connect(self.new_test)
        self.delete_button = QPushButton(self.tr("Delete test"), self)
        self.delete_button.clicked.connect(self.delete_test)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        side.addLayout(buttons)

        self.step = QLineEdit(self)
        self.step.setObjectName("step")
        self.step.setPlaceholderText(self.tr("e.g. invitation copy, poster headline"))
        self.variant_a = QLineEdit(self)
        self.variant_a.setObjectName("variant_a")
        self.variant_b = QLineEdit(self)
        self.variant_b.setObjectName("variant_b")
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        self.spins: dict[str, QSpinBox] = {}
        for key in COUNTS:
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(0, 100_000_000)
            spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._show_result)
            spin.editingFinished.connect(self.commit)
            self.spins[key] = spin
        for edit in (self.step, self.variant_a, self.variant_b, self.notes):
            edit.editingFinished.connect(self.commit)
            edit.textChanged.connect(self._show_result)
        form = QFormLayout()
        form.addRow(self.tr("Step tested:"), self.step)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Variant")), 0, 1)
        grid.addWidget(QLabel(self.tr("Exposed")), 0, 2)
        grid.addWidget(QLabel(self.tr("Converted")), 0, 3)
        grid.addWidget(QLabel(self.tr("Rate")), 0, 4)
        self.rates = {}
        for row, variant in enumerate(("a", "b"), start=1):
            grid.addWidget(QLabel(variant.upper()), row, 0)
            grid.addWidget(getattr(self, f"variant_{variant}"), row, 1)
            grid.addWidget(self.spins[f"exposed_{variant}"], row, 2)
            grid.addWidget(self.spins[f"converted_{variant}"], row, 3)
            self.rates[variant] = QLabel(self)
            grid.addWidget(self.rates[variant], row, 4)
        grid.setColumnStretch(1, 1)
        form.addRow(grid)
        form.addRow(self.tr("Notes:"), self.notes)
        self.figures = QLabel(self)
        self.figures.setObjectName("abFigures")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("abVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setFont(font(12, 700))  # the variable font's weight axis (see docs/ARCHITECTURE.md)
        result = QGroupBox(self.tr("Result"), self)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.figures)
        result_layout.addWidget(self.verdict)
        self.editor = QWidget(self)
        editor = QVBoxLayout(self.editor)
        editor.addLayout(form)
        editor.addWidget(result)
        editor.addStretch(1)
        self.empty = QLabel(self.tr("No A/B tests yet. Test one uncertain step (change one thing, "
                                    "keep the rest) before scaling it: press New test."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.empty, 1)

    # showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.test_id
        self._loading = True
        self.list.clear()
        tests = list_ab_tests(self.context.store, self.context.campaign_id) \
            if self.context.campaign_id else []
        for test in tests:
            item = QListWidgetItem(test.step, self.list)
            item.setData(Qt.ItemDataRole.UserRole, test.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, ABDraft.of(test))
        self._loading = False
        self.empty.setVisible(not tests)
        self.editor.setVisible(bool(tests))
        self.delete_button.setEnabled(bool(tests))
        rows = [i for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == keep]
        self.list.setCurrentRow(rows[0] if rows else 0 if tests else -1)

    def _picked(self, item, _previous=None) -> None:
        if self._loading or item is None:
            return
        self.test_id = item.data(Qt.ItemDataRole.UserRole)
        self.saved = item.data(Qt.ItemDataRole.UserRole + 1)
        self._fill(self.saved)

    def _fill(self, draft: ABDraft) -> None:
        self._loading = True
        for key in ("step", "variant_a", "variant_b", "notes"):
            getattr(self, key).setText(getattr(draft, key))
        for key, spin in self.spins.items():
            spin.setValue(getattr(draft, key))
        self._loading = False
        self._show_result()

    def draft(self) -> ABDraft:
        return ABDraft(self.step.text().strip(), self.variant_a.text().strip() or "A",
                       self.variant_b.text().strip() or "B",
                       *(self.spins[key].value() for key in COUNTS), self.notes.text().strip())

    def _show_result(self) -> None:
        if self._loading:
            return
        draft = self.draft()
        try:
            check(draft)
        except UserError as error:
            self.figures.setText("")
            self.rates["a"].setText("")
            self.rates["b"].setText("")
            self.verdict.setText(str(error))
            set_tone(self.verdict, "error")
            return
        result = draft.result()
        self.rates["a"].setText(f"{result.rate_a * 100:.1f} %")
        self.rates["b"].setText(f"{result.rate_b * 100:.1f} %")
        self.figures.setText(self.tr(
            "Difference B − A: {diff} points (95 % interval {low} to {high}) · p-value {p}").format(
            diff=f"{result.difference * 100:+.1f}", low=f"{result.low * 100:+.1f}",
            high=f"{result.high * 100:+.1f}", p=f"{result.p_value:.3f}"))
        self.verdict.setText(result.verdict)
        won = result.p_value < ALPHA and result.more_per_variant == 0 and result.difference != 0
        set_tone(self.verdict, "good" if won else "neutral")

    # edits -----------------------------------------------------------------------------
    def commit(self) -> None:
        """Save the form if it changed: one undo step. A form that does not check out is not
        saved; the result panel already says what is wrong (a message box here would take
        the focus and fire editingFinished again)."""
        if self._loading or self.test_id is None or self.saved is None:
            return
        draft, test_id = self.draft(), self.test_id
        if draft == self.saved:
            return
        try:
            check(draft)
        except UserError as error:
            self.verdict.setText(str(error))
            set_tone(self.verdict, "error")
            return
        try:
            change = save_ab_test(self.context.store, self.context.campaign_id, draft, test_id)
        except UserError as error:  # deleted meanwhile
            self.verdict.setText(str(error))
            set_tone(self.verdict, "error")
            return
        self.saved = draft
        self.context.push(change, self.tr("Edit A/B test {step}").format(step=draft.step))

    def new_test(self) -> None:
        draft = ABDraft(step=self.tr("New test {n}").format(n=self.list.count() + 1))
        self.test_id = None
        change = save_ab_test(self.context.store, self.context.campaign_id, draft)
        self.test_id = change.result  # the tab's refresh on the published Change picks it
        self.context.push(change, self.tr("Add A/B test"))
        self.refresh()
        self.step.setFocus()
        self.step.selectAll()

    def delete_test(self) -> None:
        if self.test_id is None:
            return
        self.context.push(delete_ab_test(self.context.store, self.test_id),
                          self.tr("Delete A/B test {step}").format(step=self.saved.step))
