"""复盘数据-每日: every group's numbers per day, and per-day totals with three charts."""

from __future__ import annotations

from flashdesk.review.records import KINDS
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.review.common import FIRST_ROW, Block, bar_chart, data_of, line_chart, write_data_sheet

TITLE = KINDS["daily"].sheet
STREAMED = True


def write(ws, context: SheetContext) -> None:
    data = data_of(context)
    rows = [[d.day, d.members, d.active, d.orders, d.cumulative_orders, d.revenue]
            for d in data.days]

    def charts(ws, col: int, last: int) -> list:
        days = (col, FIRST_ROW, last)
        members = line_chart(ws, "每日群成员与活跃成员", days, (col + 1, col + 2), "人")
        orders = bar_chart(ws, f"每日订单与累计（限量 {context.campaign.quota}）", days,
                           (col + 3, col + 3), y_title="单")
        orders += line_chart(ws, "", days, (col + 4, col + 4))
        revenue = bar_chart(ws, "每日销售额", days, (col + 5, col + 5), y_title="元")
        return [members, orders, revenue]

    block = Block(["每日合计", "群成员", "活跃成员", "订单", "累计订单", "销售额（元）"], rows,
                  [12, 9, 9, 8, 9, 12], charts)
    write_data_sheet(ws, context, "daily", "复盘数据（每日，按群）", [12, 16, 9, 9, 8, 12], block)
