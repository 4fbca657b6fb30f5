"""Reading a team workbook back: each editable sheet's reader (beside its writer) compares
the workbook with the store and the fingerprints of the export (workbook/identity.py), and
nothing is written until the operator applies the diff — all of it or chosen rows, as one
Change (one undo step) through the capabilities' services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.store import Store


@dataclass
class CellChange:
    column: str
    old: str  # the app's value now
    new: str  # the workbook's value


@dataclass
class RowDiff:
    sheet: str
    row: int  # as the spreadsheet numbers it
    kind: str  # "added", "changed" or "conflict" (changed in the workbook and in the app)
    label: str
    cells: list[CellChange]
    key: int | None = None  # the store row's id; None for an added row
    value: Any = None  # what the sheet's apply writes


@dataclass
class Unreadable:
    row: int
    column: str
    why: str


@dataclass
class SheetDiff:
    title: str
    rows: list[RowDiff] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # rows the team deleted: reported only
    apply: Callable | None = None  # (session, campaign_id, chosen rows) -> None


@dataclass
class ReadBack:
    campaign_id: int
    sheets: list[SheetDiff]

    def rows(self, kinds=("added", "changed", "conflict")) -> list[RowDiff]:
        return [r for s in self.sheets for r in s.rows if r.kind in kinds]


# the sheets that read back, in workbook order
READERS = ("flashdesk.workbook.copies", "flashdesk.workbook.tasks")


class ReadBackError(UserError):
    """The workbook cannot be read back (another campaign's, not a FlashDesk workbook)."""


def show(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, tuple):
        return "、".join(map(str, value))
    return str(value)


def read_back(store: Store, campaign_id: int, path: Path | str) -> ReadBack:
    """The diff between a team workbook and the store; writes nothing."""
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.imports import open_workbook
    from flashdesk.workbook.identity import read_identity

    path = Path(path)
    if not path.exists():
        raise ReadBackError(translate("ReadBack", "{path} does not exist.").format(path=path))
    campaign = get_campaign(store, campaign_id)
    book = open_workbook(path)
    try:
        exported_id, exported_name = read_identity(book)
        if exported_name is None:
            raise ReadBackError(translate("ReadBack", "{path} is not a workbook FlashDesk exported (its "
                                          "hidden FlashDesk sheet is missing); export the campaign "
                                          "and fill that in.").format(path=path))
        if exported_name != campaign.name or exported_id != campaign.id:
            raise ReadBackError(translate("ReadBack", "{path} was exported from the campaign {other}, "
                                          "not {campaign}; read it back into that campaign (or its "
                                          "store).").format(path=path, other=exported_name,
                                                            campaign=campaign.name))
        sheets = [import_module(name).read(book, store, campaign) for name in READERS]
    finally:
        book.close()
    return ReadBack(campaign_id, [s for s in sheets if s is not None])


def apply_read_back(store: Store, read: ReadBack, chosen: list[RowDiff] | None = None):
    """Write the chosen rows (by default every added and changed row; conflicts only when
    chosen) in one transaction; the Change, or None when there was nothing to write."""
    picked = chosen if chosen is not None else read.rows(("added", "changed"))
    if not picked:
        return None
    with store.edit(read.campaign_id, immediate=True) as edit:
        for sheet in read.sheets:
            rows = [r for r in picked if r.sheet == sheet.title]
            if rows:
                sheet.apply(edit.session, read.campaign_id, rows)
    return edit.change


def row_diff(sheet: str, number: int, label: str, exported, workbook: tuple, now: tuple,
             columns: tuple, value, shown: Callable = lambda _column, v: show(v)) -> RowDiff | None:
    """An exported row compared three ways; None when the team left it as exported or it
    already reads as the app has it."""
    from flashdesk.imports import fingerprint

    if fingerprint(workbook) == exported.fingerprint:
        return None
    cells = [CellChange(c, shown(c, a), shown(c, b)) for c, a, b in zip(columns, now, workbook) if a != b]
    if not cells:
        return None
    kind = "changed" if fingerprint(now) == exported.fingerprint else "conflict"
    return RowDiff(sheet, number, kind, label, cells, exported.id, value)


def sheet_rows(ws, first_title: str, limit: int = 20_000) -> tuple[int, dict[str, int], list[tuple]]:
    """(spreadsheet row number of the header, column positions by title, the rows after it)."""
    from flashdesk.workbook.identity import header_positions

    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append(row)
        if len(rows) > limit:
            raise ReadBackError(translate("ReadBack", "Sheet {sheet} has more than {limit} rows; split "
                                          "it up.").format(sheet=ws.title, limit=limit))
    found = header_positions(rows, first_title)
    if found is None:
        raise ReadBackError(translate("ReadBack", "Sheet {sheet} has no header row with {title}; "
                                      "keep the exported header row.").format(sheet=ws.title,
                                                                               title=first_title))
    index, positions = found
    return index + 1, positions, rows[index + 1:]


def blank(cells) -> bool:
    return not any(str(c).strip() for c in cells if c is not None)
