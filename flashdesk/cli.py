"""`flashdesk` opens the GUI; subcommands work headless. Each capability adds its commands
through the modules its manifest lists, each defining `register(subparsers)`; a command's
parser sets `func(args) -> int`. Heavy imports stay inside the functions so start-up stays lean."""

from __future__ import annotations

import argparse
import logging
import sys
from importlib import import_module

import flashdesk
from flashdesk.capabilities import manifests
from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option

WORKBOOK_COMMANDS = "flashdesk.workbook.commands"

log = logging.getLogger("flashdesk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flashdesk", description="Plan, run and review flash-group launches.")
    parser.add_argument("--version", action="version", version=f"FlashDesk {flashdesk.__version__}")
    add_store_option(parser)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a temporary store; "
                             "exit 0 when everything works, 1 and what failed otherwise")
    parser.add_argument("--self-test-dir", metavar="DIR", default=None,
                        help="keep the self-test's store, screenshot and workbook in DIR")
    parser.add_argument("--screenshots", metavar="DIR", default=None,
                        help="save a PNG of every tab and page (sample campaign, temporary "
                             "store, offscreen) into DIR; exit 1 if a tab scrolls sideways")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="window size for --screenshots (default 1400x900)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help="interface language for --screenshots (default zh_CN)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [*(name for manifest in manifests() for name in manifest.commands), WORKBOOK_COMMANDS]:
        import_module(name).register(subparsers)
    return parser


def _log_unexpected() -> str:
    from flashdesk.paths import user_data_dir

    path = user_data_dir() / "flashdesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.ERROR)
        log.exception("unexpected error")
        return str(path)
    except OSError:
        return "(log not writable)"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from flashdesk.selftest import run_self_test

            return run_self_test(args.self_test_dir)
        if args.screenshots:
            from flashdesk.screenshots import run_screenshots

            return run_screenshots(args.screenshots, args.size, args.lang)
        if args.command is None:
            from flashdesk.app import run_gui

            return run_gui(getattr(args, "store", None))
        return args.func(args)
    except UserError as exc:
        print(f"flashdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the operator, the traceback in the log
        where = _log_unexpected()
        print(f"flashdesk: unexpected error ({type(exc).__name__}: {exc}); details in {where}",
              file=sys.stderr)
        return 1
