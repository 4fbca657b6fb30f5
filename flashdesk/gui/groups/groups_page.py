"""Groups & live code: the live-code URL, the quota, the warnings, the groups in rotation
order (their QR read from a screenshot file or the clipboard) and the selected group's
set-up checklist."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from flashdesk.groups import service
from flashdesk.groups.checks import group_warnings
from flashdesk.groups.qr import decode_group_qr
from flashdesk.groups.tables import GROUP_STATES, ChatGroup, GroupSetupItem
from flashdesk.gui.groups.copy_links import pick_copy
from flashdesk.gui.groups.models import ChoiceDelegate, Column, edit_row
from flashdesk.gui.groups.page import COPY_TABLES, NothingSelected, Page, button_row, table_view
from flashdesk.gui.groups.quota import QuotaBox
from flashdesk.gui.messages import show_error
from flashdesk.posters.group_check import group_warnings_from_posters


class GroupsPage(Page):
    # the groups with their checklists, the live code and quota, the posters it warns about
    TABLES = COPY_TABLES | {"group_setup_item", "poster"}

    def __init__(self, context, clock, parent=None):
        super().__init__(context, clock, parent)
        self.warned_groups: set[int | None] = set()
        self.live_code = QLineEdit(self)
        self.live_code.setObjectName("liveCode")
        self.live_code.setPlaceholderText(self.tr("https://… the live code your posters carry"))
        self.live_code.editingFinished.connect(self._live_code_edited)
        self.quota_box = QuotaBox(context, self)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("problems")
        self.warnings.setWordWrap(True)
        self.group_model = self.model(ChatGroup, [
            Column("name", self.tr("Group")), Column("qr_payload", self.tr("QR payload")),
            Column("capacity", self.tr("Capacity"), "int"), Column("members", self.tr("Members"), "int"),
            Column("created_on", self.tr("QR created"), "datetime"),
            Column("expires_at", self.tr("QR expires"), "datetime"),
            Column("state", self.tr("State"), "state")],
            highlight=lambda group: group.id in self.warned_groups)
        self.group_view = table_view(self.group_model, self, stretch=(1,))
        self.group_view.setItemDelegateForColumn(6, ChoiceDelegate(GROUP_STATES, parent=self.group_view))
        self.group_view.selectionModel().selectionChanged.connect(lambda *_: self._show_checklist())
        add = QPushButton(self.tr("Add group"), self)
        add.clicked.connect(self.add_group)
        read = QPushButton(self.tr("Read QR from screenshot…"), self)
        read.clicked.connect(self._read_qr_clicked)
        paste = QPushButton(self.tr("Paste QR screenshot"), self)
        paste.setToolTip(self.tr("Read the group QR from a screenshot you copied to the clipboard"))
        paste.clicked.connect(self.paste_qr)
        up = QPushButton(self.tr("Move up"), self)
        up.clicked.connect(lambda: self.move_group(-1))
        down = QPushButton(self.tr("Move down"), self)
        down.clicked.connect(lambda: self.move_group(1))
        delete = QPushButton(self.tr("Delete group"), self)
        delete.clicked.connect(lambda: self.delete(self.group_view, ChatGroup, self.tr("Delete group")))
        self.checklist_title = QLabel(self)
        self.checklist_title.setObjectName("sectionTitle")
        self.checklist_model = self.model(GroupSetupItem, [
            Column("done", self.tr("Done"), "check"), Column("title", self.tr("Item")),
            Column("text", self.tr("Text"), "filled"),
            Column("copy_id", self.tr("Linked copy"), "copy", editable=False)], load=self._checklist_rows)
        self.models.remove(self.checklist_model)  # it follows the selected group instead
        self.checklist_view = table_view(self.checklist_model, self, stretch=(2,))
        copy_column = self.checklist_view.horizontalHeader()
        copy_column.setSectionResizeMode(3, copy_column.ResizeMode.Interactive)
        self.checklist_view.setColumnWidth(3, 220)  # a long copy title wraps instead of being cut
        self.checklist_view.doubleClicked.connect(
            lambda index: index.column() == 3 and self.pick_item_copy())
        self.copy_button = QPushButton(self.tr("Pick copy for line…"), self)
        self.copy_button.setToolTip(self.tr("Link a copy of the library to the selected checklist line "
                                            "(announcement, welcome message, group rules…)"))
        self.copy_button.clicked.connect(self.pick_item_copy)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Live code:"), self))
        top.addWidget(self.live_code, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QWidget(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(button_row(add, read, paste, up, down, delete))
        upper_layout.addWidget(self.group_view)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        checklist_head = QHBoxLayout()
        checklist_head.addWidget(self.checklist_title, 1)
        checklist_head.addWidget(self.copy_button)
        lower_layout.addLayout(checklist_head)
        lower_layout.addWidget(self.checklist_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.quota_box)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        store, cid = self.context.store, self.campaign_id
        selected = self.selected(self.group_view)
        self.live_code.setText(service.live_code(store, cid))
        self.quota_box.show_campaign(cid)
        self.refresh_warnings()
        super().refresh()
        row = 0
        if selected is not None:
            row = next((i for i, g in enumerate(self.group_model.rows) if g.id == selected.id), 0)
        if self.group_model.rows:
            self.group_view.selectRow(row)
        self._show_checklist()

    def refresh_warnings(self) -> None:
        store = self.context.store
        found = group_warnings(store, self.campaign_id, self.clock()) + \
            group_warnings_from_posters(store, self.campaign_id)
        self.warned_groups = {w.group_id for w in found}
        self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
        self.warnings.setVisible(bool(found))
        self.group_model.layoutChanged.emit()  # repaint the highlighted rows

    def _checklist_rows(self) -> list:
        group = self.selected(self.group_view)
        return service.setup_checklist(self.context.store, group.id) if group else []

    def _show_checklist(self) -> None:
        group = self.selected(self.group_view)
        self.checklist_title.setText(self.tr("Set-up checklist — {name}").format(name=group.name)
                                     if group else self.tr("Set-up checklist"))
        self.checklist_model.reload()

    # --- actions --------------------------------------------------------------------------
    def pick_item_copy(self) -> bool:
        """The library picker for the selected checklist line (its stage preselected)."""
        item = self.selected(self.checklist_view)
        if item is None:
            show_error(self, NothingSelected(self.tr("Select a line of the set-up checklist first.")))
            return False
        return pick_copy(self, GroupSetupItem, item.id, item.key, item.copy_id, item.title)

    def _live_code_edited(self) -> None:
        url = self.live_code.text().strip()
        store, cid = self.context.store, self.campaign_id
        if cid is None or url == service.live_code(store, cid):
            return
        if self.push(self.tr("Set live code"), lambda: service.set_live_code(store, cid, url)) is None:
            self.live_code.setText(service.live_code(store, cid))

    def add_group(self) -> int | None:
        store, cid = self.context.store, self.campaign_id
        return self.add(self.tr("Add group"), lambda: service.add_group(store, cid, now=self.clock()))

    def move_group(self, step: int) -> None:
        group = self.selected(self.group_view)
        if group is None:
            return
        index = next(i for i, g in enumerate(self.group_model.rows) if g.id == group.id)
        if 0 <= index + step < len(self.group_model.rows):
            self.push(self.tr("Move group"), lambda: service.move_group(self.context.store, group.id, step))

    def _read_qr_clicked(self) -> None:
        group = self.selected(self.group_view)
        if group is None:
            show_error(self, NothingSelected(self.tr("Select the group whose QR code you are reading.")))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Screenshot of the group QR code"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if path:
            self.read_qr(group.id, path)

    def paste_qr(self) -> bool:
        """Read the selected group's QR from an image on the clipboard (a fresh screenshot)."""
        group = self.selected(self.group_view)
        image = QGuiApplication.clipboard().image()
        if group is None or image.isNull():
            show_error(self, NothingSelected(
                self.tr("Select a group and copy a screenshot of its QR code first.") if image.isNull()
                else self.tr("Select the group whose QR code you are reading.")))
            return False
        with tempfile.TemporaryDirectory(prefix="flashdesk-qr-") as folder:
            path = str(Path(folder) / "clipboard.png")
            image.save(path, "PNG")
            return self.read_qr(group.id, path)

    def read_qr(self, group_id: int, path: str) -> bool:
        try:
            payload = decode_group_qr(path)
        except Exception as exc:
            show_error(self, exc)
            return False
        # a screenshot shows a QR just made: its 7-day validity starts now
        return edit_row(self.context, self, self.tr("Read group QR"), ChatGroup, group_id,
                        **service.new_qr_fields(payload, self.clock()))
