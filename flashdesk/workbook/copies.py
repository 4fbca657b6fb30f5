"""文案库: the copy library for the campaign (library copies and the campaign's own), each
body as a template and, beside it, filled with this campaign's values, as the team will
send it; times used and results. Its columns import back (flashdesk copies import); the
filled text is not read back."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.copies.service import CopyDraft, CopyQuery, count_copies, find_copies
from flashdesk.copies.transfer import COLUMNS, FILLED, compared, export_row
from flashdesk.copies.variables import fill
from flashdesk.groups.copy_values import values_for
from flashdesk.imports import ID_TITLE, row_id
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height
from flashdesk.workbook.identity import hide_column

TITLE = "文案库"
BODY = COLUMNS.index("正文")
HEADERS = [*COLUMNS[:BODY + 1], FILLED, *COLUMNS[BODY + 1:], ID_TITLE]
WIDTHS = [20, 12, 10, 14, 42, 50, 8, 8, 14]
PAGE = 500
BLANK = "____"  # a value the campaign does not know yet reads as a blank to fill by hand


def write(ws: Worksheet, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 文案库", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    values = {name: value or BLANK for name, value in values_for(context.store, context.campaign.id).items()}
    query = CopyQuery(campaign_id=context.campaign.id, sort="title")
    row = 3
    for offset in range(0, count_copies(context.store, query), PAGE):
        for copy in find_copies(context.store, query, offset, PAGE):
            cells = export_row(copy)
            filled = fill(copy.body, values, strict=False)
            identity = row_id("copy", copy.id, compared(CopyDraft.of(copy), copy.times_used))
            for column, value in enumerate([*cells[:BODY + 1], filled, *cells[BODY + 1:], identity], start=1):
                put(ws, row, column, value)
            ws.row_dimensions[row].height = row_height((copy.body, WIDTHS[BODY]), (filled, WIDTHS[BODY + 1]))
            row += 1
    hide_column(ws, len(HEADERS))
    ws.auto_filter.ref = f"A2:H{max(row - 1, 2)}"
    print_setup(ws)



FIELDS = {"标题": "title", "渠道": "channel", "阶段": "stage", "标签": "levers", "正文": "body",
          "使用次数": "times_used", "参与人数": "participants"}


def readers(store, campaign) -> list:
    """The 文案库 sheet as it reads back (the filled text is not read back)."""
    from flashdesk.copies.transfer import BadRow, parse_cells
    from flashdesk.copies.vocab import CHANNEL_BY_KEY, LEVER_BY_KEY, STAGE_BY_KEY
    from flashdesk.workbook.readback import CellProblem, Sheet, show

    def values_of(draft, used) -> dict:
        return {"标题": draft.title.strip(), "渠道": draft.channel, "阶段": draft.stage,
                "标签": tuple(draft.levers), "正文": draft.body, "使用次数": used,
                "参与人数": draft.participants}

    def now() -> dict:
        query = CopyQuery(campaign_id=campaign.id, sort="title")
        return {c.id: (c.title, values_of(CopyDraft.of(c), c.times_used))
                for c in find_copies(store, query, 0, max(1, count_copies(store, query)))}

    def parse(cells: dict) -> dict:
        parsed = parse_cells(0, [cells.get(c) for c in COLUMNS])
        if isinstance(parsed, BadRow):
            raise CellProblem("", parsed.reason)
        parsed.draft.campaign_id = campaign.id  # a copy the team wrote is this campaign's
        return values_of(parsed.draft, parsed.times_used)

    def shown(column: str, value) -> str:
        if column == "渠道":
            return CHANNEL_BY_KEY[value].zh if value in CHANNEL_BY_KEY else show(value)
        if column == "阶段":
            return STAGE_BY_KEY[value].zh if value in STAGE_BY_KEY else show(value)
        if column == "标签":
            return "、".join(LEVER_BY_KEY[k].zh if k in LEVER_BY_KEY else k for k in value)
        return show(value)

    def apply(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.copies.service import read_back

        new = []
        for values in additions:
            draft = CopyDraft(title=values["标题"], body=values["正文"], channel=values["渠道"],
                              stage=values["阶段"], levers=values["标签"], campaign_id=campaign_id,
                              participants=values["参与人数"])
            new.append((draft, values["使用次数"]))
        read_back(session, {key: {FIELDS[c]: v for c, v in values.items()} for key, values in updates.items()},
                  new)

    return [Sheet(TITLE, "copy", tuple(COLUMNS), COLUMNS[0], now, parse, apply,
                  label=lambda values: values["标题"], shown=shown)]
