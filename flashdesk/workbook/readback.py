"""Reading a team workbook back: each editable sheet's reader (beside its writer) describes
its rows as a `Sheet` — which column titles it compares, the store's values now, how a
row's cells parse and how chosen rows are written — and the comparison here is the same
for all of them. It is three-way and per cell: the workbook's value, the store's value
now and the fingerprint of the value exported (kept in the hidden FlashDesk sheet,
workbook/identity.py). A cell the team changed and the app did not is a change; a cell
changed in both (to different values) is a conflict; a cell the app changed and the team
did not is left alone, so a team's edit and an operator's edit of different cells of one
row merge. Nothing is written until the operator applies the diff — all of it or chosen
rows, as one Change (one undo step) through the capabilities' services."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
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
    conflict: bool = False  # changed in the app too since the export


@dataclass
class RowDiff:
    sheet: str
    row: int  # as the spreadsheet numbers it
    kind: str  # "added", "changed" or "conflict" (a cell changed in the workbook and in the app)
    label: str
    cells: list[CellChange]
    key: int | None = None  # the store row's id; None for an added row
    value: Any = None  # what the sheet's apply writes: {column title: value}
    row_kind: str = ""  # the identity kind of the row (a tab may hold two kinds)


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


# the modules whose sheets read back, in workbook order; each has readers(store, campaign)
READERS = ("flashdesk.workbook.copies", "flashdesk.workbook.channels", "flashdesk.workbook.posts",
           "flashdesk.workbook.tasks", "flashdesk.workbook.groups.setup_sop",
           "flashdesk.workbook.groups.runbook", "flashdesk.workbook.groups.live_code",
           "flashdesk.workbook.review.readback", "flashdesk.workbook.review.abtests")


class ReadBackError(UserError):
    """The workbook cannot be read back (another store's or campaign's, not a FlashDesk
    workbook, a sheet without its header)."""


class CellProblem(ValueError):
    """One cell that cannot be read: its column title and why (how to fix it)."""

    def __init__(self, column: str, why: str):
        super().__init__(f"{column}: {why}")
        self.column, self.why = column, why


@dataclass
class Record:
    """One row read from a sheet: its number, the identity it carries (or None for a row
    the team added) and its cells by column title."""

    number: int
    identity: Any  # flashdesk.imports.RowId | None
    cells: dict[str, Any]


@dataclass
class Sheet:
    """How one kind of row of a sheet reads back.

    `now()` gives the store's rows as {id: (label, {column title: value})}, with values as
    the sheet writes them (names, not keys), so an unchanged cell compares equal.
    `parse(cells)` turns a row's cells into the same values, raising CellProblem.
    `apply(session, campaign_id, updates, additions)` writes {id: {title: value}} (only the
    cells to take) and [{title: value}] (rows the team added) inside the caller's edit.
    `adds`: True when a row without identity is a new row; False when such a row is
    reported unreadable (`adds_why`); None when another Sheet of the same tab reads it."""

    title: str
    kind: str
    columns: tuple[str, ...]
    header: str  # a title that finds the header row
    now: Callable[[], dict[int, tuple[str, dict[str, Any]]]]
    parse: Callable[[dict[str, Any]], dict[str, Any]]
    apply: Callable
    id_title: str = ""  # the hidden identity column; flashdesk.imports.ID_TITLE by default
    adds: bool | None = True
    adds_why: str = ""
    label: Callable[[dict[str, Any]], str] | None = None  # an added row's label
    shown: Callable[[str, Any], str] | None = None  # a value as the diff shows it
    records: Callable | None = None  # (ws) -> [Record], when rows are not plain rows
    merge: Callable | None = None  # (now values, workbook values, columns taken) -> extra problems
    check: Callable | None = None  # (diff, records parsed) -> None: checks across rows


# --- values as the comparison sees them ------------------------------------------------------

def show(value) -> str:
    """A value as canonical text: what is compared, fingerprinted and shown."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, tuple):
        return "、".join(map(show, value))
    return str(value).strip()


