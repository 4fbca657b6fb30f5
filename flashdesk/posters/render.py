"""The one QPainter render path. `paint` draws a poster in poster units on any paint
device: a QImage (screen preview, PNG, the checker), a QPdfWriter (PDF), a QPrinter. The
caller sets the painter's transform; nothing else differs between outputs."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from flashdesk.posters.model import Element, PosterDoc, list_price_text, text_of
from flashdesk.posters.qr import level_for, qr_symbol

LOGO_SIDE = 0.22  # logo side as a fraction of the symbol: 4.8 % of its area (limit 15 %)
CROP_MARK_MM = 10.0  # room outside the bleed for crop marks (3 mm gap + 5 mm mark + slack)
CROP_MARK_LENGTH_MM = 5.0


def ensure_app():
    """A QGuiApplication with the bundled font, also for the command line (headless)."""
    from PySide6.QtGui import QGuiApplication

    from flashdesk.fonts import register_fonts

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["flashdesk"])
    register_fonts()
    return app


def color(value: str, fallback: str = "#000000"):
    from PySide6.QtGui import QColor

    result = QColor(value or fallback)
    return result if result.isValid() else QColor(fallback)


def text_font(element: Element, size: float | None = None):
    from flashdesk.fonts import font

    result = font(10, int(element.props.get("weight", 400)))
    result.setPixelSize(max(1, round(size or float(element.props.get("size", 40)))))
    return result


def align_flags(element: Element):
    from PySide6.QtCore import Qt

    horizontal = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight}.get(
        element.props.get("align", "center"), Qt.AlignmentFlag.AlignHCenter)
    return horizontal | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


def rectf(element: Element):
    from PySide6.QtCore import QRectF

    return QRectF(element.x, element.y, element.w, element.h)


def draw_text(painter, rect, flags, text: str, text_font) -> None:
    painter.setFont(text_font)
    painter.drawText(rect, flags, text)


def price_parts(element: Element) -> tuple[float, float]:
    """Heights of the struck-through list price line and the deal price line."""
    size = float(element.props.get("size", 100))
    return size * 0.42 * 1.5, size * 1.5


def _paint_background(painter, element: Element, doc: PosterDoc) -> None:
    from PySide6.QtGui import QLinearGradient

    rect, props = rectf(element), element.props
    image = doc.images.get(props.get("asset")) if props.get("fill") == "image" else None
    if image is not None and not image.isNull():
        _draw_cover(painter, image, rect)
    elif props.get("fill") == "gradient":
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0, color(props.get("color"), "#FFFFFF"))
        gradient.setColorAt(1, color(props.get("color2"), props.get("color", "#FFFFFF")))
        painter.fillRect(rect, gradient)
    else:
        painter.fillRect(rect, color(props.get("color"), "#FFFFFF"))


def _draw_cover(painter, image, rect) -> None:
    """Fill rect with the image, cropping what does not fit (keeps the aspect)."""
    from PySide6.QtCore import QRectF

    scale = max(rect.width() / image.width(), rect.height() / image.height())
    sw, sh = rect.width() / scale, rect.height() / scale
    source = QRectF((image.width() - sw) / 2, (image.height() - sh) / 2, sw, sh)
    painter.drawImage(rect, image, source)


def _draw_contain(painter, image, rect) -> None:
    from PySide6.QtCore import QRectF

    scale = min(rect.width() / image.width(), rect.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    painter.drawImage(QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2,
                             w, h), image)


def _paint_text(painter, element: Element, doc: PosterDoc) -> None:
    from PySide6.QtCore import Qt

    rect = rectf(element)
    text = text_of(element, doc.values)
    if not text.strip() and element.props.get("bind"):
        return  # a linked line the campaign has no value for (no coupon): nothing, not an empty pill
    if element.kind == "badge":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color(element.props.get("fill"), "#FFD54F"))
        radius = min(rect.height(), rect.width()) / 2
        painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(color(element.props.get("color")))
    draw_text(painter, rect, align_flags(element), text, text_font(element))


def _paint_price(painter, element: Element, doc: PosterDoc) -> None:
    from PySide6.QtCore import QRectF

    rect, props = rectf(element), element.props
    list_h, deal_h = price_parts(element)
    top = rect.y() + max(0.0, (rect.height() - list_h - deal_h) / 2)
    list_text = list_price_text(element, doc.values)
    if list_text:
        small = text_font(element, float(props.get("size", 100)) * 0.42)
        small.setStrikeOut(True)
        painter.setPen(color(props.get("list_color"), "#888888"))
        draw_text(painter, QRectF(rect.x(), top, rect.width(), list_h), align_flags(element),
                  list_text, small)
    painter.setPen(color(props.get("color")))
    draw_text(painter, QRectF(rect.x(), top + list_h, rect.width(), deal_h), align_flags(element),
              text_of(element, doc.values, "deal_"), text_font(element))


def qr_geometry(element: Element, module_count: int, device_scale: float = 0.0):
    """(left, top, module) of the symbol inside the element's box: the box holds the symbol
    and its quiet zone. On a raster device the module is snapped to whole device pixels so
    the edges stay crisp."""
    quiet = int(element.props.get("quiet", 4))
    side = min(element.w, element.h)
    module = side / (module_count + 2 * quiet)
    if device_scale and module * device_scale >= 1:
        module = math.floor(module * device_scale) / device_scale
    span = module * module_count
    return element.x + (element.w - span) / 2, element.y + (element.h - span) / 2, module


def _paint_qr(painter, element: Element, doc: PosterDoc, device_scale: float) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPainterPath

    props = element.props
    symbol = qr_symbol(str(props.get("payload", "")), level_for(props))
    painter.fillRect(QRectF(element.x, element.y, element.w, element.h), color(props.get("bg"), "#FFFFFF"))
    left, top, module = qr_geometry(element, symbol.size, device_scale)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, row in enumerate(symbol.matrix):
        c = 0
        while c < symbol.size:
            if row[c]:
                start = c
                while c < symbol.size and row[c]:
                    c += 1
                path.addRect(QRectF(left + start * module, top + r * module,
                                    (c - start) * module, module))
            else:
                c += 1
    antialias = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(path, color(props.get("fg"), "#000000"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    logo = doc.images.get(props.get("logo_asset"))
    if logo is not None and not logo.isNull():
        span = module * symbol.size
        side = span * float(props.get("logo_side", LOGO_SIDE))
        box = QRectF(left + (span - side) / 2, top + (span - side) / 2, side, side)
        painter.fillRect(box.adjusted(-module, -module, module, module), color(props.get("bg"), "#FFFFFF"))
        _draw_contain(painter, logo, box)


def _paint_image(painter, element: Element, doc: PosterDoc) -> None:
    image = doc.images.get(element.props.get("asset"))
    if image is not None and not image.isNull():
        _draw_contain(painter, image, rectf(element))


def paint_element(painter, element: Element, doc: PosterDoc, device_scale: float = 0.0) -> None:
    if element.kind == "background":
        _paint_background(painter, element, doc)
    elif element.is_text:
        _paint_text(painter, element, doc)
    elif element.kind == "price":
        _paint_price(painter, element, doc)
    elif element.kind == "qr":
        _paint_qr(painter, element, doc, device_scale)
    elif element.kind == "image":
        _paint_image(painter, element, doc)


def paint(painter, doc: PosterDoc, *, device_scale: float = 0.0,
          before: Callable[[Element], None] | None = None, tolerant: bool = False) -> None:
    """Draw every element in z order. `before(element)` runs just before each element is
    drawn (the checker reads the pixels under a text there). `device_scale` is device pixels
    per poster unit on raster devices (0 for vector ones). Exports raise on an element that
    cannot be drawn (an empty QR payload); the editing canvas is `tolerant` and marks it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    from flashdesk.posters.formats import PosterError

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    for element in doc.ordered():
        if before is not None:
            before(element)
        try:
            paint_element(painter, element, doc, device_scale)
        except PosterError:
            if not tolerant:
                raise
            painter.fillRect(rectf(element), color("#FFFFFF"))
            painter.fillRect(rectf(element), Qt.BrushStyle.BDiagPattern)


