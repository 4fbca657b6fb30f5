"""Reading an invite file: an SCRM's invite export or a group member export with an inviter
column (.xlsx, or .csv in UTF-8 or GBK), with the import limits of flashdesk/imports.py. The
heading row is found among the first rows; each row is checked, and one bad cell names its
row and column and nothing is imported. A member export's rows without an inviter joined by
themselves: they are skipped and counted."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from flashdesk.customers.rows import column_letter, parse_time
from flashdesk.customers.shapes import normal
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.imports import capped, csv_rows, open_workbook, read_text
from flashdesk.paths import resource

MAX_ROWS = 200_000
HEADING_SEARCH = 10
SHOWN_PROBLEMS = 5
TEXT_LIMIT = 100


class InviteImportError(UserError):
    """An invite file that cannot be read; nothing was imported."""


@dataclass(frozen=True)
class InviteRecord:
    row: int  # the file's row number
    inviter: str
    inviter_key: str
    invitee: str
    invitee_key: str
    invited_at: datetime | None
    left_at: datetime | None


@dataclass
class InviteFile:
    name: str
    records: list[InviteRecord] = field(default_factory=list)
    without_inviter: int = 0  # rows of people who joined by themselves


@cache
def headings() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(resource("fission", "invites.toml").read_text(encoding="utf-8"))
    return {name: tuple(normal(h) for h in names) for name, names in data["fields"].items()}


def guess(cells: list) -> dict[str, int]:
    """field -> column index of the headings that name it (each column used once)."""
    columns = {normal(h): i for i, h in reversed(list(enumerate(cells))) if normal(h)}
    found, taken = {}, set()
    for name, names in headings().items():
        for heading in names:
            index = columns.get(heading)
            if index is not None and index not in taken:
                found[name] = index
                taken.add(index)
                break
    return found


def key(external_id: str, nickname: str) -> str:
    return f"id:{external_id}" if external_id else f"name:{nickname}"


def _rows(path: Path) -> list[list]:
    if path.suffix.lower() == ".xlsx":
        book = open_workbook(path)
        try:
            return capped(book.worksheets[0].iter_rows(values_only=True), MAX_ROWS, path.name)
        finally:
            book.close()
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        text = read_text(path)
        dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
        return capped(csv_rows(text, dialect), MAX_ROWS, path.name, skip_empty=False)
    raise InviteImportError(translate(
        "Fission", "{name}: invites are imported from an .xlsx or .csv export; save the file as "
        "one of those.").format(name=path.name))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_invites(path: Path | str) -> InviteFile:
    path = Path(path)
    numbered = [(n, list(cells)) for n, cells in enumerate(_rows(path), start=1)
                if any(cell not in (None, "") for cell in cells)]
    at = next((i for i, (_n, cells) in enumerate(numbered[:HEADING_SEARCH])
               if {"inviter", "invitee"} <= guess(cells).keys()), None)
    if at is None:
        raise InviteImportError(translate(
            "Fission", "{name}: no heading row names an inviter (邀请人) and an invitee "
            "(被邀请人 or 昵称) among the first {count} rows. Export the invite records or the "
            "group member list with its inviter column.").format(name=path.name,
                                                                   count=HEADING_SEARCH))
    head = numbered[at][1]
    mapping = guess(head)
    result, problems = InviteFile(path.name), []

    def where(number: int, field_name: str) -> str:
        index = mapping[field_name]
        return translate("Fission", "Row {row}, column {column} ({heading}): ").format(
            row=number, column=column_letter(index), heading=_text(head[index]))

    for number, cells in numbered[at + 1:]:
        values: dict = {}
        for field_name, index in mapping.items():
            cell = cells[index] if index < len(cells) else None
            if field_name in ("invited_at", "left_at"):
                try:
                    values[field_name] = None if _text(cell) == "" else parse_time(cell)
                except ValueError as exc:
                    problems.append(where(number, field_name) + str(exc))
                continue
            text = _text(cell)
            if len(text) > TEXT_LIMIT:
                problems.append(where(number, field_name) + translate(
                    "Fission", "the text is {length} characters; at most {limit} fit.").format(
                        length=len(text), limit=TEXT_LIMIT))
            values[field_name] = text[:TEXT_LIMIT]
        if not values.get("inviter") and not values.get("inviter_id"):
            result.without_inviter += 1
            continue
        if not values.get("invitee") and not values.get("invitee_id"):
            problems.append(where(number, "invitee") + translate(
                "Fission", "the invitee is empty; every invite needs the person invited."))
            continue
        result.records.append(InviteRecord(
            number, values.get("inviter") or values.get("inviter_id"),
            key(values.get("inviter_id", ""), values.get("inviter", "")),
            values.get("invitee") or values.get("invitee_id"),
            key(values.get("invitee_id", ""), values.get("invitee", "")),
            values.get("invited_at"), values.get("left_at")))
    if problems:
        more = len(problems) - SHOWN_PROBLEMS
        raise InviteImportError("\n".join(
            problems[:SHOWN_PROBLEMS]
            + ([translate("Fission", "… and {count} more problems.").format(count=more)]
               if more > 0 else [])
            + [translate("Fission", "{name}: nothing was imported; correct the file and import it "
                         "again.").format(name=path.name)]))
    return result
