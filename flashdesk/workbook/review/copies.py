"""复盘数据-文案: participants after each copy was used, and the ranking charted."""

from __future__ import annotations

from flashdesk.review.records import KINDS
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.review.common import FIRST_ROW, Block, bar_chart, data_of, write_data_sheet

TITLE = KINDS["copies"].sheet
STREAMED = True


def write(ws, context: SheetContext) -> None:
    data = data_of(context)
    rows = [[title, count] for title, count in data.copies]

    def charts(ws, col: int, last: int) -> list:
        return [bar_chart(ws, "文案排行（使用后参与人数）", (col, FIRST_ROW, last),
                          (col + 1, col + 1), horizontal=True)]

    block = Block(["文案排行", "参与人数"], rows, [28, 9], charts)
    write_data_sheet(ws, context, "copies", "复盘数据（文案）", [32, 12, 14], block)
