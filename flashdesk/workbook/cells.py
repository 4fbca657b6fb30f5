"""Cell writing and styling shared by every sheet writer. User text always goes through
`put` so that text starting with = + - @ stays text (openpyxl would make it a formula)."""

from __future__ import annotations

from copy import copy
from datetime import date, datetime
from itertools import islice
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import TYPE_STRING, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.pagebreak import Break
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
TOP = Alignment(vertical="top")


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
        number_format = number_format or "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        number_format = number_format or "yyyy-mm-dd"
    _style(cell, font, wrap, number_format)
    return cell


# Each style set on a cell is hashed by openpyxl anew, every field and nested colour of it, to
# find its index in the workbook: that was half the time of writing the sheets. A cell styled
# as an earlier one gets a copy of that cell's style indexes instead (as openpyxl copies a
# cell's style), which writes the same workbook (tests/workbook/test_cells.py compares the
# files). Per workbook: the indexes are its own.
_STYLED: WeakKeyDictionary = WeakKeyDictionary()


def _style(cell, font, wrap: bool, number_format: str | None) -> None:
    known = _STYLED.setdefault(cell.parent.parent, {})
    key = (id(font), wrap, number_format)  # the font is kept in the value: its id stays its own
    fresh = not cell.has_style  # a cell styled before (a fill, say) keeps the rest of its style
    if fresh and key in known:
        cell._style = copy(known[key][1])
        return
    if number_format:
        cell.number_format = number_format
    cell.font = font
    cell.alignment = WRAP if wrap else TOP
    cell.border = GRID
    if fresh:
        known[key] = (font, copy(cell._style))


_RESTYLED: WeakKeyDictionary = WeakKeyDictionary()


def restyle(cell, **styles) -> None:
    """setattr(cell, name, style) for each style (border=GRID, fill=…), looked up once per
    workbook for a cell styled the same way before (see _STYLED): the Gantt's time grid sets a
    border and a fill on thousands of cells."""
    known = _RESTYLED.setdefault(cell.parent.parent, {})
    key = (tuple(_array(cell)), *((name, id(style)) for name, style in styles.items()))
    hit = known.get(key)
    if hit is not None:
        cell._style = copy(hit[0])
        return
    for name, style in styles.items():
        setattr(cell, name, style)
    known[key] = (copy(cell._style), styles)  # the styles are kept: their ids stay their own


_MERGED: WeakKeyDictionary = WeakKeyDictionary()


