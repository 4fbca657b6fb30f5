"""Importing the 复盘数据 sheets of a team workbook (the round trip of the export). Every row
of every sheet is checked first; one bad value stops the import with the sheet, row and
column named, and nothing is written. Duplicates are the caller's choice, as when typing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl.utils import get_column_letter

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import key_dates
from flashdesk.review.records import KINDS, RecordError, Source, parse_row
from flashdesk.review.service import save_many
from flashdesk.store import Store
from flashdesk.store.change import Change

HEADING_ROW = 2
PROGRESS_EVERY = 5000


class ImportCancelled(UserError):
    pass


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserError(translate("ReviewImport", "{path} does not exist.").format(path=path)) from None
    except Exception as exc:  # zipfile, XML and openpyxl errors: not a readable workbook
        raise UserError(translate("ReviewImport", "{path} is not an Excel workbook FlashDesk can "
                                  "read ({error}). Choose an .xlsx exported by FlashDesk.")
                        .format(path=path, error=type(exc).__name__)) from None


def read_sheets(path: Path | str, dates, progress: Callable[[int, int, str], bool] | None = None
                ) -> dict[str, list[tuple[int, dict]]]:
    """kind -> checked (row number, values) from every 复盘数据 sheet in the workbook."""
    path = Path(path)
    book = _open(path)
    try:
        found = {name: kind for name, kind in KINDS.items() if kind.sheet in book.sheetnames}
        if not found:
            raise UserError(translate("ReviewImport", "{path} has no 复盘数据 sheets ({sheets}).")
                            .format(path=path.name,
                                    sheets=", ".join(k.sheet for k in KINDS.values())))
        batches = {}
        for name, kind in found.items():
            batches[name] = _read_sheet(book[kind.sheet], kind, dates, progress)
        return batches
    finally:
        book.close()


def _read_sheet(ws, kind, dates, progress) -> list[tuple[int, dict]]:
    rows = ws.iter_rows(min_row=HEADING_ROW, values_only=True)
    headings = next(rows, ())
    positions = {}
    for index, heading in enumerate(headings):
        if heading is None or heading == "":
            break  # a blank column ends the data; the summary block follows it
        for column in kind.columns:
            if str(heading).strip() == column.heading:
                positions[column.key] = index
    labels = {c.key: f"{get_column_letter(positions[c.key] + 1)} ({c.heading})"
              for c in kind.columns if c.key in positions}
    for column in kind.columns:
        if column.key not in positions:
            raise RecordError(kind.sheet, HEADING_ROW, column.heading, translate(
                "ReviewImport", "the column heading is missing from row {row}.")
                .format(row=HEADING_ROW))
    source = Source(kind.sheet, HEADING_ROW + 1, labels)
    parsed = []
    for offset, cells in enumerate(rows):
        number = HEADING_ROW + 1 + offset
        raw = {key: cells[i] if i < len(cells) else None for key, i in positions.items()}
        values = parse_row(kind, raw, dates, source, number)
        if values is not None:
            parsed.append((number, values))
        if progress and offset % PROGRESS_EVERY == 0 and progress(0, 0, kind.sheet) is False:
            raise ImportCancelled(translate("ReviewImport", "Import cancelled; nothing was changed."))
    return parsed


def import_workbook(store: Store, campaign_id: int, path: Path | str, *,
                    on_duplicate: str | None = None,
                    progress: Callable[[int, int, str], bool] | None = None) -> Change:
    """Check every row, then write all kinds in one transaction."""
    from flashdesk.campaigns.service import get_campaign

    dates = key_dates(get_campaign(store, campaign_id))
    batches = read_sheets(path, dates, progress)
    return save_many(store, campaign_id, batches, on_duplicate)
