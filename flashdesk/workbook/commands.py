"""Command line: export (the team workbook spans every capability, so its command lives with
the workbook and the shell registers it after the capabilities' own)."""

from __future__ import annotations

import argparse
import gc
from importlib import import_module

import flashdesk
from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="write the team workbook (.xlsx)")
    export.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    export.add_argument("--phones", action="store_true", help="write customers' phone numbers "
                        "in full (masked as 138****8000 otherwise)")
    add_store_option(export)
    export.set_defaults(func=export_command)
    back = subparsers.add_parser("import", help="read back a team workbook the team filled in: "
                                 "shows the changes per sheet and applies them as one undo step")
    back.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    back.add_argument("file", metavar="FILE.xlsx")
    back.add_argument("--dry-run", action="store_true", help="show the changes only")
    add_store_option(back)
    back.set_defaults(func=import_command)

    calendar = subparsers.add_parser(
        "calendar", help="write the plan as an iCalendar file (.ics): every task, post, runbook "
                         "beat and timetable slot as an event with a reminder")
    calendar.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    calendar.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    calendar.add_argument("--role", default="", metavar="R",
                          help="only this role's items (its key or name, e.g. operator or 运营)")
    add_store_option(calendar)
    calendar.set_defaults(func=calendar_command)


def export_command(args: argparse.Namespace) -> int:
    if not args.output.lower().endswith(".xlsx"):
        raise UserError(f"The workbook must be an .xlsx file; got {args.output!r}.")
    # The imports (the ORM, openpyxl, every capability's table classes) make ~10^5 objects that
    # live as long as the command, which the cyclic collector walked again and again: ~150 ms,
    # a tenth of an export's CPU. It pauses until they are made and leaves them out of its
    # passes while the workbook is written (~20 ms). The caller's own settings come back after
    # (a process that exports more than once, or froze objects of its own).
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    import PySide6.QtCore  # noqa: F401  (first, so that plain_imports puts its hook back)

    try:
        with flashdesk.plain_imports():
            from flashdesk.campaigns.service import find_campaign
            from flashdesk.workbook.export import export_workbook, sheet_modules

            store = open_store_from(args)
            campaign = find_campaign(store, args.campaign)
            for name in sheet_modules():  # with openpyxl and their capabilities' table classes
                import_module(name)
            gc.freeze()
            gc.enable()
            path = export_workbook(store, campaign.id, args.output, full_phones=args.phones)
    except PermissionError as exc:
        raise UserError(f"Cannot write {args.output}: {exc.strerror}. Choose another file.") from None
    finally:
        if not frozen:
            gc.unfreeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()
    print(path)
    return 0


def calendar_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.workbook.ical import export_calendar

    if not args.output.lower().endswith(".ics"):
        raise UserError(f"The calendar must be an .ics file; got {args.output!r}.")
    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    try:
        path = export_calendar(store, campaign.id, args.output, args.role)
    except PermissionError as exc:
        raise UserError(f"Cannot write {args.output}: {exc.strerror}. Choose another file.") from None
    print(path)
    return 0


def import_command(args: argparse.Namespace) -> int:
    """Print the diff; apply the added and changed rows (conflicts are shown, not applied)."""
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.workbook.readback import apply_read_back, read_back

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    read = read_back(store, campaign.id, args.file)
    for sheet in read.sheets:
        print(f"{sheet.title}: {sum(r.kind == 'added' for r in sheet.rows)} added, "
              f"{sum(r.kind == 'changed' for r in sheet.rows)} changed, "
              f"{sum(r.kind == 'conflict' for r in sheet.rows)} conflicts, "
              f"{len(sheet.unreadable)} unreadable, {len(sheet.missing)} not in the workbook")
        for row in sheet.rows:
            print(f"  row {row.row} {row.kind}: {row.label}")
            for cell in row.cells:
                if cell.conflict:
                    print(f"    {cell.column}: app {cell.old!r} | workbook {cell.new!r} (changed in both)")
                else:
                    print(f"    {cell.column}: {cell.old!r} -> {cell.new!r}")
        for bad in sheet.unreadable:
            print(f"  row {bad.row} unreadable{' (' + bad.column + ')' if bad.column else ''}: {bad.why}")
        for title in sheet.missing:
            print(f"  not in the workbook (kept): {title}")
    if args.dry_run:
        print("Nothing written (dry run).")
        return 0
    change = apply_read_back(store, read)
    conflicts = len(read.rows(("conflict",)))
    print("No changes." if change is None else
          f"Applied {len(read.rows(('added', 'changed')))} rows as one change."
          + (f" {conflicts} conflicts left as the app has them." if conflicts else ""))
    return 0
