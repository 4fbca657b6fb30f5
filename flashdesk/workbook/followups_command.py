"""Command line: `followups CAMPAIGN` prints the follow-up lists (tab-separated: list, due,
person id, nickname, phone masked, tier, status, message on one line); with -o it writes them
as a workbook of 跟进清单 and 客户名单 for the staff who send the messages."""

from __future__ import annotations

import argparse

from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option, open_store_from

SHEETS = ("flashdesk.workbook.customers_followups", "flashdesk.workbook.customers_list")


def register(subparsers) -> None:
    parser = subparsers.add_parser("followups", help="print a campaign's follow-up lists with "
                                   "the drafted 1:1 messages, or write them to a workbook")
    parser.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    parser.add_argument("-o", "--output", metavar="FILE.xlsx")
    parser.add_argument("--phones", action="store_true", help="show phone numbers in full")
    add_store_option(parser)
    parser.set_defaults(func=followups_command)


def followups_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.customers.followups import follow_ups
    from flashdesk.customers.service import mask
    from flashdesk.workbook.export import export_workbook

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    if args.output:
        if not args.output.lower().endswith(".xlsx"):
            raise UserError(f"The follow-up lists are written as an .xlsx file; got {args.output!r}.")
        try:
            print(export_workbook(store, campaign.id, args.output, only=SHEETS,
                                  full_phones=args.phones))
        except PermissionError as exc:
            raise UserError(f"Cannot write {args.output}: {exc.strerror}. Choose another file.") from None
        return 0
    for item in follow_ups(store, campaign.id):
        person = item.person
        phone = person.phone if args.phones else mask(person.phone)
        message = item.message.replace("\n", " ")
        print(f"{item.kind.name}\t{item.due:%m-%d %H:%M}\t{person.id}\t{person.nickname}\t{phone}\t"
              f"{person.tier}\t{item.status or '-'}\t{message}")
    return 0
