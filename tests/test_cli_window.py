"""`flashdesk` with no command opens the window without building the commands' parsers; any
other command line reads as before."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flashdesk.cli import STORE_COMMANDS, WORKBOOK_COMMANDS, parse

ROOT = Path(__file__).resolve().parent.parent


def test_no_command_opens_the_window_with_its_options():
    args = parse(["--store", "a.sqlite3"])
    assert args.command is None and args.store == "a.sqlite3"
    assert not args.self_test and args.screenshots is None
    args = parse(["--screenshots", "shots", "--size", "1024x700", "--lang", "en"])
    assert (args.command, args.screenshots, args.size, args.lang) == (None, "shots", "1024x700", "en")
    assert parse([]).command is None


def test_a_command_still_reads_as_the_whole_command_line():
    args = parse(["campaigns", "--store", "a.sqlite3"])
    assert args.command == "campaigns" and callable(args.func)
    args = parse(["--store", "a.sqlite3", "campaigns"])
    assert args.command == "campaigns" and args.store == "a.sqlite3"


@pytest.mark.parametrize("argv, says", [
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["--store"], "expected one argument"),
])
def test_mistakes_are_named_as_before(argv, says, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse(argv)
    assert exit_.value.code == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize("asks", [["--help"], ["-h"], ["--he"], ["--store", "a.sqlite3", "--help"]])
def test_help_lists_the_commands(asks, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse(asks)
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "campaigns" in out and "export" in out and "--store" in out


def test_opening_the_window_imports_no_command_module():
    script = ("import json, sys\nfrom flashdesk.capabilities import manifests\nfrom flashdesk.cli import parse\n"
              "parse(['--store', 'a.sqlite3'])\n"
              f"names = [n for m in manifests() for n in m.commands] + [{WORKBOOK_COMMANDS!r}, {STORE_COMMANDS!r}]\n"
              "print(json.dumps([n for n in names if n in sys.modules]))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    assert json.loads(out) == []


WINDOW_RUN = r"""
import json, logging, os, sys
import flashdesk.cli

seen = {}

def observe():
    import flashdesk.app as app_module
    from PySide6.QtCore import QTimer

    opener, build = app_module.open_store_interactively, app_module.build_main_window

    def opening(location):
        seen["handlers when the store opens"] = [type(h).__name__ for h in logging.getLogger().handlers]
        return opener(location)

    def building(location):
        app, window = build(location)

        def ready():
            if window.context.store is not None and window.context.campaign_id is not None:
                seen["log"] = [getattr(h, "baseFilename", "") for h in logging.getLogger().handlers]
                timer.stop()
                window.close()
                app.quit()

        timer = window.poll = QTimer(window)
        timer.timeout.connect(ready)
        timer.start(20)
        return app, window

    app_module.open_store_interactively, app_module.build_main_window = opening, building

run = flashdesk.cli._run
flashdesk.cli._run = lambda args: (observe(), run(args))[1]
code = flashdesk.cli.main(["--store", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
sys.stdout.flush()
os._exit(0)
"""


def test_the_window_writes_its_log_from_before_the_store_opens(tmp_path):
    """`flashdesk --store S`: the window opens on the store, and the log file is set up by then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", WINDOW_RUN, str(tmp_path / "s.sqlite3")], capture_output=True,
                         text=True, env=env, timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["handlers when the store opens"] == ["FileHandler"]
    assert seen["log"] == [str(tmp_path / "data" / "FlashDesk" / "flashdesk.log")]
