"""`flashdesk` opens the GUI; subcommands work headless. Each capability adds its commands
through a module in COMMAND_MODULES defining `register(subparsers)`; a command's parser sets
`func(args) -> int`. Heavy imports stay inside the functions so start-up stays lean."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib import import_module
from pathlib import Path

import flashdesk
from flashdesk.errors import UserError

COMMAND_MODULES: tuple[str, ...] = (
    "flashdesk.campaigns.commands",
    "flashdesk.channels.commands",
    "flashdesk.copies.commands",
    "flashdesk.tasks.commands",
    "flashdesk.gui.tasks.chart_command",
    "flashdesk.posters.commands",
)

log = logging.getLogger("flashdesk")


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="store file or SQLAlchemy URL (default: FLASHDESK_STORE or the "
                             "file in your data folder)")


def open_store_from(args: argparse.Namespace, *, create: bool = False):
    """The store named by --store / FLASHDESK_STORE / the data folder. Only commands that
    make something (create=True) create a missing store: a mistyped path in a read command
    is an error, not a new empty store."""
    from flashdesk.paths import default_store_location
    from flashdesk.store import open_store

    return open_store(getattr(args, "store", None) or default_store_location(), create=create)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too (argparse would print the whole usage first)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="flashdesk", description="Plan, run and review flash-group launches.")
    parser.add_argument("--version", action="version", version=f"FlashDesk {flashdesk.__version__}")
    add_store_option(parser)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a temporary store; "
                             "exit 0 when everything works, 1 and what failed otherwise")
    parser.add_argument("--self-test-dir", metavar="DIR", default=None,
                        help="keep the self-test's store, screenshot and workbook in DIR")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).register(subparsers)
    return parser


def _log_unexpected(args: argparse.Namespace | None) -> str:
    """Write the traceback to flashdesk.log beside the store given with --store (not into
    the operator's own data folder), else in the data folder. Returns where it went."""
    from flashdesk.paths import user_data_dir

    store = getattr(args, "store", None)
    folder = Path(store).expanduser().resolve().parent if store and "://" not in store \
        else user_data_dir()
    path = folder / "flashdesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.ERROR)
        log.exception("unexpected error")
        return str(path)
    except OSError:
        return "(log not writable)"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _reader_went_away() -> int:
    """`flashdesk tasks 1 | head`: the reader closing the pipe is a normal end. Later
    writes (the flush at exit) go to /dev/null instead of raising again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from flashdesk.selftest import run_self_test

        return run_self_test(args.self_test_dir)
    if args.command is None:
        from flashdesk.app import run_gui

        return run_gui(getattr(args, "store", None))
    code = args.func(args)
    sys.stdout.flush()  # a closed pipe shows up here, inside the error handling
    return code


def main(argv: list[str] | None = None) -> int:
    """Every anticipated failure: one line on stderr, exit 2. A bug: one line saying where
    the traceback was logged, exit 1."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except UserError as exc:
        print(f"flashdesk: {_one_line(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from flashdesk.paths import default_store_location
        from flashdesk.store.errors import classify

        known = classify(exc, getattr(args, "store", None) or default_store_location())
        if known is not None:  # locked, read-only, disk full: the operator can act on it
            print(f"flashdesk: {_one_line(known)}", file=sys.stderr)
            return 2
        where = _log_unexpected(args)
        print(f"flashdesk: unexpected error ({type(exc).__name__}); details in {where}",
              file=sys.stderr)
        return 1
