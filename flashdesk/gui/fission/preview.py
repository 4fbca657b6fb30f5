"""Before invites are imported: what each row of the file would do and whether it would
count (and why not). Import writes them as one undoable step; Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from flashdesk.fission.service import ImportSummary


class InvitePreview(QDialog):
    def __init__(self, summary: ImportSummary, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import invites: {name}").format(name=summary.file))
        actions = {"added": self.tr("new"), "updated": self.tr("changed"),
                   "unchanged": self.tr("unchanged"), "skipped": self.tr("skipped")}
        self.summary_label = QLabel(summary.text(), self)
        self.summary_label.setWordWrap(True)
        model = QStandardItemModel(0, 5, self)
        model.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Inviter"), self.tr("Invitee"),
                                         self.tr("Import"), self.tr("Counts?")])
        for row in summary.rows:
            verdict = row.reason or self.tr("counts")
            model.appendRow([QStandardItem(str(row.row)), QStandardItem(row.inviter),
                             QStandardItem(row.invitee), QStandardItem(actions[row.action]),
                             QStandardItem(verdict)])
        self.rows = QTableView(self)
        self.rows.setModel(model)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(not summary.unchanged)
        if summary.unchanged:
            self.summary_label.setText(summary.text() + " " + self.tr(
                "The campaign already holds these invites; importing would change nothing."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rows, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
