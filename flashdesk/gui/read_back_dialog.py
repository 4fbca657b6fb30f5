"""File → Read back workbook…: the diff between a workbook the team filled in and the
campaign, sheet by sheet, before anything is written. Added and changed rows start ticked;
a conflict (changed in the workbook and in the app since the export) shows both values side
by side, the cells changed in both places marked, and starts unticked, so the app's value
stays unless the operator takes the workbook's. Applying the ticked rows is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from flashdesk.workbook.readback import ReadBack, RowDiff

CONFLICT = QColor("#fdecea")


class ReadBackDialog(QDialog):
    def __init__(self, read: ReadBack, parent=None):
        super().__init__(parent)
        self.read = read
        self.setWindowTitle(self.tr("Read back workbook"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the rows to write into the campaign. A conflict is a cell "
                               "changed in the workbook and in the app since the export (marked "
                               "⚠); ticking its row takes the workbook's values."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("What"), self.tr("Column"),
                                   self.tr("In the app now"), self.tr("In the workbook")])
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 220)
        self.tree.setColumnWidth(2, 90)
        # the two values are what the operator decides between: they share the rest of the
        # width and wrap (the workbook's value was cut to "新正文：今晚…" at the right edge)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (3, 4):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        # below the tree, where it wraps: a dozen sheet names overran a tree row's width
        self.quiet = QLabel(self)
        self.quiet.setWordWrap(True)
        layout.addWidget(self.quiet)
        self._rows: list[tuple[QTreeWidgetItem, RowDiff]] = []
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button = buttons.addButton(self.tr("Apply ticked rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        kinds = {"added": self.tr("added"), "changed": self.tr("changed"), "conflict": self.tr("conflict")}
        quiet = []
        for sheet in self.read.sheets:
            if not (sheet.rows or sheet.unreadable or sheet.missing):
                quiet.append(sheet.title)
                continue
            top = QTreeWidgetItem(self.tree, [sheet.title + " — " + self.tr(
                "{added} added, {changed} changed, {conflicts} conflicts, {bad} unreadable, "
                "{missing} not in the workbook").format(
                added=sum(r.kind == "added" for r in sheet.rows),
                changed=sum(r.kind == "changed" for r in sheet.rows),
                conflicts=sum(r.kind == "conflict" for r in sheet.rows),
                bad=len(sheet.unreadable), missing=len(sheet.missing))])
            top.setFirstColumnSpanned(True)
            for row in sheet.rows:
                item = QTreeWidgetItem(top, [self.tr("row {row}: {kind}").format(row=row.row, kind=kinds[row.kind]),
                                             row.label])
                item.setToolTip(1, row.label)
                item.setCheckState(0, Qt.CheckState.Unchecked if row.kind == "conflict" else Qt.CheckState.Checked)
                for cell in row.cells:
                    child = QTreeWidgetItem(item, ["", "⚠ " + self.tr("changed in both") if cell.conflict else "",
                                                   cell.column, cell.old, cell.new])
                    child.setToolTip(3, cell.old)
                    child.setToolTip(4, cell.new)
                    if cell.conflict:
                        for column in range(5):
                            child.setBackground(column, QBrush(CONFLICT))
                        bold = QFont(child.font(4))
                        bold.setBold(True)
                        child.setFont(4, bold)
                item.setExpanded(True)
                self._rows.append((item, row))
            for bad in sheet.unreadable:
                item = QTreeWidgetItem(top, [self.tr("row {row}: unreadable").format(row=bad.row), bad.why, bad.column])
                item.setToolTip(1, bad.why)
                item.setForeground(1, QBrush(QColor("#b03a2e")))
            for title in sheet.missing:
                QTreeWidgetItem(top, [self.tr("deleted by the team"), title, "",
                                      self.tr("kept in the app")]).setToolTip(1, title)
            top.setExpanded(True)
        self.quiet.setText(self.tr("No changes in: {sheets}").format(sheets="、".join(quiet)))
        self.quiet.setVisible(bool(quiet))

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item, _row in self._rows:
            item.setCheckState(0, state)

    def chosen(self) -> list[RowDiff]:
        return [row for item, row in self._rows if item.checkState(0) == Qt.CheckState.Checked]
