"""The chart out of the app: PNG, PDF (A4/A3 landscape, scaled to the page width and
continued over pages) and printing through print preview. One paint routine draws the
task names, the time header and the scene (vector in PDF and print)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QVBoxLayout

from flashdesk.gui.fit import open_within_screen
from flashdesk.gui.messages import show_error
from flashdesk.gui.tasks.labels import phase_names, zoom_names
from flashdesk.gui.tasks.scale import HEADER_HEIGHT, ROW_HEIGHT
from flashdesk.gui.tasks.timeline import GanttView, paint_header
from flashdesk.outputs import check_pdf, write_output
from flashdesk.posters.render import encoded

NAMES_WIDTH = 320
MAX_IMAGE_SIDE = 30000


def chart_width(view: GanttView) -> float:
    """The timeline's width out of the app: the scene's, or as far right as a bar's name
    reaches (the names of the last tasks ran past the campaign's end and were cut)."""
    scene = view.scene()
    return max(scene.sceneRect().width(), scene.itemsBoundingRect().right() + 6)


def chart_size(view: GanttView) -> QSizeF:
    return QSizeF(NAMES_WIDTH + chart_width(view), HEADER_HEIGHT + view.scene().sceneRect().height())


def row_name(metrics: QFontMetricsF, number: int, name: str, owner: str) -> str:
    """`number. name（owner）` in the names column, the name shortened with … so the owner
    stays in sight."""
    owner = f"（{owner}）" if owner else ""
    room = NAMES_WIDTH - 14 - metrics.horizontalAdvance(f"{number}. {owner}")
    return f"{number}. {metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)}{owner}"


def paint_chart(painter: QPainter, view: GanttView, rows: range | None = None) -> None:
    """Paint the chart at its own size (x 0 … chart width); `rows` limits it to a band of
    rows painted from y = HEADER_HEIGHT (for page-by-page output)."""
    state = view.state
    rows = rows if rows is not None else range(len(state.order))
    width = chart_width(view)
    band = QRectF(0, rows.start * ROW_HEIGHT, width, len(rows) * ROW_HEIGHT)
    painter.save()
    painter.translate(NAMES_WIDTH, 0)
    paint_header(painter, view.scale_, state.campaign.launch_at.date(), 0, width)
    painter.restore()
    font = QFont(view.font())
    font.setPixelSize(12)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    painter.fillRect(QRectF(0, 0, NAMES_WIDTH, HEADER_HEIGHT), QColor("#f2f3f4"))
    painter.setPen(QColor("#222222"))
    painter.drawText(QRectF(6, 0, NAMES_WIDTH - 12, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                     state.campaign.name)
    for index, row in enumerate(rows):
        task = state.tasks[state.order[row]]
        top = HEADER_HEIGHT + index * ROW_HEIGHT
        if index % 2:
            painter.fillRect(QRectF(0, top, NAMES_WIDTH, ROW_HEIGHT), QColor("#f8f9f9"))
        painter.drawText(QRectF(6, top, NAMES_WIDTH - 12, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         row_name(metrics, state.number[task.id], task.name, state.role_name(task)))
    view.scene().render(painter, QRectF(NAMES_WIDTH, HEADER_HEIGHT, band.width(), band.height()),
                        band, Qt.AspectRatioMode.IgnoreAspectRatio)


def png_size(view: GanttView) -> tuple[float, QSize]:
    """How much the chart shrinks to stay a PNG any viewer opens, and the image's size."""
    view.materialize_all()
    size = chart_size(view)
    shrink = min(1.0, MAX_IMAGE_SIDE / max(size.width(), size.height()))
    return shrink, QSize(int(size.width() * shrink) + 1, int(size.height() * shrink) + 1)


def save_png(view: GanttView, path: Path | str) -> Path:
    shrink, size = png_size(view)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(shrink, shrink)
    paint_chart(painter, view)
    painter.end()
    kind = "JPEG" if Path(path).suffix.lower() in (".jpg", ".jpeg") else "PNG"
    if kind == "JPEG":
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    return write_output(path, lambda temp: temp.write_bytes(encoded(image, kind)), kind.lower())


def fit_to_page(view: GanttView, page: QRect) -> tuple[float, int]:
    """The chart's scale to the page width, and how many rows fit a page under the header."""
    scale = page.width() / chart_size(view).width()
    return scale, max(int((page.height() / scale - HEADER_HEIGHT) // ROW_HEIGHT), 1)


def paint_pages(painter: QPainter, device, view: GanttView, new_page) -> int:
    """Scale the chart to the page width and continue its rows over as many pages as needed
    (header repeated); returns the page count."""
    scale, rows_per_page = fit_to_page(view, device.pageLayout().paintRectPixels(device.resolution()))
    total = len(view.state.order)
    pages = 0
    for first in range(0, max(total, 1), rows_per_page):
        if pages:
            new_page()
        painter.save()
        painter.scale(scale, scale)
        paint_chart(painter, view, range(first, min(first + rows_per_page, total)))
        painter.restore()
        pages += 1
    return pages


PDF_RESOLUTION = 150


def pdf_layout(paper: str) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout.Unit.Millimeter)


def pdf_pages(view: GanttView, paper: str) -> int:
    """How many pages save_pdf will write, without painting them."""
    view.materialize_all()
    _scale, rows_per_page = fit_to_page(view, pdf_layout(paper).paintRectPixels(PDF_RESOLUTION))
    return max(math.ceil(len(view.state.order) / rows_per_page), 1)


def save_pdf(view: GanttView, path: Path | str, paper: str = "A4") -> int:
    view.materialize_all()
    pages = []

    def write(temp: Path) -> None:
        from flashdesk.posters.print_pdf import finish_pdf

        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(pdf_layout(paper))
        writer.setTitle(view.state.campaign.name)
        painter = QPainter(writer)
        pages.append(paint_pages(painter, writer, view, writer.newPage))
        painter.end()
        check_pdf(temp)  # Qt's writer does not report a full disk; pypdf would choke on the rest
        finish_pdf(temp, [])  # the text layer reads 6月, not the radical Qt names the glyph after

    write_output(path, write, "pdf")
    return pages[0]


class ExportDialog(QDialog):
    """What the chart holds (the campaign, the tasks the board shows, their dates, the zoom),
    then PNG, PDF A4/A3 or print, with what each gives; then the file name."""

    def __init__(self, parent, state, view: GanttView):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export chart"))
        self.state, self.view = state, view
        # each choice says what it gives, so choosing needs no second look
        _shrink, size = png_size(view)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("PNG image, {width} × {height} pixels").format(
            width=size.width(), height=size.height()), "png")
        self.kind.addItem(self.tr("PDF, A4 landscape, %n page(s)", "", pdf_pages(view, "A4")), "A4")
        self.kind.addItem(self.tr("PDF, A3 landscape, %n page(s)", "", pdf_pages(view, "A3")), "A3")
        self.kind.addItem(self.tr("Print (with preview)"), "print")
        first, last = state.extent()
        locale = QLocale()
        form = QFormLayout()
        name, tasks = QLabel(state.campaign.name, self), QLabel(self._tasks(), self)
        for label in (name, tasks):  # a long name (200 characters, an owner's 100) would widen it off screen
            label.setWordWrap(True)
        form.addRow(self.tr("Campaign:"), name)
        form.addRow(self.tr("Tasks:"), tasks)
        form.addRow(self.tr("Dates:"), QLabel(self.tr("{first} – {last}").format(
            first=locale.toString(first.date(), QLocale.FormatType.ShortFormat),
            last=locale.toString(last.date(), QLocale.FormatType.ShortFormat)), self))
        form.addRow(self.tr("Zoom:"), QLabel(zoom_names()[view.scale_.zoom], self))
        form.addRow(self.tr("Output:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.go = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Qt would narrow it to 2/3 of the screen after taking the wrapped name's height at the
        # width it asked for: a long name's last line would be cut
        open_within_screen(self, self.sizeHint())
        self.kind.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def _tasks(self) -> str:
        total, shown = len(self.state.tasks), len(self.state.order)
        if shown == total:
            return self.tr("%n task(s), none filtered out", "", total)
        filters = []
        if self.state.owner_filter is not None:
            filters.append(self.tr("owner {name}").format(name=self.state.roles[self.state.owner_filter].name))
        if self.state.phase_filter is not None:
            filters.append(self.tr("phase {name}").format(name=phase_names()[self.state.phase_filter]))
        return self.tr("{shown} of %n task(s), filtered by {filters}", "", total).format(
            shown=shown, filters=self.tr(", ").join(filters))

    def _chosen(self) -> None:
        self.go.setText(self.tr("Print…") if self.kind.currentData() == "print" else self.tr("Export…"))

    def _go(self) -> None:
        kind = self.kind.currentData()
        try:
            if kind == "print":
                self.accept()
                print_preview(self.parent(), self.view)
                return
            suffix = "png" if kind == "png" else "pdf"
            name = f"{self.state.campaign.name}-甘特图.{suffix}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), name,
                                                  f"{suffix.upper()} (*.{suffix})")
            if not path:
                return
            if kind == "png":
                save_png(self.view, path)
            else:
                save_pdf(self.view, path, kind)
            self.accept()
        except Exception as exc:
            show_error(self, exc)


def print_preview(parent, view: GanttView) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from flashdesk.gui.printing import show_preview

    view.materialize_all()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)

    def paint(target) -> None:
        painter = QPainter(target)
        paint_pages(painter, target, view, target.newPage)
        painter.end()

    show_preview(parent, printer, paint)
