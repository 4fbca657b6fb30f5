"""Files from outside (copies, tasks, staff lists) are read with limits, so a hostile or
broken file gets a clear message instead of eating memory or crashing: a size cap on the
file, a cap on what an .xlsx unpacks to (a 19 MB zip can unpack to gigabytes), a row cap
checked while reading, a cell-size cap, and UTF-8 or GBK text."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_CELL_CHARS = 32_767  # what one Excel cell holds


class ImportFileError(UserError):
    pass


def _checked_size(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(translate("Imports", "{path} does not exist or is not a file.")
                              .format(path=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(translate(
            "Imports", "{path} is {size} MB; imports take files up to {limit} MB. Split it up.")
            .format(path=path, size=path.stat().st_size // 2**20, limit=MAX_FILE_BYTES // 2**20))


def read_text(path: Path | str) -> str:
    """The file as text: UTF-8 (with or without BOM) or GBK/GB18030, as Chinese Excel saves."""
    path = Path(path)
    _checked_size(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(translate("Imports", "{name} is neither UTF-8 nor GBK text; save it as "
                                    "\"CSV UTF-8\" or as .xlsx.").format(name=path.name))


def csv_rows(text: str, dialect: str = "excel") -> Iterator[list[str]]:
    """csv.reader with the cell cap turned into a message naming the row."""
    reader = csv.reader(io.StringIO(text), dialect)
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ImportFileError(translate(
                "Imports", "Row {row}: a cell is longer than {limit} characters (or a quote is "
                "never closed). Nothing was added.").format(row=reader.line_num,
                                                              limit=MAX_CELL_CHARS)) from None
        yield row


def open_workbook(path: Path | str):
    """openpyxl read-only workbook, after checking the size and what the zip unpacks to."""
    import zipfile

    from openpyxl import load_workbook

    path = Path(path)
    _checked_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(translate("Imports", "{name} is not a readable .xlsx file ({reason}).")
                              .format(name=path.name, reason=exc)) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(translate(
            "Imports", "{name} unpacks to {size} MB, more than the {limit} MB an import reads; "
            "it is not a plain workbook. Save only the sheet you need.").format(
                name=path.name, size=unpacked // 2**20, limit=MAX_UNPACKED_BYTES // 2**20))
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001  (openpyxl raises many kinds for a damaged file)
        raise ImportFileError(translate("Imports", "{name} is not a readable .xlsx file ({reason}).")
                              .format(name=path.name, reason=exc)) from None


def capped(rows, limit: int, what: str, first_row: int = 1, *,
           skip_empty: bool = True) -> list[list]:
    """The rows (without empty ones unless skip_empty=False), read until the cap, not all of
    them first: the cap guards memory. `first_row` is the file's number of the first row
    given, for messages."""
    out = []
    for number, row in enumerate(rows, start=first_row):
        if skip_empty and not any(cell not in (None, "") for cell in row):
            continue
        if len(out) >= limit:
            raise ImportFileError(translate(
                "Imports", "More than {limit} {what} rows; split the file up. Nothing was added.")
                .format(limit=limit, what=what))
        cells = list(row)
        try:  # all text (a CSV row): one C-level pass finds no long cell
            fits = max(map(len, cells), default=0) <= MAX_CELL_CHARS
        except TypeError:
            fits = False
        for cell in () if fits else cells:
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise ImportFileError(translate(
                    "Imports", "Row {row}: a cell is longer than {limit} characters. Nothing was "
                    "added.").format(row=number, limit=MAX_CELL_CHARS))
        out.append(cells)
    return out


# Row identity of an exported team workbook row (written by flashdesk.workbook, read back by
# the workbook and by the capabilities' own imports): "task:12:3fa9c01b2e" — the kind, the
# store row's id and a fingerprint of the values it was exported with.
ID_TITLE = "行标识"


def fingerprint(values: tuple) -> str:
    """A short hash of a row's compared values (their repr: dates as ISO text)."""
    text = repr(tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in values))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def row_id(kind: str, row: int, values: tuple) -> str:
    return f"{kind}:{row}:{fingerprint(values)}"


@dataclass(frozen=True)
class RowId:
    kind: str
    id: int
    fingerprint: str


def parse_row_id(value) -> RowId | None:
    """ "task:12:3fa9c01b2e", or "post:7" for a row whose cells are fingerprinted only in the
    hidden FlashDesk sheet."""
    parts = str(value or "").strip().split(":")
    if len(parts) not in (2, 3) or not parts[1].isdigit():
        return None
    return RowId(parts[0], int(parts[1]), parts[2] if len(parts) == 3 else "")
