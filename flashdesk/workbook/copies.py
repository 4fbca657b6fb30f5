"""文案库: the copy library for the campaign (library copies and the campaign's own), body
wrapped, with times used and results; its columns import back (flashdesk copies import)."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.copies.service import CopyQuery, count_copies, find_copies
from flashdesk.copies.transfer import COLUMNS, export_row
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "文案库"
WIDTHS = [22, 14, 12, 18, 70, 10, 10]
PAGE = 500


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 文案库", len(COLUMNS))
    header_row(ws, 2, list(COLUMNS), WIDTHS)
    query = CopyQuery(campaign_id=context.campaign.id, sort="title")
    row = 3
    for offset in range(0, count_copies(context.store, query), PAGE):
        for copy in find_copies(context.store, query, offset, PAGE):
            for column, value in enumerate(export_row(copy), start=1):
                put(ws, row, column, value)
            ws.row_dimensions[row].height = 15 * max(1, min(12, copy.body.count("\n") + 1
                                                            + len(copy.body) // 45))
            row += 1
    ws.auto_filter.ref = f"A2:G{max(row - 1, 2)}"
    print_setup(ws)
