"""Command line: `flashdesk store copy SRC DST` — a whole store from a file to the team's
PostgreSQL server and back (the store is below the capabilities, so the shell registers
this module itself, like the workbook's)."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    store = subparsers.add_parser("store", help="whole-store operations: copy a store between a "
                                  "file and a PostgreSQL server")
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy", help="copy every table (ids and links intact) into a new, empty store",
        description="Copy a whole store into a new, empty one: SRC and DST are each a store "
                    "file or a postgresql://user@host[:port]/database URL (the password comes "
                    "from ~/.pgpass). DST must not hold any tables yet.")
    copy.add_argument("source", metavar="SRC", help="the store to copy (file or URL)")
    copy.add_argument("target", metavar="DST", help="the new store (a new file, or an empty database)")
    copy.set_defaults(func=copy_command)


def copy_command(args: argparse.Namespace) -> int:
    from flashdesk.store.transfer import copy_store

    summary = copy_store(args.source, args.target)
    for table, count in summary.rows.items():
        if count:
            print(f"{table}\t{count}")
    print(f"{summary.total} rows copied from {summary.source} to {summary.target}")
    return 0
