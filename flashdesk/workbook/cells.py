"""Cell writing and styling shared by every sheet writer. User text always goes through
`put` so that text starting with = + - @ stays text (openpyxl would make it a formula)."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Microsoft YaHei"
HEADER_FILL = PatternFill("solid", fgColor="C0392B")
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF", size=11)
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BODY_FONT = Font(name=FONT_NAME, size=10)
LABEL_FONT = Font(name=FONT_NAME, bold=True, size=10)
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws: Worksheet, row: int, column: int, value, *, font=BODY_FONT, wrap: bool = True,
        number_format: str | None = None):
    """Write one cell; str values are stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = TYPE_STRING  # openpyxl guessed "f" for a leading "="
    else:
        cell.value = value
    if isinstance(value, datetime):
        cell.number_format = number_format or "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = number_format or "yyyy-mm-dd"
    elif number_format:
        cell.number_format = number_format
    cell.font = font
    cell.alignment = WRAP if wrap else Alignment(vertical="top")
    cell.border = GRID
    return cell


def header_row(ws: Worksheet, row: int, titles: list[str], widths: list[float] | None = None) -> None:
    for column, title in enumerate(titles, start=1):
        cell = put(ws, row, column, title, font=HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
    if widths:
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    ws.print_title_rows = f"{row}:{row}"


def title_row(ws: Worksheet, text: str, span: int) -> None:
    put(ws, 1, 1, text, font=TITLE_FONT, wrap=False).border = Border()
    if span > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=span)
    ws.row_dimensions[1].height = 24


def print_setup(ws: Worksheet, *, landscape: bool = False, paper: str = "A4") -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if paper == "A3" else ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "&P / &N"
