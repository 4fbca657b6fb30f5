"""Poster images as a designer might send them: painted straight with QPainter (not through
FlashDesk's poster model), a QR from the qrcode package, lines of Chinese text."""

from __future__ import annotations

from pathlib import Path

GOOD_LINES = [("端午粽子礼盒", 96, "#1A237E"), ("6月18日 20:00 群内开抢", 52, "#263238"),
              ("到手价 ¥69", 110, "#C62828"), ("扫码进群", 56, "#1A237E")]


def paint_poster(path: Path, lines: list[tuple[str, int, str]], *, ground: str = "#FFFFFF",
                 payload: str = "https://example.com/live/duanwu") -> Path:
    """A 1080×1920 poster: the lines from the top, centred, then a QR near the bottom."""
    import qrcode
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from flashdesk.fonts import font

    image = QImage(1080, 1920, QImage.Format.Format_RGB32)
    image.fill(QColor(ground))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    y = 120.0
    for text, size, colour in lines:
        face = font(10, 700)
        face.setPixelSize(size)
        painter.setFont(face)
        painter.setPen(QColor(colour))
        rect = QRectF(60, y, 960, size * 1.5)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        y += size * 1.8
    matrix = qrcode.QRCode(border=0)
    matrix.add_data(payload)
    modules = matrix.get_matrix()
    module = 12
    side = len(modules) * module
    left, top = (1080 - side) // 2, 1920 - 120 - side
    painter.fillRect(left - 4 * module, top - 4 * module, side + 8 * module, side + 8 * module,
                     QColor("#FFFFFF"))
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(left + c * module, top + r * module, module, module, QColor("#000000"))
    painter.end()
    image.save(str(path))
    return path
