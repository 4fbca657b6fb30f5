"""The post dialog's poster row: a list of the campaign's posters, each with a small
thumbnail and its checker error count, and a larger thumbnail of the chosen one. The tab
renders the thumbnails (through flashdesk.posters) and hands them in; the picker only shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

ICON_HEIGHT = 40
PREVIEW_HEIGHT = 150


@dataclass
class PosterOption:
    id: int
    label: str  # "裂变海报 · v2"
    errors: int
    deleted: bool = False
    image: object = None  # QImage thumbnail, PREVIEW_HEIGHT px tall (None: could not render)


class PosterPicker(QWidget):
    def __init__(self, options: list[PosterOption], current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.options = {option.id: option for option in options}
        self.combo = QComboBox(self)
        self.combo.setObjectName("posterPicker")
        self.combo.setIconSize(QSize(ICON_HEIGHT * 9 // 16, ICON_HEIGHT))
        self.combo.addItem(self.tr("(no poster)"), None)
        for option in options:
            icon = QIcon(QPixmap.fromImage(option.image)) if option.image is not None else QIcon()
            self.combo.addItem(icon, self._text(option), option.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.preview = QLabel(self)
        self.preview.setObjectName("posterPreview")
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.state = QLabel(self)
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.combo)
        side.addWidget(self.state)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side, 1)
        layout.addWidget(self.preview)
        self.combo.currentIndexChanged.connect(self._show)
        self._show()

    def _text(self, option: PosterOption) -> str:
        if option.deleted:
            return self.tr("{poster} (deleted)").format(poster=option.label)
        if option.errors:
            return self.tr("{poster} — checker errors: {n}").format(poster=option.label, n=option.errors)
        return option.label

    def poster_id(self) -> int | None:
        return self.combo.currentData()

    def _show(self) -> None:
        option = self.options.get(self.combo.currentData())
        self.preview.setVisible(option is not None and option.image is not None)
        if option is not None and option.image is not None:
            self.preview.setPixmap(QPixmap.fromImage(option.image))
        if option is None:
            self.state.setText(self.tr("The post shares no poster."))
        elif option.deleted:
            self.state.setText(self.tr("This poster was deleted; pick another or none."))
        elif option.errors:
            self.state.setText(self.tr("Checker errors on this poster: {n}. Fix them in the Posters "
                                       "tab before the post goes out.").format(n=option.errors))
        else:
            self.state.setText(self.tr("The poster checker finds no errors."))
