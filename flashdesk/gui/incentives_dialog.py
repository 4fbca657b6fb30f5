"""The incentives editor: red packets and draws per key node (count, amount range, who sends)
and the campaign's budget, with the plan's totals and a warning as you type. OK saves them in
one undo step; a problem keeps the dialog open and says which row to fix."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from flashdesk.campaigns.incentives import (
    KINDS,
    MAX_COUNT,
    IncentiveDraft,
    budget_plan,
    kind_name,
    validate_incentives,
)
from flashdesk.campaigns.offer import MAX_AMOUNT, money
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import show_error
from flashdesk.i18n import translate

COLUMNS = ("node", "kind", "count", "min", "max", "sender")


def column_labels() -> dict[str, str]:
    """The table's headers by the incentive columns they edit (the activity log's words too)."""
    return {"node_key": translate("IncentivesDialog", "Key node"),
            "kind": translate("IncentivesDialog", "Kind"),
            "count": translate("IncentivesDialog", "Count"),
            "min_amount": translate("IncentivesDialog", "From (yuan)"),
            "max_amount": translate("IncentivesDialog", "To (yuan)"),
            "sender": translate("IncentivesDialog", "Sent by")}


class IncentivesDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[IncentiveDraft], budget: float,
                 nodes: Mapping[str, str], occurrences: Mapping[str, int]):
        super().__init__(parent)
        self.setObjectName("IncentivesDialog")
        self.setWindowTitle(self.tr("Red packets and draws"))
        self.resize(820, 480)
        self.nodes, self.occurrences = dict(nodes), dict(occurrences)
        intro = QLabel(self.tr("Each line is sent every time its key node comes: a node of "
                               "every group day sends it once a day. Planned spending counts "
                               "every packet at its highest amount."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("incentiveTable")
        self.table.setHorizontalHeaderLabels(list(column_labels().values()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.clicked.connect(lambda: self._add(IncentiveDraft(next(iter(self.nodes)))))
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.clicked.connect(self._remove)
        self.budget = QDoubleSpinBox(self)
        self.budget.setObjectName("budget")
        self.budget.setRange(0, MAX_AMOUNT)
        self.budget.setDecimals(2)
        self.budget.setValue(budget)
        self.budget.valueChanged.connect(self._totals)
        self.totals = QLabel(self)
        self.totals.setObjectName("incentiveTotals")
        self.warning = QLabel(self)
        self.warning.setObjectName("problems")
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Budget (yuan)"), self.budget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addLayout(form)
        layout.addWidget(self.totals)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        for row in rows:
            self._add(row)
        self._totals()

    def _add(self, row: IncentiveDraft) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        node = QComboBox(self.table)
        for key, name in self.nodes.items():
            node.addItem(name, key)
        if row.node_key not in self.nodes:  # a node the playbook no longer has: keep it visible
            node.addItem(row.node_key, row.node_key)
        node.setCurrentIndex(node.findData(row.node_key))
        kind = QComboBox(self.table)
        for key in KINDS:
            kind.addItem(kind_name(key), key)
        kind.setCurrentIndex(max(0, kind.findData(row.kind)))
        count = QSpinBox(self.table)
        count.setRange(1, MAX_COUNT)
        count.setValue(max(1, row.count))
        low, high = self._amount(row.min_amount), self._amount(row.max_amount)
        sender = QLineEdit(row.sender, self.table)
        sender.setMaxLength(100)
        cells = (node, kind, count, low, high, sender)
        for column, widget in enumerate(cells):
            self.table.setCellWidget(r, column, widget)
        # made after the buttons, a line would come after Cancel in the Tab order
        previous = self.table.cellWidget(r - 1, len(COLUMNS) - 1) if r else self.table
        for before, after in pairwise((previous, *cells)):
            QWidget.setTabOrder(before, after)
        for signal in (node.currentIndexChanged, count.valueChanged, low.valueChanged, high.valueChanged):
            signal.connect(self._totals)
        self._totals()

    def _amount(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self.table)
        box.setRange(0, MAX_AMOUNT)
        box.setDecimals(2)
        box.setValue(value)
        return box

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
        self._totals()

    def rows(self) -> list[IncentiveDraft]:
        result = []
        for r in range(self.table.rowCount()):
            node, kind, count, low, high, sender = (self.table.cellWidget(r, c) for c in range(len(COLUMNS)))
            result.append(IncentiveDraft(node.currentData(), kind.currentData(), count.value(),
                                         round(low.value(), 2), round(high.value(), 2),
                                         sender.text().strip()))
        return result

    def _totals(self) -> None:
        plan = budget_plan(self.rows(), self.occurrences, self.budget.value())
        self.totals.setText(self.tr("Planned at most ¥{planned}, expected about ¥{expected}, "
                                    "budget ¥{budget}.").format(
            planned=money(plan.planned), expected=money(plan.expected), budget=money(plan.budget)))
        self.warning.setText(plan.warning())
        self.warning.setVisible(plan.over)

    def accept(self) -> None:
        problems = validate_incentives(self.rows(), self.nodes)
        if problems:
            self.warning.setText("\n".join(f"• {p}" for p in problems))
            self.warning.setVisible(True)
            return
        super().accept()


def edit_incentives(parent: QWidget, context: AppContext) -> bool:
    """Open the editor for the selected campaign; OK pushes one undo step."""
    from flashdesk.campaigns.incentives import incentives, node_names, set_incentives
    from flashdesk.campaigns.service import get_offer
    from flashdesk.groups.incentive_plan import node_counts

    campaign_id = context.campaign_id
    if campaign_id is None:
        return False
    try:
        rows, budget = incentives(context.store, campaign_id), get_offer(context.store, campaign_id).budget
        counts = node_counts(context.store, campaign_id)
    except Exception as exc:
        show_error(parent, exc)
        return False
    dialog = IncentivesDialog(parent, rows, budget, node_names(), counts)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    after, new_budget = dialog.rows(), round(dialog.budget.value(), 2)
    if after == rows and new_budget == budget:
        return False
    try:
        context.push(set_incentives(context.store, campaign_id, after, new_budget),
                     translate("IncentivesDialog", "Edit red packets and draws"))
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True
