"""跟进清单: the campaign's follow-up lists for the staff who do the messaging — one row per
person and list, when it is due, the drafted 1:1 message and a status column to tick;
fitted to the page by its width. Phones are masked unless the export asks for them in full."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.customers.followups import follow_ups
from flashdesk.customers.service import mask
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.channels import LINE_HEIGHT, lines_needed
from flashdesk.workbook.export import SheetContext

TITLE = "跟进清单"
HEADERS = ["清单", "到期", "昵称", "备注", "手机", "等级", "私信草稿", "状态"]
WIDTHS = [12, 16, 14, 14, 14, 8, 60, 8]
STATUS = {"done": "已完成", "skipped": "跳过", "": ""}


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 跟进清单", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    rows = follow_ups(context.store, context.campaign.id)
    for row, item in enumerate(rows, start=3):
        person = item.person
        values = [item.kind.name, item.due, person.nickname, person.remark,
                  person.phone if context.full_phones else mask(person.phone), person.tier,
                  item.message, STATUS[item.status]]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value)
        ws.row_dimensions[row].height = LINE_HEIGHT * lines_needed(item.message, WIDTHS[6])
    ws.auto_filter.ref = f"A2:H{2 + len(rows)}"
    print_setup(ws)
