"""`flashdesk` opens the GUI; subcommands work headless. Each capability adds its commands
through the modules its manifest lists, each defining `register(subparsers)`; a command's
parser sets `func(args) -> int`. Heavy imports stay inside the functions so start-up stays lean."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib import import_module
from pathlib import Path

import flashdesk
from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option

WORKBOOK_COMMANDS = "flashdesk.workbook.commands"
STORE_COMMANDS = "flashdesk.store.commands"

log = logging.getLogger("flashdesk")


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too (argparse would print the whole usage first)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands`, only the options of the window itself (no
    command module imported) and no help of its own: help lists the commands."""
    parser = _Parser(
        prog="flashdesk", description="Plan, run and review flash-group launches.", add_help=commands)
    parser.add_argument("--version", action="version", version=f"FlashDesk {flashdesk.__version__}")
    add_store_option(parser)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a temporary store; "
                             "exit 0 when everything works, 1 and what failed otherwise")
    parser.add_argument("--self-test-dir", metavar="DIR", default=None,
                        help="keep the self-test's store, screenshot and workbook in DIR")
    parser.add_argument("--screenshots", metavar="DIR", default=None,
                        help="save a PNG of every tab, page and dialog (sample campaign, "
                             "temporary store, offscreen) into DIR; exit 1 if a tab scrolls "
                             "sideways or a dialog is larger than the window")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="window size for --screenshots (default 1400x900)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help="interface language for --screenshots (default zh_CN)")
    if not commands:
        return parser
    from flashdesk.capabilities import manifests

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [*(name for manifest in manifests() for name in manifest.commands), WORKBOOK_COMMANDS,
                 STORE_COMMANDS]:
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
    if args.screenshots:
        from flashdesk.screenshots import run_screenshots

        return run_screenshots(args.screenshots, args.size, args.lang)
    if args.command is None:
        from flashdesk.app import run_gui

        return run_gui(getattr(args, "store", None))
    code = args.func(args)
    sys.stdout.flush()  # a closed pipe shows up here, inside the error handling
    return code


def parse(argv: list[str]) -> argparse.Namespace:
    """The arguments. Opening the window (no command named) skips the commands' parsers:
    building them imports every command module, ~40 ms before the window's first paint.
    Anything the window's options do not take (a command, --help, a mistake) goes to the whole
    command line, which runs the command, lists the commands or says what is wrong."""
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    """Every anticipated failure: one line on stderr, exit 2. A bug: one line saying where
    the traceback was logged, exit 1."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
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
