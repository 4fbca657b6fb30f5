"""Start-up: process start to the first painted main window, against a bare PySide6 window,
measured in the same run (the machine is shared; compare the ratio); and to "ready", when
the store is open and the sample campaign is painted in the window. Also checks that
matplotlib and openpyxl were not imported on the way.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAINT_PROBE = r"""
import sys, time
from PySide6.QtCore import QObject, QEvent
class FirstPaint(QObject):
    def __init__(self, ready=lambda: True):
        super().__init__()
        self.ready, self.painted = ready, False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if not self.painted:
                self.painted = True
                print(f"painted {time.time() - START:.4f}")
            if self.ready():
                print(f"ready {time.time() - START:.4f}")
                print("heavy", ",".join(m for m in ("matplotlib", "openpyxl") if m in sys.modules))
                sys.stdout.flush()
                import os; os._exit(0)
        return False
"""

BARE = PAINT_PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1400, 900)
probe = FirstPaint(); window.installEventFilter(probe)
window.show(); app.exec()
"""

FLASHDESK = PAINT_PROBE + r"""
from flashdesk.app import build_main_window
app, window = build_main_window(sys.argv[1])
probe = FirstPaint(lambda: window.sidebar is not None)
window.installEventFilter(probe)
app.exec()
"""


def measure(script: str, *args: str) -> tuple[float, float, str]:
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", f"START = {start!r}\n" + script, *args],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in out.splitlines())
    return float(lines["painted"]), float(lines["ready"]), lines.get("heavy", "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "bench.sqlite3")
        env_home = {"XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder}
        os.environ.update(env_home)
        measure(FLASHDESK, store)  # first run creates and plans the store; not timed
        bare, app, ready, heavy = [], [], [], set()
        for _ in range(runs):  # interleaved so both see the same machine load
            bare.append(measure(BARE)[0])
            painted, done, imported = measure(FLASHDESK, store)
            app.append(painted)
            ready.append(done)
            heavy.update(filter(None, imported.split(",")))
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(ready)
    print(f"bare PySide6 window, first paint: median {b * 1000:.0f} ms over {runs} runs")
    print(f"FlashDesk main window, first paint: median {a * 1000:.0f} ms ({a / b:.2f}x; goal <= 1.5x)")
    print(f"FlashDesk ready (store open, campaign painted): median {r * 1000:.0f} ms ({r / b:.2f}x)")
    print(f"heavy modules imported at start: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
