"""The group SOP sheets of the team workbook: 社群基础搭建SOP, 社群日常维护执行表,
关键节点执行表, 危机预案 and 群活码, each laid out to print on A4 landscape with its header
row repeated on every page. Texts are filled with the campaign's current numbers."""

from __future__ import annotations

import math

KIND_NAMES = {"say": "发言", "announce": "公告", "question": "提问", "helper": "小号兜底（冷场时）",
              "congratulate": "恭喜", "post": "发帖/接龙"}
STATE_NAMES = {"open": "开放", "full": "已满", "closed": "已关闭",
               "pending": "", "done": "✓ 已完成", "skipped": "跳过"}


def row_height(*cells: tuple[str, float]) -> float:
    """A row tall enough for the longest of its wrapped cells, given as (text, column width);
    a CJK character takes a little under 2 width units."""
    def lines(text: str, width: float) -> int:
        return sum(max(1, math.ceil(len(line) * 1.8 / width)) for line in str(text).splitlines() or [""])

    return max(18.0, 15.0 * max(lines(text, width) for text, width in cells) + 4)


TICKED = ("✓", "√", "✔", "☑", "✅", "x", "是", "完成", "已完成", "done", "yes", "y", "1", "true")
UNTICKED = ("", "☐", "□", "否", "未完成", "no", "n", "0", "false")


def tick_of(value, column: str) -> bool:
    """A tick box cell: ✓ (or √, 是, 完成, x …) is done; ☐ or empty is not."""
    from flashdesk.i18n import translate
    from flashdesk.workbook.readback import CellProblem, text_of

    text = text_of(value).strip().lower()
    if text in TICKED or text.startswith("✓"):
        return True
    if text in UNTICKED:
        return False
    raise CellProblem(column, translate("ReadBack", "{value!r} is not a tick; write ✓ when done, or "
                                        "leave ☐.").format(value=text_of(value)))
