"""海报清单: every poster of the campaign (newest version of each) with its format, QR payload,
the checker's verdict and a thumbnail, so the team can see what goes out."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.workbook.cells import header_row, png_picture, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "海报清单"
THUMB_HEIGHT = 180  # pixels
SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


def _thumbnail(doc):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from flashdesk.posters.render import render_image

    image = render_image(doc, THUMB_HEIGHT / doc.format.height)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return png_picture(bytes(data), image.width(), image.height())


def verdict(findings) -> str:
    """One cell: 通过 or the count per severity and the first problems."""
    problems = [f for f in findings if f.severity != "info"]
    if not problems:
        return "通过"
    errors = sum(f.severity == "error" for f in problems)
    warnings = len(problems) - errors
    lines = [f"{errors} 个错误，{warnings} 个警告"]
    lines += [f"[{SEVERITY[f.severity]}] {f.why}" for f in problems[:3]]
    return "\n".join(lines)


def write(ws: Worksheet, context: SheetContext) -> None:
    from flashdesk.posters.checks import check
    from flashdesk.posters.formats import PosterError
    from flashdesk.posters.render import ensure_app
    from flashdesk.posters.service import list_posters, poster_doc

    ensure_app()
    title_row(ws, f"{context.campaign.name} · 海报清单", 6)
    header_row(ws, 2, ["海报", "版本", "尺寸", "二维码内容", "检查结果", "缩略图"],
               [18, 6, 14, 34, 46, 18])
    for row, poster in enumerate(list_posters(context.store, context.campaign.id), start=3):
        doc = poster_doc(context.store, poster.id)
        payloads = "\n".join(str(e.props.get("payload", "")) for e in doc.qr_elements())
        put(ws, row, 1, poster.name)
        put(ws, row, 2, poster.version)
        put(ws, row, 3, doc.format.name)
        put(ws, row, 4, payloads)
        put(ws, row, 5, verdict(check(doc)))
        put(ws, row, 6, "")
        try:
            picture = _thumbnail(doc)
        except PosterError:  # e.g. an empty QR payload: the verdict already says so
            picture = None
        if picture is not None:
            ws.add_image(picture, f"F{row}")
            ws.row_dimensions[row].height = THUMB_HEIGHT * 0.75 + 6
    print_setup(ws)
