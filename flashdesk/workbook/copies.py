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



def read(book, store, campaign):
    """The 文案库 sheet against the store (the filled text is not read back)."""
    from flashdesk.copies.service import CopyError, get_copy
    from flashdesk.copies.transfer import BadRow, parse_cells
    from flashdesk.i18n import translate
    from flashdesk.imports import parse_row_id
    from flashdesk.workbook.identity import find_sheet
    from flashdesk.workbook.readback import (
        CellChange,
        RowDiff,
        SheetDiff,
        Unreadable,
        blank,
        row_diff,
        sheet_rows,
        show,
    )

    ws = find_sheet(book, TITLE)
    if ws is None:
        return None
    header, positions, rows = sheet_rows(ws, COLUMNS[0])
    query = CopyQuery(campaign_id=campaign.id, sort="title")
    listed = {c.id: c.title for c in find_copies(store, query, 0, count_copies(store, query))}
    diff = SheetDiff(TITLE, apply=_apply)
    seen = set()
    labels = ("标题", "正文", "渠道", "阶段", "标签", "参与人数", "使用次数")
    for number, row in enumerate(rows, start=header + 1):
        cells = [row[positions[c]] if c in positions and positions[c] < len(row) else None for c in COLUMNS]
        if blank(cells):
            continue
        parsed = parse_cells(number, cells)
        if isinstance(parsed, BadRow):
            diff.unreadable.append(Unreadable(number, "", parsed.reason))
            continue
        identity = parse_row_id(row[positions[ID_TITLE]] if ID_TITLE in positions
                                and positions[ID_TITLE] < len(row) else None)
        values = compared(parsed.draft, parsed.times_used)
        if identity is None or identity.kind != "copy":
            parsed.draft.campaign_id = campaign.id  # a copy the team wrote is this campaign's
            diff.rows.append(RowDiff(TITLE, number, "added", parsed.draft.title,
                                     [CellChange(c, "", show(v)) for c, v in zip(labels, values) if v],
                                     None, (parsed.draft, parsed.times_used)))
            continue
        try:
            copy = get_copy(store, identity.id)
        except CopyError:
            copy = None
        if copy is None:
            diff.unreadable.append(Unreadable(number, ID_TITLE, translate(
                "ReadBack", "this copy was deleted in the app after the export; add it again as a "
                "new row (clear its hidden {column} cell) to keep it.").format(column=ID_TITLE)))
            continue
        seen.add(copy.id)
        now = CopyDraft.of(copy)
        changed = row_diff(TITLE, number, copy.title, identity, values, compared(now, copy.times_used),
                           labels, (parsed.draft, parsed.times_used))
        if changed:
            diff.rows.append(changed)
    diff.missing = [title for copy_id, title in listed.items() if copy_id not in seen]
    return diff


def _apply(session, campaign_id: int, rows) -> None:
    from flashdesk.copies.service import read_back

    read_back(session, {r.key: r.value for r in rows if r.key is not None},
              [r.value for r in rows if r.key is None])