def render_image(doc: PosterDoc, scale: float = 1.0, *, bleed: bool = False,
                 before: Callable[[Element, object], None] | None = None):
    """The poster as a QImage (RGB32); with bleed=True the print bleed is included.
    `before(element, image)` runs before each element is drawn (see paint)."""
    from PySide6.QtGui import QImage, QPainter

    ensure_app()
    fmt = doc.format
    margin = fmt.bleed if bleed else 0
    image = QImage(max(1, round((fmt.width + 2 * margin) * scale)),
                   max(1, round((fmt.height + 2 * margin) * scale)), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    if fmt.dpi:
        image.setDotsPerMeterX(round(fmt.dpi * scale / 0.0254))
        image.setDotsPerMeterY(round(fmt.dpi * scale / 0.0254))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(margin, margin)
    paint(painter, doc, device_scale=scale,
          before=(lambda element: before(element, image)) if before else None)
    painter.end()
    return image


def save_png(doc: PosterDoc, path: Path | str, *, overwrite: bool = True) -> Path:
    """Phone posters at 1080×1920; print posters at 300 dpi with their bleed."""
    from flashdesk.outputs import write_output

    image = render_image(doc, bleed=doc.format.is_print)

    return write_output(path, lambda temp: temp.write_bytes(encoded(image)), "png",
                        overwrite=overwrite)


def encoded(image, kind: str = "PNG") -> bytes:
    """The image encoded in memory: the file is then written by Python, whose errors (a
    full disk) are exceptions, not libpng lines on stderr."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind, 90 if kind == "JPEG" else -1)
    buffer.close()
    return bytes(data)


def page_layout(doc: PosterDoc, marks_mm: float = 0.0):
    """The PDF / printer page: the trimmed size plus bleed (plus `marks_mm` of room for crop
    marks on every side), in millimetres, no margins."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    fmt = doc.format
    if fmt.is_print:  # whole points: the PDF's MediaBox is rounded to them, the boxes agree
        points = 72 / 25.4
        size = QSizeF(round((fmt.mm(fmt.full_width) + 2 * marks_mm) * points),
                      round((fmt.mm(fmt.full_height) + 2 * marks_mm) * points))
        page = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    else:  # a phone poster as a PDF page: 1080 px at 96 px per inch
        size = QSizeF(fmt.width / 96 * 25.4, fmt.height / 96 * 25.4)
        page = QPageSize(size, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def paint_page(painter, doc: PosterDoc, device_width: float, device_height: float = 0.0,
               *, trim: bool = False) -> None:
    """Fit the poster into a page of the given device size, centred: with its bleed (a PDF
    page made for it fits exactly), or with trim=True its trimmed size (paper of the poster's
    own size prints at 100 %, the bleed falls off the sheet)."""
    fmt = doc.format
    width, height = (fmt.width, fmt.height) if trim else (fmt.full_width, fmt.full_height)
    scale = device_width / width
    if device_height:
        scale = min(scale, device_height / height)
    painter.save()
    painter.translate((device_width - width * scale) / 2,
                      (device_height - height * scale) / 2 if device_height else 0)
    painter.scale(scale, scale)
    if not trim:
        painter.translate(fmt.bleed, fmt.bleed)
    paint(painter, doc)
    painter.restore()


def _draw_crop_marks(painter, doc: PosterDoc, per_mm: float) -> None:
    """Hairline marks on the trim lines, in the margin outside the bleed, at each corner."""
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QPen

    fmt = doc.format
    pen = QPen(color("#000000"), 0.25 / 72 * 25.4 * per_mm)  # 0.25 pt
    painter.save()
    painter.setPen(pen)
    edge = CROP_MARK_MM * per_mm
    bleed = fmt.mm(fmt.bleed) * per_mm
    left, top = edge + bleed, edge + bleed
    right, bottom = left + fmt.mm(fmt.width) * per_mm, top + fmt.mm(fmt.height) * per_mm
    gap, length = bleed, CROP_MARK_LENGTH_MM * per_mm  # marks start where the bleed ends
    for x in (left, right):
        for y, outward in ((top, -1), (bottom, 1)):
            start = y + outward * gap
            painter.drawLine(QLineF(x, start, x, start + outward * length))
    for y in (top, bottom):
        for x, outward in ((left, -1), (right, 1)):
            start = x + outward * gap
            painter.drawLine(QLineF(start, y, start + outward * length, y))
    painter.restore()



def save_pdf(docs: list[PosterDoc], path: Path | str, title: str = "", *,
             crop_marks: bool = False, overwrite: bool = True) -> Path:
    """One page per poster; text stays text (the font is embedded, the text layer reads back
    as typed), the QR stays vectors. Print pages carry TrimBox and BleedBox, and with
    crop_marks the page grows by a margin holding marks at the trim lines."""
    from flashdesk.outputs import write_output

    ensure_app()
    return write_output(path, lambda temp: _write_pdf(docs, temp, title, crop_marks), "pdf",
                        overwrite=overwrite)


def _write_pdf(docs: list[PosterDoc], path: Path, title: str, crop_marks: bool) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    from flashdesk.outputs import check_pdf
    from flashdesk.posters.print_pdf import finish_pdf, print_boxes

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("FlashDesk")
    writer.setTitle(title)

    def margin(doc: PosterDoc) -> float:
        return CROP_MARK_MM if crop_marks and doc.format.is_print else 0.0

    writer.setPageLayout(page_layout(docs[0], margin(docs[0])))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the PDF could not be started")
    boxes = []
    for i, doc in enumerate(docs):
        if i:
            writer.setPageLayout(page_layout(doc, margin(doc)))
            writer.newPage()
        layout = writer.pageLayout()
        per_mm = writer.width() / layout.fullRect(layout.Unit.Millimeter).width()
        edge = margin(doc) * per_mm
        painter.save()
        painter.translate(edge, edge)
        paint_page(painter, doc, writer.width() - 2 * edge)
        painter.restore()
        if margin(doc):
            _draw_crop_marks(painter, doc, per_mm)
        points = layout.fullRect(layout.Unit.Point)
        boxes.append(print_boxes(doc.format, points.width(), points.height(), margin(doc))
                     if doc.format.is_print else None)
    painter.end()
    check_pdf(path)  # Qt's writer does not report a full disk; pypdf would choke on the rest
    finish_pdf(path, boxes)


def print_docs(printer, docs: list[PosterDoc]) -> None:
    """Print through a configured QPrinter (the GUI's print dialog sets it up)."""
    from PySide6.QtGui import QPageLayout, QPainter

    painter = QPainter(printer)
    for i, doc in enumerate(docs):
        if i:
            printer.newPage()
        rect = printer.pageRect(printer.Unit.DevicePixel)
        paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
        fmt = doc.format
        own_size = fmt.is_print and abs(paper.width() - fmt.mm(fmt.width)) < 1 \
            and abs(paper.height() - fmt.mm(fmt.height)) < 1
        paint_page(painter, doc, rect.width(), rect.height(), trim=own_size)
    painter.end()
