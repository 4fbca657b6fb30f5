"""Drawing the flow map with QPainter (headless: QtGui only) in the bundled font: six columns,
one per step, each with its number from the review; the key nodes as a chain; arrows between
the steps carrying the share that made it from one step to the next; and the funnel as bars
along the bottom. The same painting goes to a PNG, a PDF page (text stays text) and the
dialog's preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flashdesk.flowmap.graph import FlowMap, Step
from flashdesk.i18n import translate

WIDTH = 1800.0
MARGIN = 40.0
TITLE_H = 92.0
HEADER_H = 118.0
GAP = 58.0  # between columns: the arrows
NODE_H = 74.0
NODE_GAP = 14.0
CHAIN_GAP = 26.0
FUNNEL_H = 170.0
MAX_NODES = 8  # per column; the rest are counted in one box
ACCENTS = ("#1565C0", "#00897B", "#6A1B9A", "#EF6C00", "#C62828", "#2E7D32")
INK, MUTED, PAPER, LINE = "#1F2933", "#6B7785", "#F6F8FB", "#D5DCE5"


@dataclass(frozen=True)
class Geometry:
    column: float
    nodes_top: float
    nodes_h: float
    height: float

    def left(self, index: int) -> float:
        return MARGIN + index * (self.column + GAP)


def _shown(step: Step) -> int:
    return min(len(step.nodes), MAX_NODES) + (1 if len(step.nodes) > MAX_NODES else 0)


def geometry(flow: FlowMap) -> Geometry:
    count = max(1, len(flow.steps))
    column = (WIDTH - 2 * MARGIN - (count - 1) * GAP) / count
    rows = max([1, *(_shown(s) for s in flow.steps)])
    gap = max(NODE_GAP, CHAIN_GAP)
    nodes_h = rows * NODE_H + (rows - 1) * gap
    nodes_top = MARGIN + TITLE_H + HEADER_H + 18
    return Geometry(column, nodes_top, nodes_h, nodes_top + nodes_h + 30 + FUNNEL_H + MARGIN)


def size(flow: FlowMap) -> tuple[float, float]:
    return WIDTH, geometry(flow).height


def _font(pixels: float, weight: int = 400):
    from flashdesk.fonts import font

    result = font(10, weight)
    result.setPixelSize(max(1, round(pixels)))
    return result


def _text(painter, rect, text: str, pixels: float, weight: int = 400, colour: str = INK,
          align=None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFontMetricsF

    font = _font(pixels, weight)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, align if align is not None else
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)


def _arrow(painter, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 3.0):
    import math

    from PySide6.QtCore import QLineF, QPointF, Qt
    from PySide6.QtGui import QColor, QPen, QPolygonF

    painter.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    head = width * 4
    angle = math.atan2(y2 - y1, x2 - x1)
    painter.drawLine(QLineF(x1, y1, x2 - head * 0.8 * math.cos(angle),
                            y2 - head * 0.8 * math.sin(angle)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    tip = QPointF(x2, y2)
    left = QPointF(x2 - head * math.cos(angle - 0.45), y2 - head * math.sin(angle - 0.45))
    right = QPointF(x2 - head * math.cos(angle + 0.45), y2 - head * math.sin(angle + 0.45))
    painter.drawPolygon(QPolygonF([tip, left, right]))


def _number(value: int) -> str:
    return f"{value:,}"


def paint(painter, flow: FlowMap) -> None:
    """Draw the map in map units (WIDTH wide, `size(flow)[1]` high) on any paint device."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter

    g = geometry(flow)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, WIDTH, g.height), QColor(PAPER))
    _text(painter, QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 46), flow.campaign, 34, 800)
    subtitle = translate("FlowMap", "Flow map: where people see the campaign, how they join, what "
                         "happens in the group, what they pay, how they are followed up")
    _text(painter, QRectF(MARGIN, MARGIN + 50, WIDTH - 2 * MARGIN, 28), subtitle, 18, 400, MUTED)
    rates = flow.rates()
    header_top = MARGIN + TITLE_H
    for index, step in enumerate(flow.steps):
        accent = ACCENTS[index % len(ACCENTS)]
        left = g.left(index)
        header = QRectF(left, header_top, g.column, HEADER_H)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent))
        painter.drawRoundedRect(header, 14, 14)
        _text(painter, QRectF(left + 18, header_top + 10, g.column - 36, 38),
              f"{index + 1}  {step.title}", 26, 800, "#FFFFFF")
        if step.figure is not None:
            _text(painter, QRectF(left + 18, header_top + 48, g.column - 36, 40),
                  _number(step.figure), 32, 800, "#FFFFFF")
            _text(painter, QRectF(left + 18, header_top + 88, g.column - 36, 22),
                  step.figure_label, 17, 500, "#FFFFFF")
        elif step.figure_label:
            _text(painter, QRectF(left + 18, header_top + 58, g.column - 36, 44),
                  translate("FlowMap", "no numbers yet"), 18, 400, "#E8EEF5")
        if index and step.key in rates:
            _text(painter, QRectF(left - GAP, header_top + 14, GAP, 24),
                  f"{rates[step.key]:.0%}", 17, 700, INK, Qt.AlignmentFlag.AlignCenter)
        if index:
            y = header_top + HEADER_H / 2 + 12
            _arrow(painter, left - GAP + 8, y, left - 6, y, "#8A96A3")
        _paint_nodes(painter, step, left, g, accent)
    _paint_funnel(painter, flow, g)