def cell_fingerprint(value) -> str:
    import hashlib

    return hashlib.sha1(show(value).encode("utf-8")).hexdigest()[:8]


# --- reading cells the ways spreadsheet programs save them ------------------------------------

def text_of(value) -> str:
    """A cell as text: numbers saved as floats (12.0) read as 12."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def count_of(value, column: str, *, optional: bool = False, high: int = 10**9) -> int | None:
    """A whole number from a number, a float Excel saved (12.0) or text ("1,234", "12 ")."""
    text = text_of(value).replace(",", "").replace("，", "").replace(" ", "")
    if not text:
        if optional:
            return None
        return 0
    try:
        number = float(text)
    except ValueError:
        raise CellProblem(column, translate("ReadBack", "{value!r} is not a number; write a whole "
                                            "number such as 12.").format(value=text_of(value))) from None
    if not number.is_integer() or not 0 <= number <= high:
        raise CellProblem(column, translate("ReadBack", "{value!r} is not a whole number from 0 to "
                                            "{high}.").format(value=text_of(value), high=high))
    return int(number)


_DAY = re.compile(r"^(?:(\d{4})\s*[-/.年])?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_CLOCK = re.compile(r"(\d{1,2})[:：](\d{2})(?::\d{2})?\s*$")


def _serial(value: float) -> datetime:
    from openpyxl.utils.datetime import from_excel  # a date saved as its serial number

    return from_excel(value)


def moment_of(value, column: str, year: int, *, optional: bool = False) -> datetime | None:
    """A date and time from a datetime, an Excel serial (46191.83), or text such as
    2026-06-18 20:00, 2026/6/18 20:00, 06-18 20:00 (the campaign's year) or 6月18日 20:00."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        moment = _serial(value)
        return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)
    text = text_of(value)
    if not text:
        if optional:
            return None
        raise CellProblem(column, translate("ReadBack", "a date and time is needed here, such as "
                                            "2026-06-18 20:00."))
    day, clock = _DAY.match(text), _CLOCK.search(text)
    try:
        if day is None or clock is None:
            raise ValueError(text)
        y, m, d = day.groups()
        return datetime(int(y) if y else year, int(m), int(d), int(clock.group(1)), int(clock.group(2)))
    except ValueError:
        raise CellProblem(column, translate("ReadBack", "{value!r} is not a date and time; write it "
                                            "like 2026-06-18 20:00.").format(value=text)) from None


def day_of(value, column: str, year: int) -> date:
    """A day from a date, an Excel serial or text (2026-06-18, 2026/6/18, 06-18 周四, 6月18日)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(value).date()
    text = text_of(value)
    match = _DAY.match(text)
    try:
        if match is None:
            raise ValueError(text)
        y, m, d = match.groups()
        return date(int(y) if y else year, int(m), int(d))
    except ValueError:
        raise CellProblem(column, translate("ReadBack", "{value!r} is not a date; write it like "
                                            "2026-06-18.").format(value=text)) from None


def clock_of(value, column: str) -> time | None:
    """A time of day from a time, a fraction of a day (0.8333) or text (20:00, 20：00)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    text = text_of(value)
    match = re.fullmatch(r"(\d{1,2})[:：](\d{2})(?::\d{2})?", text)
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return time(int(match.group(1)), int(match.group(2)))
    raise CellProblem(column, translate("ReadBack", "{value!r} is not a time of day; write it like "
                                        "20:00.").format(value=text))


def choice_of(value, column: str, names: dict[str, str], *, default: str | None = None) -> str:
    """A key from its name as the sheet writes it (or the key itself); names: {key: name}."""
    text = text_of(value)
    if not text and default is not None:
        return default
    for key, name in names.items():
        if text in (key, name) or (name and text == name.strip()):
            return key
    raise CellProblem(column, translate("ReadBack", "{value!r} is not one of: {known}.").format(
        value=text, known="、".join(n for n in names.values() if n)))


# --- the workbook ---------------------------------------------------------------------------

