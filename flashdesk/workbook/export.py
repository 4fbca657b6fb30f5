"""Writing the team workbook. Each capability's manifest lists its sheets, in the order of
the playbook's steps (Manifest.step); a sheet is a module that defines

    TITLE: str                                  the sheet's tab name (Chinese, as teams use it)
    write(ws, context: SheetContext) -> None    fill the worksheet
    STREAMED = True                             (optional) ws is write-only: rows are appended
                                                in order; for sheets of many rows (streamed.py)

The file goes through flashdesk.outputs.write_output (a checked temporary file moved into
place), so a failed or cancelled export never leaves a half-written workbook."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from flashdesk.campaigns.tables import Campaign
from flashdesk.capabilities import by_step
from flashdesk.playbook import KeyDates, Playbook, default_playbook, key_dates
from flashdesk.store import Store


def sheet_modules() -> tuple[str, ...]:
    return tuple(sheet for manifest in by_step() for sheet in manifest.sheets)


# What the sheets read during one export, by (loader, its arguments): a sheet and the
# fingerprints of what it exported (readback.fingerprints_of, through the sheet's readers)
# read the same rows, and so do the follow-up sheet and the flow map. None outside an
# export: a read back reads the store as it is then.
_READS: ContextVar[dict | None] = ContextVar("flashdesk_export_reads", default=None)


def read_once(load: Callable, *args):
    """load(*args), read once per export (the result is shared: neither side changes it)."""
    reads = _READS.get()
    if reads is None:
        return load(*args)
    key = (load, *args)
    if key not in reads:
        reads[key] = load(*args)
    return reads[key]


class ExportCancelled(Exception):
    """The operator cancelled; nothing was written."""


@dataclass
class SheetContext:
    store: Store
    campaign: Campaign
    playbook: Playbook
    dates: KeyDates
    full_phones: bool = False  # phone numbers are masked unless the operator asks


def export_workbook(store: Store, campaign_id: int, target: Path | str,
                    progress: Callable[[int, int, str], bool] | None = None,
                    language: str | None = None, *, only: tuple[str, ...] | None = None,
                    full_phones: bool = False) -> Path:
    """Write the workbook (`only` those sheet modules); `progress(done, total, sheet)` may
    return False to cancel. Texts the app translates (check results, verdicts, the outline)
    are written in `language`, by default the operator's chosen one, whichever process
    writes. Phone numbers are masked unless `full_phones`."""
    from flashdesk import i18n
    from flashdesk.posters.render import ensure_app

    ensure_app()  # translators need an application object, also on the command line
    reads = _READS.set({})
    try:
        with i18n.speaking(language or i18n.operator_language()):
            return _write(store, campaign_id, Path(target), progress, only, full_phones)
    finally:
        _READS.reset(reads)


def _write(store: Store, campaign_id: int, target: Path,
           progress: Callable[[int, int, str], bool] | None, only: tuple[str, ...] | None,
           full_phones: bool) -> Path:
    from openpyxl import Workbook

    from flashdesk.campaigns.service import get_campaign
    from flashdesk.outputs import write_output
    from flashdesk.store.identity import store_id, store_name
    from flashdesk.workbook.identity import write_identity
    from flashdesk.workbook.readback import fingerprints_of
    from flashdesk.workbook.streamed import save, streamed_sheet

    campaign = get_campaign(store, campaign_id)
    playbook = default_playbook()
    context = SheetContext(store, campaign, playbook, key_dates(campaign, playbook), full_phones)
    modules = [import_module(name) for name in only or sheet_modules()]
    book = Workbook()
    book.remove(book.active)
    for done, module in enumerate(modules):
        if progress and progress(done, len(modules), module.TITLE) is False:
            raise ExportCancelled()
        ws = streamed_sheet(book, module.TITLE) if getattr(module, "STREAMED", False) \
            else book.create_sheet(module.TITLE)
        module.write(ws, context)
    write_identity(book, campaign, store_id(store), store_name(store), fingerprints_of(store, campaign))
    book.properties.title = campaign.name
    book.properties.creator = "FlashDesk"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_output(target, lambda temp: save(book, temp), "xlsx")
    if progress:
        progress(len(modules), len(modules), "")
    return target

