"""客户名单: the campaign's people (in its groups, orders or name lists) with tier, stage,
paid total and tags, fitted to the page. Phones are masked unless the export asks for them."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.customers.service import Filter, mask, people
from flashdesk.workbook.cells import header_row, print_setup, put, restyle, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "客户名单"
HEADERS = ["编号", "昵称", "备注", "手机", "等级", "阶段", "累计实付（元）", "标签"]
WIDTHS = [8, 16, 16, 14, 8, 8, 14, 30]
CENTERED = {1, 4, 5, 6}  # id, phone, tier, stage

CENTER_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 客户名单", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    found = people(context.store, Filter(campaign_id=context.campaign.id))
    for row, person in enumerate(found, start=3):
        values = [person.id, person.nickname, person.remark,
                  person.phone if context.full_phones else mask(person.phone), person.tier,
                  person.stage, person.paid_total, "、".join(person.tags)]
        for column, value in enumerate(values, start=1):
            cell = put(ws, row, column, value, number_format="0.00" if column == 7 else None)
            if column in CENTERED:  # a right-aligned number would touch the nickname beside it
                restyle(cell, alignment=CENTER_TOP)
    ws.auto_filter.ref = f"A2:H{2 + len(found)}"
    print_setup(ws)
