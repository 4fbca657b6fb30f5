"""复盘-AB测试: every A/B test with rates, the difference and its 95 % interval, the p-value
and the verdict; then the review outline (as edited, or drafted from the data)."""

from __future__ import annotations

from openpyxl.styles import Border
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.review.experiments import ABDraft, list_ab_tests
from flashdesk.review.outline import draft_outline
from flashdesk.review.texts import get_text
from flashdesk.workbook.cells import (
    BODY_FONT,
    LABEL_FONT,
    TITLE_FONT,
    header_row,
    print_setup,
    put,
    title_row,
)
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height
from flashdesk.workbook.review.common import data_of

TITLE = "复盘-AB测试与提纲"
HEADINGS = ["环节", "版本 A", "版本 B", "A 曝光", "A 转化", "A 转化率", "B 曝光", "B 转化",
            "B 转化率", "差值（B−A）", "95% 区间下限", "95% 区间上限", "p 值", "结论", "备注"]
WIDTHS = [16, 16, 16, 8, 8, 9, 8, 8, 9, 10, 11, 11, 8, 44, 20]
PERCENT = "0.0%"


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · A/B 测试", len(HEADINGS))
    header_row(ws, 2, HEADINGS, WIDTHS)
    row = 3
    for test in list_ab_tests(context.store, context.campaign.id):
        draft = ABDraft.of(test)
        result = draft.result()
        values = [draft.step, draft.variant_a, draft.variant_b, draft.exposed_a, draft.converted_a,
                  result.rate_a, draft.exposed_b, draft.converted_b, result.rate_b,
                  result.difference, result.low, result.high, result.p_value, result.verdict,
                  draft.notes]
        for column, value in enumerate(values, start=1):
            fmt = PERCENT if column in (6, 9, 10, 11, 12) else "0.000" if column == 13 else None
            put(ws, row, column, value, number_format=fmt)
        row += 1
    if row == 3:
        put(ws, row, 1, "（没有 A/B 测试）")
        row += 1
    outline = get_text(context.store, context.campaign.id, "outline") \
        or draft_outline(context.store, context.campaign.id, data_of(context))
    row += 1
    lines = outline.splitlines()
    if not lines or not lines[0].startswith("#"):
        put(ws, row, 1, "复盘提纲", font=LABEL_FONT).border = Border()
        row += 1
    for line in lines:
        text, font = printed_line(line)
        cell = put(ws, row, 1, text, font=font)
        cell.border = Border()
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADINGS))
        ws.row_dimensions[row].height = row_height((text, sum(WIDTHS)))
        row += 1
    print_setup(ws)


def printed_line(line: str) -> tuple[str, object]:
    """An outline line as printed: Markdown headings become bold lines without their
    # marks, bullets become •."""
    stripped = line.lstrip()
    if stripped.startswith("#"):
        level = len(stripped) - len(stripped.lstrip("#"))
        return stripped.lstrip("#").strip(), TITLE_FONT if level == 1 else LABEL_FONT
    if stripped.startswith(("- ", "* ")):
        return line[:len(line) - len(stripped)] + "• " + stripped[2:], BODY_FONT
    return line, BODY_FONT