def read_back(store: Store, campaign_id: int, path: Path | str) -> ReadBack:
    """The diff between a team workbook and the store; writes nothing."""
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.imports import open_workbook
    from flashdesk.store.identity import store_id, store_name
    from flashdesk.workbook.identity import read_identity

    path = Path(path)
    if not path.exists():
        raise ReadBackError(translate("ReadBack", "{path} does not exist.").format(path=path))
    campaign = get_campaign(store, campaign_id)
    book = open_workbook(path)
    try:
        exported = read_identity(book)
        if exported.campaign_name is None:
            raise ReadBackError(translate("ReadBack", "{path} is not a workbook FlashDesk exported (its "
                                          "hidden FlashDesk sheet is missing); export the campaign "
                                          "and fill that in.").format(path=path))
        if exported.store_id is not None and exported.store_id != store_id(store):
            raise ReadBackError(translate(
                "ReadBack", "This workbook was exported from the store {store} (campaign {other}), "
                "not from this one ({this}); open that store to read it back.").format(
                    store=exported.store_name or exported.store_id, other=exported.campaign_name,
                    this=store_name(store)))
        if exported.campaign_name != campaign.name or exported.campaign_id != campaign.id:
            raise ReadBackError(translate("ReadBack", "This workbook was exported from the campaign "
                                          "{other}, not {campaign}; read it back into that "
                                          "campaign.").format(other=exported.campaign_name,
                                                              campaign=campaign.name))
        sheets = []
        for name in READERS:
            for sheet in import_module(name).readers(store, campaign):
                found = diff_sheet(book, sheet, exported.cells)
                if found is not None:
                    sheets.append(found)
    finally:
        book.close()
    return ReadBack(campaign_id, merged(sheets))


def merged(sheets: list[SheetDiff]) -> list[SheetDiff]:
    """One SheetDiff per tab (a tab may hold two kinds of rows, such as nodes and beats)."""
    by_title: dict[str, SheetDiff] = {}
    for sheet in sheets:
        if sheet.title in by_title:
            first = by_title[sheet.title]
            first.rows += sheet.rows
            first.unreadable += sheet.unreadable
            first.missing += sheet.missing
            first.rows.sort(key=lambda r: r.row)
            first.unreadable.sort(key=lambda u: u.row)
            first.apply = _both(first.apply, sheet.apply)
        else:
            by_title[sheet.title] = sheet
    return list(by_title.values())


def _both(first: Callable, second: Callable) -> Callable:
    def apply(session, campaign_id, rows):
        first(session, campaign_id, rows)
        second(session, campaign_id, rows)
    return apply


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


def applier(kind: str, write: Callable) -> Callable:
    """A SheetDiff's apply for the rows of one kind: write(session, campaign_id, updates,
    additions)."""
    def apply(session, campaign_id: int, rows: list[RowDiff]) -> None:
        mine = [r for r in rows if r.row_kind == kind]
        updates = {r.key: r.value for r in mine if r.key is not None}
        additions = [r.value for r in mine if r.key is None]
        if updates or additions:
            write(session, campaign_id, updates, additions)
    return apply


def plain_records(ws, sheet: Sheet) -> list[Record]:
    """The rows under the header, as Records (blank rows skipped; columns by title, so
    reordered columns and extra ones read)."""
    from flashdesk.imports import ID_TITLE, parse_row_id

    header, positions, rows = sheet_rows(ws, sheet.header)
    id_title = sheet.id_title or ID_TITLE
    wanted = [c for c in sheet.columns if c in positions]
    records = []
    for number, row in enumerate(rows, start=header + 1):
        cells = {c: row[positions[c]] if positions[c] < len(row) else None for c in wanted}
        at = positions.get(id_title)
        identity = parse_row_id(row[at]) if at is not None and at < len(row) else None
        if identity is None and blank(cells.values()):
            continue
        records.append(Record(number, identity, cells))
    return records


