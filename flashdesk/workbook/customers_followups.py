"""跟进清单: the campaign's follow-up lists for the staff who do the messaging — one row per
person and list, when it is due, the drafted 1:1 message and a status column to tick;
fitted to one page wide (A4 landscape) with the headings on every page, short columns
centred. Phones are masked unless the export asks for them in full."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.customers.followups import follow_ups
from flashdesk.customers.service import mask
from flashdesk.workbook.cells import header_row, print_setup, put, restyle, title_row
from flashdesk.workbook.channels import LINE_HEIGHT, lines_needed
from flashdesk.workbook.export import SheetContext, read_once

TITLE = "跟进清单"
HEADERS = ["清单", "到期", "昵称", "备注", "手机", "等级", "私信草稿", "状态"]
WIDTHS = [12, 12, 14, 14, 14, 8, 60, 8]
DUE_FORMAT = "mm-dd hh:mm"  # the staff work within the campaign's weeks: no year needed
CENTERED = {2, 5, 6, 8}  # due, phone, tier, status
STATUS = {"done": "已完成", "skipped": "跳过", "": ""}

CENTER_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 跟进清单", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    rows = read_once(follow_ups, context.store, context.campaign.id)  # the flow map counts them too
    for row, item in enumerate(rows, start=3):
        person = item.person
        values = [item.kind.name, item.due, person.nickname, person.remark,
                  person.phone if context.full_phones else mask(person.phone), person.tier,
                  item.message, STATUS[item.status]]
        for column, value in enumerate(values, start=1):
            cell = put(ws, row, column, value, number_format=DUE_FORMAT if column == 2 else None)
            if column in CENTERED:  # a right-aligned time or a short word would touch the next cell
                restyle(cell, alignment=CENTER_TOP)
        ws.row_dimensions[row].height = LINE_HEIGHT * lines_needed(item.message, WIDTHS[6])
    ws.auto_filter.ref = f"A2:H{2 + len(rows)}"
    print_setup(ws)
