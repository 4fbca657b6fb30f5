"""Importing an export: the file is read, its kind and columns guessed from the headings (or
remembered for its shape); the operator checks or changes the column of each field, and OK
checks every row and imports all or nothing, off the UI thread with progress and Cancel."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from flashdesk.customers.importer import Steps, Summary, import_rows, remembered
from flashdesk.customers.rows import Sheet, mapping_for, parse
from flashdesk.customers.shapes import KINDS, shape_key, shapes
from flashdesk.errors import UserError
from flashdesk.gui.messages import show_error
from flashdesk.gui.workers import BackgroundTask
from flashdesk.i18n import translate

NONE = -1
FIELDS = {
    "external_id": QT_TRANSLATE_NOOP("ImportDialog", "External user id"),
    "nickname": QT_TRANSLATE_NOOP("ImportDialog", "Nickname"),
    "remark": QT_TRANSLATE_NOOP("ImportDialog", "Remark"),
    "added_by": QT_TRANSLATE_NOOP("ImportDialog", "Added by"),
    "added_on": QT_TRANSLATE_NOOP("ImportDialog", "Added on"),
    "source": QT_TRANSLATE_NOOP("ImportDialog", "Source"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "group": QT_TRANSLATE_NOOP("ImportDialog", "Group"),
    "group_nickname": QT_TRANSLATE_NOOP("ImportDialog", "Nickname in the group"),
    "joined_at": QT_TRANSLATE_NOOP("ImportDialog", "Joined at"),
    "join_method": QT_TRANSLATE_NOOP("ImportDialog", "Join method"),
    "inviter": QT_TRANSLATE_NOOP("ImportDialog", "Inviter"),
    "order_no": QT_TRANSLATE_NOOP("ImportDialog", "Order no."),
    "ordered_at": QT_TRANSLATE_NOOP("ImportDialog", "Ordered at"),
    "paid_at": QT_TRANSLATE_NOOP("ImportDialog", "Paid at"),
    "item": QT_TRANSLATE_NOOP("ImportDialog", "Item"),
    "amount": QT_TRANSLATE_NOOP("ImportDialog", "Amount paid"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "refund": QT_TRANSLATE_NOOP("ImportDialog", "Refund"),
    "channel": QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
}


class ImportDialog(QDialog):
    def __init__(self, store, sheet: Sheet, path: Path, campaign_id: int | None, parent=None):
        super().__init__(parent)
        self.store, self.sheet, self.path, self.campaign_id = store, sheet, path, campaign_id
        self.change = None
        self.summary: Summary | None = None
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.kind = QComboBox(self)
        names = {"customers": self.tr("Customer list (WeCom)"), "members": self.tr("Group members"),
                 "orders": self.tr("Shop orders"), "names": self.tr("Names (e.g. likers of a post)")}
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.fields = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("importProblem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.task = None
        top = QFormLayout()
        top.addRow(self.tr("The file lists"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Which column holds each field (guessed from the "
                                        "headings; remembered for files of this shape):"), self))
        layout.addLayout(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.combos: dict[str, QComboBox] = {}
        known = remembered(store, shape_key(sheet.headings)) if sheet.headings else None
        self.named = known[1] if known else {}
        try:
            kind, _mapping = mapping_for(sheet, known[0] if known else None, self.named)
        except UserError:
            kind = "names"
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill()

    def _fill(self) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.combos.clear()
        kind = self.kind.currentData()
        try:
            _kind, mapping = mapping_for(self.sheet, kind, self.named if self.sheet.headings else None)
        except UserError:
            mapping = {}
        if not self.sheet.headings:
            self.fields.addRow(QLabel(self.tr("No headings: every line is one name."), self))
            return
        for field in shapes()[kind].fields:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in the file)"), NONE)
            for index, heading in enumerate(self.sheet.headings):
                if heading:
                    combo.addItem(heading, index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, NONE))))
            self.combos[field] = combo
            label = self.tr(FIELDS[field]) + (" *" if field in shapes()[kind].required else "")
            self.fields.addRow(label, combo)
        # made after the buttons, the choosers would come after Cancel in the Tab order
        for before, after in pairwise([self.kind, *self.combos.values(), *self.buttons.buttons()]):
            QWidget.setTabOrder(before, after)

    def mapping(self) -> dict[str, int]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() != NONE}

    def run(self) -> None:
        """Check the mapping here, then read and import the rows off the UI thread with a
        progress dialog that can cancel (a cancelled import writes nothing)."""
        kind = self.kind.currentData()
        mapping = self.mapping() if self.sheet.headings else {"nickname": 0}
        missing = [f for f in shapes()[kind].required if f not in mapping]
        if missing:
            self.problem.setText(self.tr("Choose the column for {fields}.")
                                 .format(fields=", ".join(self.tr(FIELDS[f]) for f in missing)))
            return
        headings = {f: self.sheet.headings[i] for f, i in mapping.items()} \
            if self.sheet.headings else {}
        store, sheet, path = self.store, self.sheet, self.path
        campaign_id = self.campaign_id if kind != "customers" else None

        def work(progress):
            steps = Steps(progress)
            parsed = parse(sheet, kind, mapping,
                           steps.part(0, 30, translate("Customers", "Checking rows…")))
            return import_rows(store, parsed, shape=shape_key(sheet.headings), headings=headings,
                               campaign_id=campaign_id, label=path.stem, file_name=path.name,
                               progress=progress)

        self.problem.clear()
        self.buttons.setEnabled(False)
        self.task = BackgroundTask(self, self.tr("Importing {name}…").format(name=path.name),
                                   work, self._finished).start()

    def report(self) -> str:
        """What the finished import did, for the status bar; it names the rows skipped
        because their people were forgotten, so none is skipped silently."""
        summary = self.summary
        text = self.tr("Imported {name}: {new} new people, {updated} people updated, {added} "
                       "rows added, {changed} rows updated.").format(
            name=self.path.name, new=summary.new_people, updated=summary.updated_people,
            added=summary.added, changed=summary.updated)
        return " ".join(filter(None, (text, summary.forgotten_note())))

    def reject(self) -> None:
        """Escape or closing the window while the import runs does nothing: the progress
        dialog's Cancel stops it (closing here would lose a finished import's undo step)."""
        if self.task is None:
            super().reject()

    def _finished(self, result, error) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):  # a bad file, or cancelled: the store is unchanged
            self.problem.setText(str(error))
        elif error is not None:
            show_error(self, error)
        else:
            self.summary, self.change = result
            self.accept()
