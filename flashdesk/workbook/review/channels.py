"""复盘数据-渠道: actions and participants per channel and day; totals per channel, charted.
The totals also count published warm-up posts on channel-days without a row (review/posts.py);
the data rows stay the recorded ones, so the sheet imports back without the posts."""

from __future__ import annotations

from flashdesk.review.records import KINDS
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.review.common import FIRST_ROW, Block, bar_chart, data_of, write_data_sheet

TITLE = KINDS["channels"].sheet
STREAMED = True


def write(ws, context: SheetContext) -> None:
    data = data_of(context)
    rows = [[c.channel, c.actions, c.participants] for c in data.channels]

    def charts(ws, col: int, last: int) -> list:
        return [bar_chart(ws, "渠道贡献（参与人数）", (col, FIRST_ROW, last), (col + 2, col + 2),
                          horizontal=True)]

    total = "渠道合计（含已发布帖子）" if data.posts_counted else "渠道合计"  # review rows win
    block = Block([total, "动作次数", "参与人数"], rows, [16, 9, 9], charts)
    write_data_sheet(ws, context, "channels", "复盘数据（渠道，按天）", [12, 18, 9, 9], block)
