"""Command line: `flashdesk copies search` and `flashdesk copies import` (names kept stable)."""

from __future__ import annotations

import argparse

from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    copies = subparsers.add_parser("copies", help="the copy library (文案库): search, import")
    commands = copies.add_subparsers(dest="copies_command", metavar="ACTION", required=True)

    search = commands.add_parser("search", help="print matching copies: id, stage, title")
    search.add_argument("term", metavar="TERM", nargs="+",
                        help="words to find in title and body (all must match)")
    search.add_argument("--campaign", metavar="C", help="also search this campaign's own copies "
                        "(id or exact name)")
    search.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    add_store_option(search)
    search.set_defaults(func=search_command)

    imports = commands.add_parser("import", help="add copies from a 文案库 sheet (.xlsx) or .csv; "
                                  "nothing is added if any row is bad")
    imports.add_argument("file", metavar="FILE", help="FILE.xlsx or FILE.csv")
    imports.add_argument("--dry-run", action="store_true", help="check and preview only")
    add_store_option(imports)
    imports.set_defaults(func=import_command)


def search_command(args: argparse.Namespace) -> int:
    from flashdesk.copies.search import marked
    from flashdesk.copies.service import CopyQuery, count_copies, find_copies
    from flashdesk.copies.vocab import STAGE_BY_KEY

    store = open_store_from(args)
    campaign_id = None
    if args.campaign:
        from flashdesk.campaigns.service import find_campaign

        campaign_id = find_campaign(store, args.campaign).id
    query = CopyQuery(text=" ".join(args.term), campaign_id=campaign_id)
    for copy in find_copies(store, query, 0, max(1, args.limit)):
        stage = STAGE_BY_KEY[copy.stage].zh if copy.stage in STAGE_BY_KEY else copy.stage
        print(f"{copy.id}\t{stage}\t{marked(copy.title, query.terms)}")
    total = count_copies(store, query)
    if total > args.limit:
        print(f"… {total - args.limit} more (use --limit)")
    return 0 if total else 1


def import_command(args: argparse.Namespace) -> int:
    from collections import Counter

    from flashdesk.copies.service import add_imported
    from flashdesk.copies.transfer import read_copies
    from flashdesk.copies.vocab import STAGE_BY_KEY

    good, bad = read_copies(args.file)
    print(f"{args.file}: {len(good) + len(bad)} rows, {len(good)} good, {len(bad)} bad")
    for stage, count in sorted(Counter(row.draft.stage for row in good).items()):
        print(f"  {STAGE_BY_KEY[stage].zh}: {count}")
    for row in bad:
        print(f"row {row.number}: {row.reason}")
    if bad:
        print("Nothing was added: fix the rows above and import again.")
        return 2
    if args.dry_run or not good:
        print("Nothing added (dry run)." if args.dry_run else "No copies in the file.")
        return 0
    ids = add_imported(open_store_from(args), good)
    print(f"Added {len(ids)} copies (ids {ids[0]}–{ids[-1]}).")
    return 0
