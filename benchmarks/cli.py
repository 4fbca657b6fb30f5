"""Command-line start-up: each headless command, process start to exit, against a process
that only imports PySide6.QtWidgets, measured in the same run (interleaved, so both see the
same machine load). The goal: every listed command ≤ 3x that baseline. The CPU time (user +
system) of each is printed too: on a shared machine it moves less with the load than the
elapsed time does. The export's floor is printed beside it: a process that only imports the
libraries the export writes with (the store's ORM, openpyxl and numpy, Pillow, qrcode,
zxing-cpp, QtGui), doing none of its work.

    python benchmarks/cli.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 3.0


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(argv: list[str], env: dict) -> tuple[float, float]:
    """(elapsed, CPU) seconds of one run of argv."""
    started, cpu = time.perf_counter(), _cpu()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - started, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "bench.sqlite3")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": folder,
               "XDG_CONFIG_HOME": folder, "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
        flashdesk = [sys.executable, "-m", "flashdesk"]
        # also compiles the bytecode the timed runs use
        subprocess.run(flashdesk + ["new", "--name", "Bench", "--product", "Toner",
                                    "--launch", "2026-06-18T20:00", "--store", store],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        commands = {
            "campaigns": ["campaigns"],
            "channels": ["channels", "1"],
            "tasks": ["tasks", "1"],
            "copies search": ["copies", "search", "福利"],
            "export": ["export", "1", "-o", str(Path(folder) / "out.xlsx")],
        }
        baseline = [sys.executable, "-c", "import PySide6.QtWidgets"]
        floor = [sys.executable, "-c", "import sqlmodel, openpyxl, numpy, PIL.Image, qrcode, zxingcpp, "
                 "PySide6.QtGui"]
        samples: dict[str, list[tuple[float, float]]] = {"baseline": [], "floor": [],
                                                         **{name: [] for name in commands}}
        for _ in range(runs):
            samples["baseline"].append(timed(baseline, env))
            samples["floor"].append(timed(floor, env))
            for name, args in commands.items():
                samples[name].append(timed(flashdesk + args + ["--store", store], env))
    def medians(name: str) -> tuple[float, float]:
        return tuple(statistics.median(sample[i] for sample in samples[name]) for i in (0, 1))

    base, base_cpu = medians("baseline")
    print(f"import PySide6.QtWidgets: median {base * 1000:.0f} ms (CPU {base_cpu * 1000:.0f} ms) "
          f"over {runs} runs")
    for name in commands:
        value, cpu = medians(name)
        verdict = "meets" if value / base <= GOAL else "misses"
        print(f"flashdesk {name:<14} median {value * 1000:5.0f} ms  {value / base:4.2f}x "
              f"({verdict} the goal <= {GOAL:g}x)  CPU {cpu * 1000:5.0f} ms  {cpu / base_cpu:4.2f}x")
    value, cpu = medians("floor")
    print(f"the export's libraries alone, no work: median {value * 1000:5.0f} ms  {value / base:4.2f}x  "
          f"CPU {cpu * 1000:5.0f} ms  {cpu / base_cpu:4.2f}x")


if __name__ == "__main__":
    main()
