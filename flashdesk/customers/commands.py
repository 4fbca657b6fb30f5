"""Command line: `customers import FILE` (an export or a paste of names) and `customers list`
(tab-separated: id, nickname, remark, phone masked unless --phones, tier, stage, paid, tags)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from

KINDS = ("customers", "members", "orders", "names")


def register(subparsers) -> None:
    parser = subparsers.add_parser("customers", help="import customers, group members, orders or "
                                   "names from an export; list people by tier and tag")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help="import a WeCom customer list, a group member list, a shop order export "
                       "(.xlsx or .csv) or a paste of names; the kind is guessed from the headings")
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument("--kind", choices=KINDS, help="what the file lists (default: guessed)")
    importing.add_argument("--campaign", metavar="C", help="the campaign the members, orders or "
                           "names belong to (id or exact name)")
    importing.add_argument("--map", metavar="FIELD=HEADING", action="append", default=[],
                           help="read FIELD from the column headed HEADING (repeatable); "
                                "remembered for files of the same shape")
    importing.add_argument("--dry-run", action="store_true",
                           help="check the file and say what would change, change nothing")
    add_store_option(importing)
    importing.set_defaults(func=import_command)
    listing = actions.add_parser("list", help="print people: id, nickname, remark, phone, tier, "
                                 "stage, paid total, tags")
    listing.add_argument("--campaign", metavar="C", help="only people in its groups, orders or lists")
    listing.add_argument("--tier", metavar="T", help="普通, 初级, 核心 or 分销 (as the playbook names them)")
    listing.add_argument("--tag", metavar="T")
    listing.add_argument("--phones", action="store_true", help="show phone numbers in full")
    add_store_option(listing)
    listing.set_defaults(func=list_command)
    queue = actions.add_parser("matches", help="print the rows matched by nickname alone: id, "
                               "person, nickname, file and row")
    add_store_option(queue)
    queue.set_defaults(func=matches_command)
    for name, text in (("confirm", "the row is the person it was matched to"),
                       ("split", "the row is someone else: give it a person of its own")):
        action = actions.add_parser(name, help=text)
        action.add_argument("match", metavar="MATCH", type=int, help="id from `customers matches`")
        add_store_option(action)
        action.set_defaults(func=match_command, decision=name)
    forget = actions.add_parser("forget", help="forget people everywhere: their tags, groups, "
                                "orders and lists go with them")
    forget.add_argument("people", metavar="ID", type=int, nargs="+")
    add_store_option(forget)
    forget.set_defaults(func=forget_command)


def _campaign_id(store, ref: str | None) -> int | None:
    from flashdesk.campaigns.service import find_campaign

    return None if ref is None else find_campaign(store, ref).id


def import_command(args: argparse.Namespace) -> int:
    from flashdesk.customers.importer import import_rows, remembered
    from flashdesk.customers.rows import (
        CustomerImportError,
        mapping_for,
        parse,
        read_sheet,
    )
    from flashdesk.customers.shapes import shape_key
    from flashdesk.i18n import translate

    named = {}
    for item in args.map:
        field, sep, heading = item.partition("=")
        if not sep or not field or not heading:
            raise CustomerImportError(translate("Customers", "--map {item!r}: write FIELD=HEADING, "
                                                "e.g. --map nickname=微信名.").format(item=item))
        named[field.strip()] = heading.strip()
    store = open_store_from(args, create=True)
    campaign_id = _campaign_id(store, args.campaign)
    sheet = read_sheet(args.file)
    shape = shape_key(sheet.headings)
    kind = args.kind
    known = remembered(store, shape) if sheet.headings else None
    if known and kind in (None, known[0]):
        kind, named = known[0], {**known[1], **named}
    kind, mapping = mapping_for(sheet, kind, named)
    parsed = parse(sheet, kind, mapping)
    headings = {f: sheet.headings[i] for f, i in mapping.items()} if sheet.headings else {}
    summary, _change = import_rows(store, parsed, shape=shape, headings=headings,
                                   campaign_id=campaign_id, label=args.file.stem,
                                   file_name=args.file.name,
                                   dry_run=args.dry_run)
    verb = "would change" if args.dry_run else "changed"
    if summary.unchanged:
        print(f"{summary.kind}: {summary.rows} rows, nothing {verb} (already imported)")
    else:
        print(f"{summary.kind}: {summary.rows} rows; {verb}: {summary.new_people} new people, "
              f"{summary.updated_people} updated, {summary.added} {summary.kind} rows added, "
              f"{summary.updated} updated")
    if summary.forgotten:
        print(summary.forgotten_note())
    for row, nickname, person in summary.uncertain:
        print(f"? row {row}: {nickname!r} matched person {person} by nickname only; several "
              "people share it")
    return 0


def list_command(args: argparse.Namespace) -> int:
    from flashdesk.customers.service import Filter, mask, people

    store = open_store_from(args)
    chosen = Filter(_campaign_id(store, args.campaign), args.tier, args.tag)
    for person in people(store, chosen):
        phone = person.phone if args.phones else mask(person.phone)
        print(f"{person.id}\t{person.nickname}\t{person.remark}\t{phone}\t{person.tier}\t"
              f"{person.stage}\t{person.paid_total:.2f}\t{', '.join(person.tags)}")
    return 0


def matches_command(args: argparse.Namespace) -> int:
    from flashdesk.customers.edits import matches

    for match in matches(open_store_from(args)):
        print(f"{match.id}\t{match.customer_id}\t{match.nickname}\t{match.file_name}\t"
              f"{match.file_row}")
    return 0


def match_command(args: argparse.Namespace) -> int:
    from flashdesk.customers.edits import confirm, split

    store = open_store_from(args)
    if args.decision == "confirm":
        confirm(store, args.match)
    else:
        print(split(store, args.match).result)
    return 0


def forget_command(args: argparse.Namespace) -> int:
    from flashdesk.customers.edits import forget

    forget(open_store_from(args), args.people)
    return 0
