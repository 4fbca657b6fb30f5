"""复盘-AB测试: every A/B test with rates, the difference and its 95 % interval, the p-value
and the verdict; then the review outline (as edited, or drafted from the data). The counts
and names the team types read back (a hidden 行标识 column keeps each row's test; a row
added above the outline is a new test); the computed columns and the outline do not."""

from __future__ import annotations

from openpyxl.styles import Border
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.imports import ID_TITLE
from flashdesk.review.experiments import ABDraft, list_ab_tests
from flashdesk.review.outline import draft_outline
from flashdesk.review.texts import get_text
from flashdesk.workbook.cells import (
    BODY_FONT,
    LABEL_FONT,
    TITLE_FONT,
    header_row,
    merge,
    print_setup,
    put,
    title_row,
)
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height
from flashdesk.workbook.identity import hide_column
from flashdesk.workbook.review.common import data_of

TITLE = "复盘-AB测试与提纲"
HEADINGS = ["环节", "版本 A", "版本 B", "A 曝光", "A 转化", "A 转化率", "B 曝光", "B 转化",
            "B 转化率", "差值（B−A）", "95% 区间下限", "95% 区间上限", "p 值", "结论", "备注"]
WIDTHS = [16, 16, 16, 8, 8, 9, 8, 8, 9, 10, 11, 11, 8, 44, 20]
PERCENT = "0.0%"
ID_COLUMN = len(HEADINGS) + 1
NO_TESTS = "（没有 A/B 测试）"
FIELDS = {"环节": "step", "版本 A": "variant_a", "版本 B": "variant_b", "A 曝光": "exposed_a",
          "A 转化": "converted_a", "B 曝光": "exposed_b", "B 转化": "converted_b", "备注": "notes"}


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
        put(ws, row, ID_COLUMN, f"ab_test:{test.id}", wrap=False)
        row += 1
    if row == 3:
        put(ws, row, 1, NO_TESTS)
        row += 1
    put(ws, 2, ID_COLUMN, ID_TITLE)
    hide_column(ws, ID_COLUMN)
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
        merge(ws, row, 1, row, len(HEADINGS))
        ws.row_dimensions[row].height = row_height((text, sum(WIDTHS)))
        row += 1
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity column is not printed


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


def readers(store, campaign) -> list:
    from flashdesk.imports import parse_row_id
    from flashdesk.workbook.readback import CellProblem, Record, Sheet, count_of, sheet_rows, text_of

    def now() -> dict:
        return {test.id: (test.step, {title: getattr(ABDraft.of(test), key) for title, key in FIELDS.items()})
                for test in list_ab_tests(store, campaign.id)}

    def records(ws) -> list:
        """The test rows: from the header to the first blank row (the outline follows)."""
        header, positions, rows = sheet_rows(ws, HEADINGS[0])
        found = []
        for number, row in enumerate(rows, start=header + 1):
            if not any(text_of(c) for c in row):
                break
            cells = {t: row[positions[t]] if t in positions and positions[t] < len(row) else None for t in FIELDS}
            at = positions.get(ID_TITLE)
            identity = parse_row_id(row[at]) if at is not None and at < len(row) else None
            if identity is None and text_of(cells["环节"]) == NO_TESTS:
                continue
            found.append(Record(number, identity, cells))
        return found

    def parse(cells: dict) -> dict:
        from flashdesk.i18n import translate

        values = {t: text_of(cells.get(t)) for t in ("环节", "版本 A", "版本 B", "备注")}
        if not values["环节"]:
            raise CellProblem("环节", translate("ReadBack", "name the step being tested."))
        for title in ("A 曝光", "A 转化", "B 曝光", "B 转化"):
            values[title] = count_of(cells.get(title), title)
        for variant in ("A", "B"):
            if values[f"{variant} 转化"] > values[f"{variant} 曝光"]:
                raise CellProblem(f"{variant} 转化", translate(
                    "ReadBack", "{converted} converted but only {exposed} exposed; converted people "
                    "are part of the exposed ones.").format(converted=values[f"{variant} 转化"],
                                                            exposed=values[f"{variant} 曝光"]))
        return values

    def apply(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.review.experiments import read_back_ab_tests

        read_back_ab_tests(session, campaign_id,
                           {key: {FIELDS[t]: v for t, v in values.items()} for key, values in updates.items()},
                           [{FIELDS[t]: v for t, v in values.items()} for values in additions])

    return [Sheet(TITLE, "ab_test", tuple(FIELDS), HEADINGS[0], now, parse, apply, records=records,
                  label=lambda values: values["环节"])]
