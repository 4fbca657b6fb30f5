"""Reading an export into checked rows: the file (.xlsx or .csv in UTF-8, UTF-8 with BOM or
GBK) with the import limits of flashdesk/imports.py, its heading row found among the first
rows (tools put a title above it), then every row checked against the mapping. One bad cell
names its row and column and nothing is imported."""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from flashdesk.customers.shapes import KINDS, best_kind, guess, score, shapes
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.imports import capped, csv_rows, open_workbook, read_text

MAX_ROWS = 500_000
HEADING_SEARCH = 10  # rows looked at for the headings
SHOWN_PROBLEMS = 5
TEXT_LIMITS = {"external_id": 100, "nickname": 100, "remark": 100, "added_by": 100, "source": 100,
               "tags": 1000, "group": 100, "group_nickname": 100, "join_method": 50,
               "inviter": 100, "order_no": 64, "item": 200, "status": 50, "channel": 100}
DATES = {"added_on"}
TIMES = {"joined_at", "ordered_at", "paid_at"}
AMOUNTS = {"amount", "refund"}
# A row must give these (any one of a tuple) to be imported as its kind.
NEEDED = {"customers": (("nickname", "external_id"),), "members": (("group",), ("nickname",)),
          "orders": (("order_no",), ("ordered_at",), ("amount",), ("nickname", "phone")),
          "names": (("nickname",),)}
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日")
MASKED = re.compile(r"^1\d{2}\*{4}\d{4}$")


class CustomerImportError(UserError):
    """A file the customer import cannot take; nothing was imported."""


@dataclass
class Sheet:
    """A file's headings (row number `heading_row`, 0 when it has none) and data rows."""

    name: str
    headings: list[str]
    heading_row: int
    rows: list[tuple[int, list]]  # (file row number, cells)


@dataclass
class Parsed:
    kind: str
    mapping: dict[str, int]
    records: list[tuple[int, dict]] = field(default_factory=list)  # (file row, field -> value)


