"""Row identity in the team workbook: every editable row carries, in a hidden last column,
which row of the store it was exported from and a fingerprint of the values it was exported
with ("task:12:3fa9c01b2e"). Reading back compares the workbook's values, the fingerprint
and the store's values now: changed in the workbook only → an update; changed in the app
only → left alone; changed in both → a conflict. Plain text in a cell survives LibreOffice,
WPS and Excel saves (custom document properties do not always), and so does a hidden sheet
naming the campaign the workbook belongs to."""

from __future__ import annotations

from openpyxl.cell.cell import TYPE_STRING
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

IDENTITY_SHEET = "FlashDesk"


def hide_column(ws: Worksheet, column: int) -> None:
    ws.column_dimensions[get_column_letter(column)].hidden = True


def write_identity(book, campaign) -> None:
    """The hidden sheet naming the campaign (id and name) the workbook was exported from."""
    ws = book.create_sheet(IDENTITY_SHEET)
    ws["A1"], ws["B1"], ws["A2"] = "campaign_id", campaign.id, "campaign"
    ws["B2"] = campaign.name
    ws["B2"].data_type = TYPE_STRING  # a name such as =HYPERLINK(…) stays text (cells.put)
    ws.sheet_state = "hidden"


def read_identity(book) -> tuple[int | None, str | None]:
    if IDENTITY_SHEET not in book.sheetnames:
        return None, None
    values = {str(r[0]): r[1] for r in book[IDENTITY_SHEET].iter_rows(max_col=2, values_only=True) if r and r[0]}
    raw = str(values.get("campaign_id") or "").removesuffix(".0")
    return (int(raw) if raw.isdigit() else None), (str(values["campaign"]) if values.get("campaign") else None)


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
            return index, {t: i for i, t in enumerate(titles) if t}
    return None
