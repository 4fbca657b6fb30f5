"""One poster per staff member: type or paste `name, link` rows (or load a CSV/xlsx), pick a
folder; the rendering runs off the UI thread and bad rows are reported by row number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from flashdesk.gui.messages import show_error
from flashdesk.posters.batch import parse_rows, read_rows


class BatchDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Posters per staff member"))
        self.rows = QPlainTextEdit(self)
        self.rows.setPlaceholderText(self.tr("One row per person: name, QR link\n"
                                             "张三, https://example.com/live/zhang"))
        self.load_button = QPushButton(self.tr("Load CSV / Excel…"), self)
        self.load_button.clicked.connect(self._load)
        self.folder = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.overwrite = QCheckBox(self.tr("Replace posters already in the folder"), self)
        form = QFormLayout()
        form.addRow(self.tr("Output folder"), folder_row)
        form.addRow("", self.overwrite)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each row gets the poster with its own QR code and name; "
                                        "every poster is checked and its QR decoded."), self))
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.load_button)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Staff list"), "",
                                              self.tr("Lists (*.csv *.txt *.xlsx)"))
        if not path:
            return
        try:
            rows = read_rows(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.rows.setPlainText("\n".join(f"{r.name}\t{r.payload}" for r in rows))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if folder:
            self.folder.setText(folder)

    def _accept(self) -> None:
        from flashdesk.posters.formats import PosterError

        if not self.staff_rows():
            show_error(self, PosterError(self.tr("Add at least one row: name, QR link.")))
        elif not self.folder.text().strip():
            show_error(self, PosterError(self.tr("Choose the folder the posters go to.")))
        else:
            self.accept()

    def staff_rows(self):
        return parse_rows(self.rows.toPlainText())