@contextmanager
def collector_paused():
    """No cyclic garbage collection while a file is read, checked and imported: its rows, their
    values and what the import builds from them (hundreds of thousands of lists, dicts and
    dates) live until it ends, so the collector's passes over them, again and again as they
    grow, would free nothing (~20 % of a 100,000-customer import's CPU, benchmarks/customers.py).
    Usable as a decorator; it leaves a collector that was already off as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@collector_paused()
def read_sheet(path: Path | str) -> Sheet:
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        book = open_workbook(path)
        try:
            rows = capped(book.worksheets[0].iter_rows(values_only=True), MAX_ROWS, path.name,
                          skip_empty=False)
        finally:
            book.close()
    elif path.suffix.lower() in (".csv", ".txt", ".tsv"):
        text = read_text(path)
        dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
        rows = capped(csv_rows(text, dialect), MAX_ROWS, path.name, skip_empty=False)
    else:
        raise CustomerImportError(translate(
            "Customers", "{name}: customers are imported from .xlsx or .csv files (a paste of "
            "names may be .txt); save the export in one of those.").format(name=path.name))
    # any(): a row with a true cell has a cell that is neither None nor "" (one C-level pass);
    # only a row without one is counted out (a 0 typed in Excel is a value, not an empty cell)
    numbered = [(number, cells) for number, cells in enumerate(rows, start=1)
                if any(cells) or cells.count(None) + cells.count("") < len(cells)]
    if not numbered:
        raise CustomerImportError(translate("Customers", "{name} has no rows.").format(name=path.name))
    best, at = 0, None
    for position, (_number, cells) in enumerate(numbered[:HEADING_SEARCH]):
        fit = max(score(kind, cells) for kind in KINDS)
        if fit > best:
            best, at = fit, position
    if at is None:
        if all(sum(cell not in (None, "") for cell in cells) == 1 for _n, cells in numbered):
            return Sheet(path.name, [], 0, numbered)  # no headings: a plain paste of names
        at = 0  # headings FlashDesk does not know: the operator names the columns
    number, headings = numbered[at]
    return Sheet(path.name, ["" if h is None else str(h).strip() for h in headings], number,
                 numbered[at + 1:])


def mapping_for(sheet: Sheet, kind: str | None, named: dict[str, str] | None = None
                ) -> tuple[str, dict[str, int]]:
    """The kind and field -> column index: the headings guessed, then the fields `named`
    (field -> heading) by the operator or remembered for this shape."""
    if not sheet.headings:
        if kind not in (None, "names"):
            raise CustomerImportError(translate(
                "Customers", "{name} has no heading row FlashDesk recognises, so it cannot be "
                "read as {kind}. Add the export's headings or name the columns.")
                .format(name=sheet.name, kind=kind))
        return "names", {"nickname": 0}
    kind = kind or best_kind(sheet.headings)
    if kind is None or kind not in KINDS:
        raise CustomerImportError(translate(
            "Customers", "{name}: the headings ({headings}) match no known export; choose the "
            "kind ({kinds}) and name the columns.").format(
                name=sheet.name, headings=", ".join(h for h in sheet.headings if h),
                kinds=", ".join(KINDS)))
    mapping = guess(kind, sheet.headings)
    for field_name, heading in (named or {}).items():
        if field_name not in shapes()[kind].fields:
            raise CustomerImportError(translate(
                "Customers", "{field} is not a field of {kind}; the fields are {fields}.").format(
                    field=field_name, kind=kind, fields=", ".join(shapes()[kind].fields)))
        if heading not in sheet.headings:
            raise CustomerImportError(translate(
                "Customers", "{name} has no column headed {heading!r} (for {field}).").format(
                    name=sheet.name, heading=heading, field=field_name))
        mapping = {f: i for f, i in mapping.items() if i != sheet.headings.index(heading)}
        mapping[field_name] = sheet.headings.index(heading)
    missing = [f for f in shapes()[kind].required if f not in mapping]
    if missing:
        raise CustomerImportError(translate(
            "Customers", "{name}: no column for {fields} of {kind}; name the columns.").format(
                name=sheet.name, fields=", ".join(missing), kind=kind))
    return kind, mapping


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # order numbers and phones typed as numbers in Excel
    return str(value).strip()


def _time(value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = _text(value)
    try:
        return datetime.fromisoformat(text)  # the usual export form, ten times faster
    except ValueError:
        pass
    for form in TIME_FORMATS:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    raise ValueError(translate("Customers", "{value!r} is not a date; write it as 2026-06-18 "
                               "20:00 or 2026/6/18.").format(value=text))


def parse_time(value) -> datetime:
    """A date and time cell as the exports write it; ValueError naming the value."""
    return _time(value)


def _amount(value) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = _text(value).replace(",", "").replace("¥", "").replace("￥", "").replace("元", "")
        try:
            number = float(text) if text else 0.0
        except ValueError:
            raise ValueError(translate("Customers", "{value!r} is not an amount; write a number "
                                       "such as 199.00.").format(value=_text(value))) from None
    if number < 0 or number > 10_000_000:
        raise ValueError(translate("Customers", "{value} is not an amount between 0 and "
                                   "10,000,000.").format(value=number))
    return round(number, 2)


def _phone(value) -> str:
    """The 11-digit mobile number; "" for a masked one (138****1234), which is no key."""
    text = re.sub(r"[\s\-()]", "", _text(value))
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not text or MASKED.match(text):
        return ""
    if not re.fullmatch(r"1\d{10}", text):
        raise ValueError(translate("Customers", "{value!r} is not a mobile number; write 11 "
                                   "digits such as 13800138000.").format(value=_text(value)))
    return text


def _value(field_name: str, cell):
    if field_name == "phone":
        return _phone(cell)
    if field_name in AMOUNTS:
        return _amount(cell)
    if cell is None or _text(cell) == "":
        return None
    if field_name in TIMES:
        return _time(cell)
    if field_name in DATES:
        return _time(cell).date()
    text = _text(cell)
    if len(text) > TEXT_LIMITS[field_name]:
        raise ValueError(translate("Customers", "the text is {length} characters; at most "
                                   "{limit} fit.").format(length=len(text),
                                                          limit=TEXT_LIMITS[field_name]))
    return text


def _converter(field_name: str):
    """`_value` for one field, with a fast path for the plain text cells of a CSV (the usual
    export: 300,000 rows of them); anything unusual goes the full way."""
    general = partial(_value, field_name)
    if field_name == "phone":
        def phone(cell):
            if cell.__class__ is str and len(cell) == 11 and cell.isdigit() and cell[0] == "1":
                return cell
            return general(cell)
        return phone
    if field_name in AMOUNTS:
        def amount(cell):
            if cell.__class__ is str:
                try:
                    number = float(cell)
                except ValueError:
                    return general(cell)
                if 0 <= number <= 10_000_000:
                    return round(number, 2)
            return general(cell)
        return amount
    if field_name in TIMES or field_name in DATES:
        day = field_name in DATES

        def moment(cell):
            if cell.__class__ is str and len(cell) >= 10:
                try:
                    found = datetime.fromisoformat(cell)
                except ValueError:
                    return general(cell)
                return found.date() if day else found
            return general(cell)
        return moment
    limit = TEXT_LIMITS[field_name]

    def text(cell):
        if cell.__class__ is str:
            cell = cell.strip()
            if cell and len(cell) <= limit:
                return cell
            if not cell:
                return None
        return general(cell)
    return text


@collector_paused()
def parse(sheet: Sheet, kind: str, mapping: dict[str, int], checked=None) -> Parsed:
    """Every row checked; CustomerImportError listing the first problems if any.
    `checked(done, total)` is told how far it got, every 10,000 rows."""
    parsed = Parsed(kind, mapping)
    problems = []
    converters = [(field_name, index, _converter(field_name))
                  for field_name, index in mapping.items()]
    width = max(mapping.values(), default=-1) + 1
    needed = NEEDED[kind]
    single = [fields[0] for fields in needed if len(fields) == 1]  # checked in one C-level pass
    several = [fields for fields in needed if len(fields) > 1]
    records = parsed.records
    total = len(sheet.rows)
    for position, (number, cells) in enumerate(sheet.rows):
        if checked is not None and not position % 10_000:
            checked(position, total)
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        try:
            values = {name: convert(cells[index]) for name, index, convert in converters}
        except ValueError:
            values = None  # the row is looked at cell by cell below, for the messages
        if (values is not None and all(map(values.get, single))
                and all(any(map(values.get, fields)) for fields in several)):
            records.append((number, values))
            continue
        values, bad = {}, False
        for field_name, index in mapping.items():
            try:
                values[field_name] = _value(field_name, cells[index])
            except ValueError as exc:
                problems.append(_where(sheet, number, index) + str(exc))
                bad = True
        for fields in needed:
            if not bad and not any(values.get(f) for f in fields):
                columns = [mapping[f] for f in fields if f in mapping]
                problems.append(_where(sheet, number, columns[0] if columns else None) + translate(
                    "Customers", "the cell is empty; every row needs {fields}.")
                    .format(fields=translate("Customers", " or ").join(fields)))
                bad = True
        if not bad:
            records.append((number, values))
    if problems:
        more = len(problems) - SHOWN_PROBLEMS
        raise CustomerImportError("\n".join(
            problems[:SHOWN_PROBLEMS]
            + ([translate("Customers", "… and {count} more problems.").format(count=more)]
               if more > 0 else [])
            + [translate("Customers", "{name}: nothing was imported; correct the file and import "
                         "it again.").format(name=sheet.name)]))
    return parsed


def _where(sheet: Sheet, number: int, index: int | None) -> str:
    if index is None:
        return translate("Customers", "Row {row}: ").format(row=number)
    heading = sheet.headings[index] if index < len(sheet.headings) else ""
    return translate("Customers", "Row {row}, column {column} ({heading}): ").format(
        row=number, column=column_letter(index), heading=heading)