def merge(ws: Worksheet, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
    """ws.merge_cells(…) with the same result: openpyxl 3.1's merge gives each edge cell the
    top-left cell's border on that edge and every cell its protection, hashing a new style
    object per cell (a third of the sheets' time, for the runbook's and the calendar's tall
    ranges). Here each (cell's border, edge) result is computed as openpyxl computes it, once
    per workbook, and copied as an index."""
    book = ws.parent
    known = _MERGED.setdefault(book, {})
    span = CellRange(min_col=start_column, min_row=start_row, max_col=end_column, max_row=end_row)
    merged = MergedCellRange(ws, span.coord)  # gives the top-left cell the bottom-right's edges
    ws.merged_cells.add(merged)
    cells = ws._cells
    for row, column in islice(merged.cells, 1, None):
        cells[row, column] = MergedCell(ws, row, column)
    start = merged.start_cell
    for edge in ("top", "left", "right", "bottom"):
        side = getattr(start.border, edge)
        if side and side.style is None:
            continue
        source = _array(start).borderId  # openpyxl reads the side once, before the edge's cells
        for coord in getattr(merged, edge):
            style = _array(cells[coord])
            key = ("border", style.borderId, source, edge)
            if key not in known:
                known[key] = book._borders.add(book._borders[style.borderId] + Border(**{edge: side}))
            style.borderId = known[key]
    key = ("protection", _array(start).protectionId)
    if key not in known:
        known[key] = book._protections.add(copy(start.protection))
    for coord in merged.cells:
        _array(cells[coord]).protectionId = known[key]


def _array(cell) -> StyleArray:
    """The cell's style indexes, made as openpyxl makes them when a style is first set."""
    if not cell._style:
        cell._style = StyleArray()
    return cell._style


def header_row(ws: Worksheet, row: int, titles: list[str], widths: list[float] | None = None) -> None:
    for column, title in enumerate(titles, start=1):
        restyle(put(ws, row, column, title, font=HEADER_FONT), fill=HEADER_FILL, alignment=CENTER)
    if widths:
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    ws.print_title_rows = f"{row}:{row}"


def title_row(ws: Worksheet, text: str, span: int) -> None:
    put(ws, 1, 1, text, font=TITLE_FONT, wrap=False).border = Border()
    if span > 1:
        merge(ws, 1, 1, 1, span)
    ws.row_dimensions[1].height = 24


# Column width units (about one Latin character, ~2 mm on paper) that print unscaled
# across A4 portrait and A4 landscape; wider sheets go on A3 landscape, fitted to width.
A4_PORTRAIT_WIDTH, A4_LANDSCAPE_WIDTH = 95, 165


def used_width(ws: Worksheet) -> float:
    """The sum of the widths of the columns the sheet uses (unset ones at Excel's default)."""
    return sum(ws.column_dimensions[get_column_letter(c)].width or 8.43
               for c in range(1, ws.max_column + 1))


def paper_for(width: float) -> tuple[str, bool]:
    """(paper, landscape) for a sheet `width` units wide: the smallest that prints it
    near full size."""
    if width <= A4_PORTRAIT_WIDTH:
        return "A4", False
    return ("A4", True) if width <= A4_LANDSCAPE_WIDTH else ("A3", True)


def print_setup(ws: Worksheet, *, width: float | None = None) -> None:
    """Paper and orientation by the sheet's shape, fitted to one page wide (as many tall
    as it needs), margins, and a footer naming the sheet with page x / y. A write-only
    sheet must call this before its first row: the fit flag is written at the top."""
    paper, landscape = paper_for(used_width(ws) if width is None else width)
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A3 if paper == "A3" else Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "第 &P / &N 页"
    ws.oddFooter.left.size = ws.oddFooter.right.size = 9


# Paper in points, and what one column width unit prints as at 100 %: 7 pixels of Excel's
# Calibri 11 (the workbook's default font) at 96 an inch. LibreOffice without Calibri
# measures a unit wider and so prints smaller: pages measured this way hold in either.
PAPER_POINTS = {int(Worksheet.PAPERSIZE_A4): (595.3, 841.9), int(Worksheet.PAPERSIZE_A3): (841.9, 1190.6)}
POINTS_PER_INCH = 72
UNIT_POINTS = 7 * POINTS_PER_INCH / 96
DEFAULT_ROW_POINTS = 20.0  # an unsized row (a header): a little over LibreOffice's own height


def keep_together(ws: Worksheet, groups: list[tuple[int, int]], *, width: float) -> None:
    """Manual page breaks so that no group of rows (first, last) starts on one printed page
    and ends on the next: a merged label split by a page break prints on one page only,
    leaving the next page's rows unnamed. Pages are measured as print_setup lays them out
    (`width` units scaled to fit the paper's width, rows at their set heights, the print
    title rows repeated on every page); a group taller than a page still runs on."""
    short, long = PAPER_POINTS[int(ws.page_setup.paperSize)]
    across, down = (long, short) if ws.page_setup.orientation == "landscape" else (short, long)
    margins = ws.page_margins
    scale = min(1.0, (across - (margins.left + margins.right) * POINTS_PER_INCH) / (width * UNIT_POINTS))
    page = (down - (margins.top + margins.bottom) * POINTS_PER_INCH) / scale

    def height(first: int, last: int) -> float:
        return sum(ws.row_dimensions[row].height or DEFAULT_ROW_POINTS for row in range(first, last + 1))

    titles = [int(row.lstrip("$")) for row in ws.print_title_rows.split(":")]
    repeated = height(*titles)

    def flowed(used: float, first: int, last: int) -> float:
        """The page's height used once rows first..last are laid on it row by row: printing
        breaks a page between rows, so a row that would overflow starts the next page below
        the repeated titles, leaving the slack at the foot of the last one."""
        for row in range(first, last + 1):
            rows = height(row, row)
            used = repeated + rows if used + rows > page and used > repeated else used + rows
        return used

    used, after = 0.0, 1
    for first, last in groups:
        used = flowed(used, after, first - 1)
        if used + height(first, last) > page and used > repeated:
            ws.row_breaks.append(Break(id=first - 1))
            used = repeated
        used = flowed(used, first, last)
        after = last + 1


def png_picture(data: bytes, width: int, height: int):
    """An openpyxl Image of PNG bytes whose pixel size the caller knows (the QImage they were
    encoded from). openpyxl's own Image opens the bytes with Pillow to read the size, and again
    to save them; Pillow's first open imports five image plugins (~10 ms of an export). The
    same bytes are written, the same size and anchor."""
    from openpyxl.drawing.image import Image

    class _Png(Image):
        def __init__(self):  # what Image() sets, without opening the bytes
            self.ref, self.width, self.height, self.format = data, width, height, "png"

        def _data(self) -> bytes:
            return data

    return _Png()
