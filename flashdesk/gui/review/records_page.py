"""One editable table of review records (daily numbers, channels, copies or materials):
type into cells, add and delete rows, copy and paste tab-separated text with Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.review.edits import save_with_choice
from flashdesk.gui.review.models import RecordsModel, parse_tsv, tsv
from flashdesk.playbook import key_dates
from flashdesk.review.records import KINDS, Source, kind_title, rows_from_sequences
from flashdesk.review.service import delete_records, records, save_records


class RecordsPage(QWidget):
    def __init__(self, context: AppContext, kind_name: str, parent=None):
        super().__init__(parent)
        self.context, self.kind_name = context, kind_name
        self.kind = KINDS[kind_name]
        self.model = RecordsModel(kind_name, self._edit_cell, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"records_{kind_name}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(self.tr("Delete rows"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.paste_button = QPushButton(self.tr("Paste from Excel"), self)
        self.paste_button.setToolTip(self.tr("Copy rows in Excel (columns in this table's order, "
                                             "a heading row is fine) and paste them here (Ctrl+V)."))
        self.paste_button.clicked.connect(self.paste)
        buttons = [self.add_button, self.delete_button, self.paste_button]
        self.link_button = None
        if "copy_id" in self.kind.links:
            self.link_button = QPushButton(self.tr("Link library copy…"), self)
            self.link_button.setToolTip(self.tr(
                "Pick the copy library's copy this row reports on: its participants are then "
                "kept in step with the copies tab, and the best copy uses them."))
            self.link_button.clicked.connect(self.link_copy)
            buttons.append(self.link_button)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.note = QLabel(self)  # where other tabs' numbers join this table's (set by the tab)
        self.note.setObjectName("reviewRecordsNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        for keys, slot in ((QKeySequence.StandardKey.Paste, self.paste),
                           (QKeySequence.StandardKey.Copy, self.copy),
                           (QKeySequence.StandardKey.Delete, self.delete_selected)):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def refresh(self) -> None:
        campaign_id = self.context.campaign_id
        rows = records(self.context.store, campaign_id, self.kind_name) if campaign_id else []
        self.model.link_titles = self._link_titles(rows)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n row(s)", "", len(rows)))

    def _link_titles(self, rows: list[dict]) -> dict[int, str]:
        from flashdesk.copies.service import get_copy

        titles = {}
        for copy_id in {r.get("copy_id") for r in rows} - {None}:
            try:
                titles[copy_id] = get_copy(self.context.store, copy_id).title
            except UserError:  # removed from the library since: shown unlinked
                continue
        return titles

    def link_copy(self) -> None:
        """Pick the library copy the current row reports on (or "No copy" to unlink)."""
        from flashdesk.gui.copies.picker import CopyPicker
        from flashdesk.gui.messages import show_error
        from flashdesk.review.library import link_copy

        current = self.view.currentIndex()
        rows = self.selected_rows() or ([current.row()] if current.isValid() else [])
        if not rows:
            show_error(self, UserError(self.tr("Select the copy row to link first.")))
            return
        row = self.model.rows[rows[0]]
        picker = CopyPicker(self, self.context.store, self.context.campaign_id,
                            current=row.get("copy_id"), subject=row["title"])
        chosen = picker.pick()
        if not chosen.changed:
            return
        try:
            change = link_copy(self.context.store, self.context.campaign_id, row["title"],
                               chosen.copy_id)
        except UserError as error:
            show_error(self, error)
            return
        text = (self.tr("Link {row} to a library copy") if chosen.copy_id is not None
                else self.tr("Unlink {row} from the library")).format(row=row["title"])
        self.context.push(change, text)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # edits -----------------------------------------------------------------------------
    def _edit_cell(self, row: dict, key: str, value) -> bool:
        raw = dict(row)
        raw[key] = value
        old_key = self.kind.key_of(row)
        text = self.tr("Edit {column} in {table}").format(
            column=self.model.headerData(self.kind.columns.index(self.kind.column(key)),
                                         Qt.Orientation.Horizontal), table=kind_title(self.kind_name))
        return save_with_choice(self, self.context, text, lambda choice: save_records(
            self.context.store, self.context.campaign_id, self.kind_name, [raw],
            on_duplicate=choice, replacing=[old_key]))

    def add_row(self) -> None:
        """A new row with valid defaults (a free name, launch day) for the operator to edit."""
        from flashdesk.campaigns.service import get_campaign

        campaign = get_campaign(self.context.store, self.context.campaign_id)
        dates = key_dates(campaign)
        taken = {self.kind.key_of(r) for r in self.model.rows}
        label = {"daily": self.tr("Group {n}"), "channels": self.tr("Channel {n}"),
                 "copies": self.tr("Copy {n}"), "materials": self.tr("Material {n}")}[self.kind_name]
        day = dates.launch_day
        if self.model.rows and self.kind_name in ("daily", "channels"):
            last = max(r["day"] for r in self.model.rows)
            day = last if dates.in_window(last) else day
        n = 1
        while True:
            name = label.format(n=n)
            row = {"day": day, "group_label": name, "channel": name, "title": name, "name": name,
                   "used_on": None, "kind": "poster"}
            if self.kind.key_of(row) not in taken:
                break
            n += 1
        raw = {c.key: row.get(c.key, 0) for c in self.kind.columns}
        change = save_records(self.context.store, self.context.campaign_id, self.kind_name, [raw])
        self.context.push(change, self.tr("Add a row to {table}").format(table=kind_title(self.kind_name)))
        for index, existing in enumerate(self.model.rows):
            if self.kind.key_of(existing) == self.kind.key_of(raw):
                self.view.setCurrentIndex(self.model.index(index, len(self.kind.key) - 1))
                self.view.scrollTo(self.view.currentIndex())

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        keys = [self.model.key_of(r) for r in rows]
        change = delete_records(self.context.store, self.context.campaign_id, self.kind_name, keys)
        self.context.push(change, self.tr("Delete %n row(s) from {table}", "", len(keys))
                          .format(table=kind_title(self.kind_name)))

    def copy(self) -> None:
        rows = self.selected_rows() or range(self.model.rowCount())
        QGuiApplication.clipboard().setText(tsv(self.kind_name, [self.model.rows[r] for r in rows]))

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Pasted rows are added (or, for a day already recorded, replace it if the operator
        says so); a single value pasted onto a cell edits that cell."""
        if not text.strip():
            return False
        current = self.view.currentIndex()
        if "\t" not in text and "\n" not in text.strip() and current.isValid():
            return self.model.setData(current, text.strip())
        cells, skipped = parse_tsv(self.kind_name, text)
        raw = rows_from_sequences(self.kind, cells)
        source = Source(self.tr("Pasted rows"), first_row=1 + skipped)
        return save_with_choice(self, self.context, self.tr("Paste %n row(s) into {table}", "",
                                                              len(raw)).format(table=kind_title(self.kind_name)),
                                lambda choice: save_records(self.context.store, self.context.campaign_id,
                                                            self.kind_name, raw, source=source,
                                                            on_duplicate=choice))