def _paint_nodes(painter, step: Step, left: float, g: Geometry, accent: str) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    gap = CHAIN_GAP if step.chain else NODE_GAP
    shown = list(step.nodes[:MAX_NODES])
    more = len(step.nodes) - len(shown)
    if not shown:
        box = QRectF(left, g.nodes_top, g.column, NODE_H)
        painter.setPen(QPen(QColor(LINE), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 10, 10)
        painter.save()
        font = _font(15)
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        painter.drawText(box.adjusted(12, 6, -12, -6), Qt.AlignmentFlag.AlignCenter
                         | Qt.TextFlag.TextWordWrap, step.empty_hint or "—")
        painter.restore()
        return
    for row, node in enumerate(shown):
        top = g.nodes_top + row * (NODE_H + gap)
        box = QRectF(left, top, g.column, NODE_H)
        painter.setPen(QPen(QColor(LINE), 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(box, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent))
        painter.drawRoundedRect(QRectF(left, top, 7, NODE_H), 3, 3)
        _text(painter, QRectF(left + 20, top + 8, g.column - 34, 32), node.label, 20, 700)
        figure = f"{node.figure:,}" if node.figure else ""
        _text(painter, QRectF(left + 20, top + 40, g.column - 34 - (76 if figure else 0), 26),
              node.detail, 15, 400, MUTED)
        if figure:
            _text(painter, QRectF(left + g.column - 90, top + 40, 76, 26), figure, 17, 800,
                  accent, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if step.chain and row < len(shown) - 1 + (1 if more else 0):
            x = left + g.column / 2
            _arrow(painter, x, top + NODE_H + 3, x, top + NODE_H + gap - 3, accent, 2.5)
    if more:
        top = g.nodes_top + len(shown) * (NODE_H + gap)
        box = QRectF(left, top, g.column, NODE_H)
        painter.setPen(QPen(QColor(LINE), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 10, 10)
        _text(painter, box.adjusted(16, 0, -16, 0), translate("FlowMap", "+ %n more", "", more),
              18, 600, MUTED, Qt.AlignmentFlag.AlignCenter)


def _paint_funnel(painter, flow: FlowMap, g: Geometry) -> None:
    """A horizontal funnel: under each step with a number, a bar whose height is its share of
    the largest number, the bars joined by a pale band that narrows as people drop out."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPolygonF

    top = g.nodes_top + g.nodes_h + 30
    _text(painter, QRectF(MARGIN, top, WIDTH - 2 * MARGIN, 30),
          translate("FlowMap", "Funnel (from the review)"), 20, 700)
    figures = [(i, s) for i, s in enumerate(flow.steps) if s.figure is not None]
    if not figures:
        _text(painter, QRectF(MARGIN, top + 44, WIDTH - 2 * MARGIN, 60),
              translate("FlowMap", "No review numbers yet: record the daily numbers and channel "
                        "results in the Review tab, and each step shows how many made it."),
              18, 400, MUTED)
        return
    largest = max(s.figure for _, s in figures)
    band_top, band_h = top + 40, FUNNEL_H - 80
    middle = band_top + band_h / 2
    bars = []
    for index, step in figures:
        share = step.figure / largest if largest else 0.0
        height = max(band_h * 0.06, band_h * share)
        bars.append((index, step, share, QRectF(g.left(index), middle - height / 2, g.column,
                                                height)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(LINE))
    for (_i, _s, _r, one), (_j, _t, _q, two) in zip(bars, bars[1:]):
        painter.drawPolygon(QPolygonF([one.topRight(), two.topLeft(), two.bottomLeft(),
                                       one.bottomRight()]))
    for index, step, share, rect in bars:
        painter.setBrush(QColor(ACCENTS[index % len(ACCENTS)]))
        painter.drawRoundedRect(rect, 6, 6)
        _text(painter, QRectF(rect.left(), band_top + band_h + 6, rect.width(), 28),
              f"{step.figure_label} {_number(step.figure)} · {share:.0%}", 17, 600, INK,
              Qt.AlignmentFlag.AlignCenter)


def render_image(flow: FlowMap, scale: float = 1.0):
    """The map as a QImage, `scale` image pixels per map unit."""
    from PySide6.QtGui import QImage, QPainter

    from flashdesk.posters.render import ensure_app

    ensure_app()
    width, height = size(flow)
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter, flow)
    painter.end()
    return image


def save_png(flow: FlowMap, path: Path | str) -> Path:
    from flashdesk.outputs import write_output
    from flashdesk.posters.render import encoded

    image = render_image(flow)
    return write_output(path, lambda temp: temp.write_bytes(encoded(image)), "png")


def save_pdf(flow: FlowMap, path: Path | str) -> Path:
    """One A4 landscape page (a tall map is scaled to fit); the text stays text and reads back
    right (see posters/print_pdf.py: the CJK text layer)."""
    from flashdesk.outputs import write_output
    from flashdesk.posters.render import ensure_app

    ensure_app()
    return write_output(path, lambda temp: _write_pdf(flow, temp), "pdf")


def _write_pdf(flow: FlowMap, path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from flashdesk.outputs import check_pdf
    from flashdesk.posters.print_pdf import finish_pdf

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("FlashDesk")
    writer.setTitle(flow.campaign)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the PDF could not be started")
    width, height = size(flow)
    scale = min(writer.width() / width, writer.height() / height)
    painter.translate((writer.width() - width * scale) / 2, 0)
    painter.scale(scale, scale)
    paint(painter, flow)
    painter.end()
    check_pdf(path)
    finish_pdf(path, [])
