"""Row identity in the team workbook: every editable row carries, in a hidden column, which
row of the store it was exported from and a fingerprint of the values it was exported with
("task:12:3fa9c01b2e"); the hidden sheet FlashDesk names the store and the campaign the
workbook belongs to and keeps a fingerprint of every exported cell that reads back, so
reading back (workbook/readback.py) tells, cell by cell, what the team changed from what
the app changed since. Plain text in cells survives LibreOffice, WPS and Excel saves
(custom document properties do not always)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from openpyxl.cell.cell import TYPE_STRING
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

IDENTITY_SHEET = "FlashDesk"


def hide_column(ws: Worksheet, column: int) -> None:
    ws.column_dimensions[get_column_letter(column)].hidden = True


@dataclass
class Exported:
    """What the hidden sheet says: the store and campaign the workbook came from and the
    fingerprint of every exported cell that reads back, by row identity ("task:12")."""

    campaign_id: int | None = None
    campaign_name: str | None = None
    store_id: str | None = None
    store_name: str | None = None
    cells: dict[str, dict[str, str]] = field(default_factory=dict)


FIRST_CELL_ROW = 6  # the rows' cell fingerprints start here, under a title row


def write_identity(book, campaign, store_id: str = "", store_name: str = "",
                   cells: dict[str, dict[str, str]] | None = None) -> None:
    """The hidden sheet naming the store and campaign (id and name) the workbook was
    exported from, and the exported cells' fingerprints (one row per store row, as JSON)."""
    ws = book.create_sheet(IDENTITY_SHEET)
    for row, (key, value) in enumerate((("campaign_id", campaign.id), ("campaign", campaign.name),
                                        ("store_id", store_id), ("store", store_name)), start=1):
        ws.cell(row=row, column=1, value=key)
        cell = ws.cell(row=row, column=2, value=value)
        if isinstance(value, str):
            cell.data_type = TYPE_STRING  # a name such as =HYPERLINK(…) stays text (cells.put)
    ws.cell(row=FIRST_CELL_ROW - 1, column=1, value="row")
    ws.cell(row=FIRST_CELL_ROW - 1, column=2, value="cells")
    for row, (key, prints) in enumerate(sorted((cells or {}).items()), start=FIRST_CELL_ROW):
        ws.cell(row=row, column=1, value=key)
        ws.cell(row=row, column=2, value=json.dumps(prints, ensure_ascii=False, separators=(",", ":")))
    ws.sheet_state = "hidden"


def read_identity(book) -> Exported:
    if IDENTITY_SHEET not in book.sheetnames:
        return Exported()
    found = Exported()
    for number, row in enumerate(book[IDENTITY_SHEET].iter_rows(max_col=2, values_only=True), start=1):
        if not row or row[0] in (None, ""):
            continue
        key, value = str(row[0]).strip(), row[1] if len(row) > 1 else None
        text = "" if value is None else str(value)
        if number < FIRST_CELL_ROW:
            if key == "campaign_id":
                raw = text.removesuffix(".0")
                found.campaign_id = int(raw) if raw.isdigit() else None
            elif key == "campaign":
                found.campaign_name = text or None
            elif key == "store_id":
                found.store_id = text or None
            elif key == "store":
                found.store_name = text or None
            continue
        try:
            prints = json.loads(text)
        except ValueError:
            continue  # a damaged line: its row compares as if the app's values were exported
        if isinstance(prints, dict):
            found.cells[key] = {str(k): str(v) for k, v in prints.items()}
    return found


def find_sheet(book, title: str):
    """The sheet named `title`, or renamed with a suffix by a spreadsheet program or a
    teammate ("甘特图 (2)", "甘特图-已填")."""
    if title in book.sheetnames:
        return book[title]
    return next((book[name] for name in book.sheetnames if name.startswith(title)), None)


def header_positions(rows: list[tuple], first_title: str, limit: int = 10) -> tuple[int, dict[str, int]] | None:
    """(index of the header row, {column title: index}) — found by a title, so reordered
    columns and extra rows above the header still read."""
    for index, row in enumerate(rows[:limit]):
        titles = [str(c).strip() if c is not None else "" for c in row]
        if first_title in titles:
            positions: dict[str, int] = {}
            for i, t in enumerate(titles):
                if t:
                    positions.setdefault(t, i)  # the first: a summary block beside may repeat one
            return index, positions
    return None
