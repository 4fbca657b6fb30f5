"""The store's command-line option, shared by the `flashdesk` command and every capability's
subcommands (which sit below the shell and so cannot import it)."""

from __future__ import annotations

import argparse


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="store file or SQLAlchemy URL (default: FLASHDESK_STORE or the "
                             "file in your data folder)")


def open_store_from(args: argparse.Namespace, *, create: bool = False):
    """The store named by --store / FLASHDESK_STORE / the data folder. Only commands that
    make something (create=True) create a missing store: a mistyped path in a read command
    is an error, not a new empty store."""
    from flashdesk.store import open_store

    return open_store(store_location(args), create=create)


def store_location(args: argparse.Namespace) -> str:
    """--store, else FLASHDESK_STORE, else the file in the data folder."""
    from flashdesk.paths import default_store_location

    return getattr(args, "store", None) or default_store_location()
