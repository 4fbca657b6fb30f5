"""The 文案库 columns, shared by the workbook sheet (export) and `flashdesk copies import`,
so a sheet exported by FlashDesk imports back unchanged (round trip). An import adds
nothing unless every row is good; each bad row is reported with its row number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flashdesk.copies.service import CopyDraft, validate
from flashdesk.copies.variables import unknown_variables
from flashdesk.copies.vocab import (
    CHANNEL_BY_KEY,
    LEVER_BY_KEY,
    STAGE_BY_KEY,
    channel_of,
    lever_of,
    split_levers,
    stage_of,
)
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.imports import ID_TITLE, RowId, parse_row_id

COLUMNS = ("标题", "渠道", "阶段", "标签", "正文", "使用次数", "参与人数")
FILLED = "本活动文案（已填入）"  # shown after 正文 in a campaign's sheet; not imported
# read while counting, so a bigger file is refused before it fills memory; a library of
# 100,000 copies must still import
MAX_ROWS = 200_000


def export_row(copy) -> list:
    """One copy as the sheet shows it (Chinese names, as teams read them)."""
    levers = "、".join(LEVER_BY_KEY[k].zh for k in split_levers(copy.levers) if k in LEVER_BY_KEY)
    return [copy.title, CHANNEL_BY_KEY[copy.channel].zh if copy.channel in CHANNEL_BY_KEY else "",
            STAGE_BY_KEY[copy.stage].zh if copy.stage in STAGE_BY_KEY else "", levers, copy.body,
            copy.times_used, copy.participants]


def compared(draft, times_used: int) -> tuple:
    """The values of a copy the workbook round trip compares, in a fixed order."""
    return (draft.title.strip(), draft.body, draft.channel, draft.stage, tuple(draft.levers),
            draft.participants, times_used)


COMPARED = ("标题", "正文", "渠道", "阶段", "标签", "参与人数", "使用次数")


@dataclass
class ImportRow:
    number: int  # the row number in the file, as a spreadsheet shows it
    draft: CopyDraft
    times_used: int
    identity: RowId | None = None  # the copy an exported workbook row came from


@dataclass
class BadRow:
    number: int
    reason: str


class CopyImportError(UserError):
    """The file as a whole cannot be read (missing, wrong type, no header)."""


def _read_table(path: Path) -> list[list]:
    from flashdesk.imports import capped, csv_rows, open_workbook, read_text

    if not path.exists():
        raise CopyImportError(translate("CopyImport", "{path} does not exist.").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return capped(csv_rows(read_text(path)), MAX_ROWS, translate("CopyImport", "copy"),
                      skip_empty=False)
    if suffix == ".xlsx":
        book = open_workbook(path)
        try:
            sheet = book["文案库"] if "文案库" in book.sheetnames else book.worksheets[0]
            return capped(sheet.iter_rows(values_only=True), MAX_ROWS,
                          translate("CopyImport", "copy"), skip_empty=False)
        finally:
            book.close()
    raise CopyImportError(translate("CopyImport", "{path}: import takes .xlsx or .csv files.")
                       .format(path=path))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value).strip() if not isinstance(value, str) else value


def _count(value, number: int, column: str, optional: bool) -> tuple[int | None, str | None]:
    text = _text(value).strip()
    if not text:
        return (None if optional else 0), None
    try:
        count = int(float(text))
    except ValueError:
        return None, translate("CopyImport", "{column} {value!r} is not a whole number.").format(
            column=column, value=text)
    if count < 0 or count != float(text):
        return None, translate("CopyImport", "{column} {value!r} should be a whole number of 0 "
                               "or more.").format(column=column, value=text)
    return count, None


def parse_cells(number: int, cells: list) -> ImportRow | BadRow:
    cells = (cells + [None] * len(COLUMNS))[:len(COLUMNS)]
    title, channel, stage, tags, body, used, results = cells
    bad = lambda reason: BadRow(number, reason)  # noqa: E731
    channel_term = channel_of(_text(channel))
    if channel_term is None:
        return bad(translate("CopyImport", "channel {value!r} is not a known channel.").format(
            value=_text(channel)))
    stage_term = stage_of(_text(stage))
    if stage_term is None:
        return bad(translate("CopyImport", "stage {value!r} is not a known stage.").format(
            value=_text(stage)))
    levers = []
    for part in split_levers(_text(tags)):
        lever = lever_of(part)
        if lever is None:
            return bad(translate("CopyImport", "tag {value!r} is not a known lever.").format(
                value=part.strip()))
        levers.append(lever.key)
    body_text = _text(body)
    unknown = unknown_variables(body_text)
    if unknown:
        return bad(unknown[0].message())
    times_used, problem = _count(used, number, COLUMNS[5], optional=False)
    if problem:
        return bad(problem)
    participants, problem = _count(results, number, COLUMNS[6], optional=True)
    if problem:
        return bad(problem)
    draft = CopyDraft(title=_text(title), body=body_text, channel=channel_term.key,
                      stage=stage_term.key, levers=tuple(levers), participants=participants)
    errors = validate(draft)
    if errors:
        return bad(" ".join(errors.values()))
    return ImportRow(number, draft, times_used or 0)


def read_copies(path: Path | str) -> tuple[list[ImportRow], list[BadRow]]:
    """Every data row of the file, parsed; blank rows are skipped."""
    path = Path(path)
    table = _read_table(path)
    header = next((i for i, row in enumerate(table[:10])
                   if row and _text(row[0]).strip() == COLUMNS[0]), None)
    if header is None:
        raise CopyImportError(translate("CopyImport", "{path} has no header row starting with {title}; "
                                     "the columns are: {columns}.").format(
            path=path, title=COLUMNS[0], columns=", ".join(COLUMNS)))
    # columns found by their titles: a campaign's 文案库 sheet carries the filled text
    # beside the body (FILLED), which is not read back
    titles = [_text(c).strip() for c in table[header]]
    positions = [titles.index(name) if name in titles else None for name in COLUMNS]
    good, bad = [], []
    for index in range(header + 1, len(table)):
        row = list(table[index])
        if not any(_text(c).strip() for c in row):
            continue
        cells = [row[i] if i is not None and i < len(row) else None for i in positions]
        parsed = parse_cells(index + 1, cells)
        if isinstance(parsed, ImportRow) and ID_TITLE in titles and titles.index(ID_TITLE) < len(row):
            parsed.identity = parse_row_id(row[titles.index(ID_TITLE)])
        (bad if isinstance(parsed, BadRow) else good).append(parsed)
    return good, bad
