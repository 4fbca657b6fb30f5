"""The review charts inside the tab: a list of charts and the chosen one drawn on a
FigureCanvasQTAgg. matplotlib is imported when the charts are first shown, not at start;
only the visible chart is drawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import show_error
from flashdesk.review.charts import CHART_KEYS, chart_title
from flashdesk.review.summary import ReviewData


def file_name(title: str) -> str:
    """A chart title as a file name on every system (no : / \\ * ? " < > |)."""
    return "".join("-" if ch in '\\/:*?"<>|' else ch for ch in title).strip()


class ChartsView(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.data: ReviewData | None = None
        self.figure = self.canvas = None
        self.list = QListWidget(self)
        self.list.setObjectName("chartList")
        for key in CHART_KEYS:
            self.list.addItem(chart_title(key))
        self.list.setCurrentRow(0)
        self.list.setMaximumWidth(260)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(lambda _row: self.redraw())
        self.export_button = QPushButton(self.tr("Export PNG…"), self)
        self.export_button.clicked.connect(self.export_png)
        self.export_all_button = QPushButton(self.tr("Export all charts…"), self)
        self.export_all_button.clicked.connect(self.export_all)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        side.addWidget(self.export_button)
        side.addWidget(self.export_all_button)
        self.area = QVBoxLayout()
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(self.area, 1)

    @property
    def key(self) -> str:
        return CHART_KEYS[max(0, self.list.currentRow())]

    def set_data(self, data: ReviewData | None) -> None:
        self.data = data
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from flashdesk.review.charts import setup_matplotlib

        setup_matplotlib()
        self.figure = Figure(figsize=(8, 4.5), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setParent(self)
        self.area.addWidget(self.canvas)
        self.canvas.show()  # added while the view is already shown

    def redraw(self) -> None:
        if self.data is None:
            return
        from flashdesk.review.charts import draw

        self._ensure_canvas()
        draw(self.key, self.figure, self.data)
        self.canvas.draw_idle()

    def export_png(self) -> None:
        if self.data is None:
            return
        folder = self.context.settings.value("review/png_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"),
                                              str(Path(folder) / f"{file_name(chart_title(self.key))}.png"),
                                              self.tr("PNG image (*.png)"))
        if path:
            self.save_png(Path(path if path.lower().endswith(".png") else path + ".png"))

    def save_png(self, path: Path) -> None:
        from flashdesk.review.charts import save_png

        try:
            save_png(self.key, self.data, path)
        except OSError as error:
            show_error(self, error, self.tr("Cannot write {path}").format(path=path))
            return
        self.context.settings.setValue("review/png_folder", str(path.parent))

    def export_all(self) -> None:
        if self.data is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export all charts to a folder"),
            self.context.settings.value("review/png_folder", str(Path.home())))
        if folder:
            self.save_all(Path(folder))

    def save_all(self, folder: Path) -> list[Path]:
        from flashdesk.review.charts import save_png

        paths = []
        try:
            for number, key in enumerate(CHART_KEYS, start=1):
                paths.append(save_png(key, self.data, folder / f"{number:02d} {file_name(chart_title(key))}.png"))
        except OSError as error:
            show_error(self, error, self.tr("Cannot write to {folder}").format(folder=folder))
        self.context.settings.setValue("review/png_folder", str(folder))
        return paths
