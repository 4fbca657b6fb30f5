"""文案库: the copy library for the campaign (library copies and the campaign's own), each
body as a template and, beside it, filled with this campaign's values, as the team will
send it; times used and results. Its columns import back (flashdesk copies import); the
filled text is not read back."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.copies.service import CopyQuery, count_copies, find_copies
from flashdesk.copies.transfer import COLUMNS, FILLED, export_row
from flashdesk.copies.variables import fill
from flashdesk.groups.copy_values import values_for
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height

TITLE = "文案库"
BODY = COLUMNS.index("正文")
HEADERS = [*COLUMNS[:BODY + 1], FILLED, *COLUMNS[BODY + 1:]]
WIDTHS = [20, 12, 10, 14, 42, 50, 8, 8]
PAGE = 500
BLANK = "____"  # a value the campaign does not know yet reads as a blank to fill by hand


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 文案库", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    values = {name: value or BLANK for name, value in values_for(context.store, context.campaign.id).items()}
    query = CopyQuery(campaign_id=context.campaign.id, sort="title")
    row = 3
    for offset in range(0, count_copies(context.store, query), PAGE):
        for copy in find_copies(context.store, query, offset, PAGE):
            cells = export_row(copy)
            filled = fill(copy.body, values, strict=False)
            for column, value in enumerate([*cells[:BODY + 1], filled, *cells[BODY + 1:]], start=1):
                put(ws, row, column, value)
            ws.row_dimensions[row].height = row_height((copy.body, WIDTHS[BODY]), (filled, WIDTHS[BODY + 1]))
            row += 1
    ws.auto_filter.ref = f"A2:H{max(row - 1, 2)}"
    print_setup(ws)

