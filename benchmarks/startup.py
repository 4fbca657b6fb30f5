"""Start-up as the operator sees it, against a bare PySide6 window measured in the same run
(interleaved, so both see the same machine load; compare the ratios):

- first paint: process start to the first paint of the main window (menus, toolbar and
  "Opening the campaign store…"), started through the command line as `flashdesk --store S`
  is; the bare window's first paint is the baseline; the probe watches the window alone until
  then (see PROBE);
- ready: process start to the end of the first paint of the tab on show after the store is
  open and the last campaign is selected and loaded into that tab, i.e. the plan on screen;
  the probe watches that tab alone (see watch_plan).

Both for a store that already exists (closed cleanly, as the app closes it) and for the very
first start on a new store (created, migrated and planned with the sample campaign in that
run). Also checks that matplotlib and openpyxl were not imported on the way. Goals: first paint <= 1.3x, ready <= 5x.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAINT_GOAL, READY_GOAL = 1.3, 5.0
PYCACHE = tempfile.mkdtemp(prefix="flashdesk-bench-pycache-")

PROBE = r"""
import os, sys, time

def stop():
    print("heavy", ",".join(m for m in ("matplotlib", "openpyxl") if m in sys.modules))
    sys.stdout.flush()
    os._exit(0)

def watch(window, then):
    # Prints the first paint of `window`, then calls `then`. Only the window is watched: an
    # application-wide Python filter makes PySide6 wrap each object that gets an event, and for
    # a Qt-private class (the animation timer of QMainWindow's layout, a list view's inner
    # widgets) initialise every Qt type it binds and create their Python enums: 14 ms of an
    # existing store's "ready" and 38 ms of a first start's (3 Dec), which the app never spends.
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                print(f"painted {time.time() - START:.4f}")
                then()
            return False

    probe = Probe()
    window.installEventFilter(probe)
    return probe
"""

BARE = PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1400, 900)
probe = watch(window, stop)
window.show(); app.exec()
"""

# Started as the operator starts it: `flashdesk` and the bundle run flashdesk.cli:main, which
# imports the window's module (and with it PySide6) only once it knows no command was named.
# The probe goes on the window as build_main_window returns it, PySide6 imported by then.
FLASHDESK = "import flashdesk\n" + PROBE + r"""
import flashdesk.cli

def watch_plan(window):
    # "ready": the paint of the tab on show once the last campaign is loaded into it, timed
    # when that paint pass is over (its children drawn, the window flushed). Only that tab is
    # watched, from the moment its holder builds it (see watch for why not every object).
    import flashdesk.gui.tabs as tabs
    from PySide6.QtCore import QEvent, QObject, QTimer

    def ready():
        print(f"ready {time.time() - START:.4f}")
        stop()

    class PlanProbe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and window.context.campaign_id is not None:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    probe = window.plan_probe = PlanProbe()
    build = tabs.LazyTab.tab

    def tab(holder):
        built = holder.is_built()
        widget = build(holder)
        if not built and holder is window.tabs.currentWidget():
            widget.installEventFilter(probe)
        return widget

    tabs.LazyTab.tab = tab

run = flashdesk.cli._run

def run_probed(args):
    import flashdesk.app  # where _run imports it

    build = flashdesk.app.build_main_window

    def build_probed(location):
        app, window = build(location)
        window.probe = watch(window, lambda: watch_plan(window))
        return app, window

    flashdesk.app.build_main_window = build_probed
    return run(args)

flashdesk.cli._run = run_probed
flashdesk.cli.main(["--store", sys.argv[1]])
"""


def measure(script: str, *args: str) -> tuple[float, float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    start = time.time()
    out = subprocess.run([sys.executable, "-c", f"START = {start!r}\n" + script, *args],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in out.splitlines())
    return float(lines["painted"]), float(lines.get("ready", "nan")), lines.get("heavy", "")


def close_cleanly(store: str, copy: str) -> None:
    """Checkpoint the store's WAL into it, as a clean close does, and keep a copy of it."""
    connection = sqlite3.connect(store)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()  # the last connection to close removes the -wal and -shm files
    if Path(store + "-wal").exists():
        raise SystemExit(f"{store} kept its WAL after a checkpoint")
    shutil.copyfile(store, copy)


def report(label: str, painted: list[float], ready: list[float], bare: float) -> None:
    p, r = statistics.median(painted), statistics.median(ready)
    print(f"{label}: first paint {p * 1000:4.0f} ms ({p / bare:.2f}x; goal <= {PAINT_GOAL}x), "
          f"ready {r * 1000:4.0f} ms ({r / bare:.2f}x; goal <= {READY_GOAL:g}x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        os.environ.update({"XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder})
        store = str(Path(folder) / "bench.sqlite3")
        measure(FLASHDESK, store)  # creates and plans the store the "existing" runs open
        # the probe ends each run at once (os._exit), leaving the store's WAL behind as a crash
        # would, and the next start would then check the whole store; the operator's app closes
        # it cleanly, so each "existing" run opens a copy of the store closed cleanly
        closed = str(Path(folder) / "closed.sqlite3")
        close_cleanly(store, closed)
        bare, existing, first, heavy = [], ([], []), ([], []), set()
        for run in range(runs):  # interleaved so all three see the same machine load
            bare.append(measure(BARE)[0])
            shutil.copyfile(closed, store)
            for target, location in ((existing, store), (first, str(Path(folder) / f"new{run}.sqlite3"))):
                painted, ready, imported = measure(FLASHDESK, location)
                target[0].append(painted)
                target[1].append(ready)
                heavy.update(filter(None, imported.split(",")))
    shutil.rmtree(PYCACHE, ignore_errors=True)
    b = statistics.median(bare)
    print(f"bare PySide6 window, first paint: median {b * 1000:.0f} ms over {runs} runs")
    report("existing store", *existing, b)
    report("first start, new store", *first, b)
    print(f"heavy modules imported at start: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
