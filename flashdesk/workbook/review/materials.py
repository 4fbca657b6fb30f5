"""复盘数据-素材: shares, likes, comments and reads per material, and the ranking charted."""

from __future__ import annotations

from flashdesk.review.records import KINDS
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.review.common import FIRST_ROW, Block, bar_chart, data_of, write_data_sheet

TITLE = KINDS["materials"].sheet
STREAMED = True


def write(ws, context: SheetContext) -> None:
    data = data_of(context)
    rows = [[m.name, m.shares, m.likes, m.comments, m.reads] for m in data.materials]

    def charts(ws, col: int, last: int) -> list:
        return [bar_chart(ws, "素材排行（转发、点赞、评论）", (col, FIRST_ROW, last),
                          (col + 1, col + 3), horizontal=True)]

    block = Block(["素材排行", "转发", "点赞", "评论", "阅读"], rows, [24, 7, 7, 7, 8], charts)
    write_data_sheet(ws, context, "materials", "复盘数据（素材）", [28, 8, 8, 8, 8, 9], block)