def diff_sheet(book, sheet: Sheet, fingerprints: dict[str, dict[str, str]]) -> SheetDiff | None:
    """Compare one kind of row of the workbook with the store, cell by cell."""
    from flashdesk.workbook.identity import find_sheet

    ws = find_sheet(book, sheet.title)
    if ws is None:
        return None
    shown = sheet.shown or (lambda _column, value: show(value))
    apply = applier(sheet.kind, sheet.apply)
    diff = SheetDiff(sheet.title, apply=apply)
    current = sheet.now()
    records = (sheet.records or (lambda w: plain_records(w, sheet)))(ws)
    seen: set[int] = set()
    parsed: list[tuple[Record, dict]] = []
    for record in records:
        identity = record.identity
        if identity is not None and identity.kind != sheet.kind:
            continue  # another kind of row of this tab
        if identity is None and sheet.adds is None:
            continue
        try:
            values = sheet.parse(record.cells)
        except CellProblem as problem:
            diff.unreadable.append(Unreadable(record.number, problem.column, problem.why))
            if identity is not None and identity.id in current:
                seen.add(identity.id)  # kept as the app has it, not deleted by the team
            continue
        if identity is None or identity.id in seen:  # a row the team added (or copied)
            if not sheet.adds:
                diff.unreadable.append(Unreadable(record.number, "", sheet.adds_why))
                continue
            label = sheet.label(values) if sheet.label else show(next(iter(values.values()), ""))
            row = RowDiff(sheet.title, record.number, "added", label,
                          [CellChange(c, "", shown(c, v)) for c, v in values.items()
                           if show(v) and not c.startswith("_")],
                          None, values, sheet.kind)
            diff.rows.append(row)
            parsed.append((record, values))
            continue
        if identity.id not in current:
            diff.unreadable.append(Unreadable(record.number, "", translate(
                "ReadBack", "this row was deleted in the app after the export; to keep it, add it "
                "again as a new row (copy it into an empty row below the table).")))
            continue
        seen.add(identity.id)
        label, now = current[identity.id]
        exported = fingerprints.get(f"{sheet.kind}:{identity.id}", {})
        cells, take = [], {}
        for column, value in values.items():
            if column not in now:
                continue
            mine, theirs = show(value), show(now[column])
            before = exported.get(column, cell_fingerprint(now[column]))
            if cell_fingerprint(value) == before or mine == theirs:
                continue  # left as exported, or already as the app has it
            conflict = cell_fingerprint(now[column]) != before
            cells.append(CellChange(column, shown(column, now[column]), shown(column, value), conflict))
            take[column] = value
        parsed.append((record, values))
        if cells:
            row = RowDiff(sheet.title, record.number,
                          "conflict" if any(c.conflict for c in cells) else "changed", label, cells,
                          identity.id, take, sheet.kind)
            diff.rows.append(row)
    # a row the team added that the app already holds, unmatched by any identity: the same
    # workbook read back before; it is not added twice
    unseen = {}
    for key, (_label, values) in current.items():
        if key not in seen:
            unseen.setdefault(_same(values), key)
    for row in [r for r in diff.rows if r.kind == "added"]:
        key = unseen.pop(_same(row.value), None)
        if key is not None:
            seen.add(key)
            diff.rows.remove(row)
    diff.missing = [label for key, (label, _values) in current.items() if key not in seen]
    if sheet.check:
        sheet.check(diff, parsed)
    return diff


def _same(values: dict) -> tuple:
    return tuple(sorted((c, show(v)) for c, v in values.items() if not c.startswith("_") and show(v)))


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


def fingerprints_of(store: Store, campaign) -> dict[str, dict[str, str]]:
    """{"kind:id": {column title: fingerprint}} of every row that reads back, as exported
    now: the hidden FlashDesk sheet keeps them."""
    cells = {}
    for name in READERS:
        for sheet in import_module(name).readers(store, campaign):
            for key, (_label, values) in sheet.now().items():
                cells[f"{sheet.kind}:{key}"] = {c: cell_fingerprint(v) for c, v in values.items()}
    return cells
