"""活动概览: the campaign's details and key dates, the first sheet people print."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.workbook.cells import LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "活动概览"
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def write(ws: Worksheet, context: SheetContext) -> None:
    campaign, dates = context.campaign, context.dates
    title_row(ws, f"{campaign.name} · 活动概览", 2)
    header_row(ws, 2, ["项目", "内容"], [18, 70])
    rows = [
        ("活动名称", campaign.name),
        ("产品", campaign.product),
        ("行业", campaign.industry),
        ("原价（元）", campaign.list_price),
        ("到手价（元）", campaign.deal_price),
        ("限量（名）", campaign.quota),
        ("开售时间", campaign.launch_at),
        ("群存续（天）", campaign.lifetime_days),
        ("预热开始", dates.warm_up_start),
        ("开群（入群渠道开放）", dates.group_open),
        ("解散群", dates.group_close),
        ("复盘日", dates.review_day),
        ("备注", campaign.notes),
    ]
    for row, (label, value) in enumerate(rows, start=3):
        put(ws, row, 1, label, font=LABEL_FONT)
        cell = put(ws, row, 2, value, number_format="0.00" if isinstance(value, float) else None)
        cell.alignment = LEFT
    ws.row_dimensions[len(rows) + 2].height = max(15, 15 * (1 + len(campaign.notes) // 60))
    print_setup(ws)
