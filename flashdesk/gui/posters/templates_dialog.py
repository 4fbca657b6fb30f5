"""New poster: pick a format, a template (shown as a thumbnail filled from the campaign) and
a name."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from flashdesk.posters.formats import formats, palettes, templates_for
from flashdesk.posters.model import PosterDoc, instantiate
from flashdesk.posters.render import render_image

THUMB = 150


class TemplateDialog(QDialog):
    def __init__(self, values: dict, payload: str, default_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New poster"))
        self.values, self.payload = values, payload
        self.name = QLineEdit(default_name, self)
        self.format = QComboBox(self)
        for fmt in formats().values():
            self.format.addItem(fmt.label, fmt.key)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB * 16 // 9))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setMinimumSize(4 * (THUMB + 30), THUMB * 16 // 9 + 60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._fill()

    def _fill(self) -> None:
        fmt = formats()[self.format.currentData()]
        self.list.clear()
        for template in templates_for(fmt):
            palette = palettes()[template.palette]
            doc = PosterDoc(fmt, instantiate(template, fmt, palette, self.payload or "https://example.com"),
                            self.values, palette.key)
            image = render_image(doc, THUMB / fmt.width)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), template.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            item.setToolTip(self.tr("Palette: {name} — suits {suits}").format(
                name=palette.label, suits=palette.suits))
        self.list.setCurrentRow(0)

    def choice(self) -> tuple[str, str, str]:
        """(template key, format key, name)."""
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole) if item else "", self.format.currentData(),
                self.name.text())
