"""Command line: export (the team workbook spans every capability, so its command lives with
the workbook and the shell registers it after the capabilities' own)."""

from __future__ import annotations

import argparse

from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="write the team workbook (.xlsx)")
    export.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    add_store_option(export)
    export.set_defaults(func=export_command)

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
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.workbook.export import export_workbook

    if not args.output.lower().endswith(".xlsx"):
        raise UserError(f"The workbook must be an .xlsx file; got {args.output!r}.")
    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    try:
        path = export_workbook(store, campaign.id, args.output)
    except PermissionError as exc:
        raise UserError(f"Cannot write {args.output}: {exc.strerror}. Choose another file.") from None
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
