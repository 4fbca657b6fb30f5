"""The installed app's size and start-up, against the source tree in the same run (the
machine is shared: compare the ratios).

- size: the one-folder bundle on disk, its biggest parts, and the .deb if one was built;
- start-up under Xvfb, median of interleaved runs on an already planned store:
  "shown" = process start to the first change on the screen (the window shell painted),
  "ready" = to the sample campaign painted in the window (theme red on screen), for the
  bundle (packaging/dist/flashdesk/flashdesk) and for `python -m flashdesk` from source;
- `--self-test` wall time of both.

    python packaging/build_app.py --no-deb      # first, if there is no bundle yet
    python benchmarks/bundle.py [--runs 5]
Needs Xvfb for the start-up figures."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "packaging" / "dist" / "flashdesk"


def size_report() -> None:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle {BUNDLE.relative_to(ROOT)}: {total / 2**20:.0f} MiB in {len(files)} files")
    groups: dict[str, int] = {}
    internal = BUNDLE / "_internal"
    for path in files:
        rel = path.relative_to(internal) if path.is_relative_to(internal) else path.relative_to(BUNDLE)
        key = rel.parts[0] if len(rel.parts) > 1 else "(top-level libraries)"
        if key == "PySide6" and len(rel.parts) > 3 and rel.parts[1] == "Qt":
            key = f"PySide6/Qt/{rel.parts[2]}"
        groups[key] = groups.get(key, 0) + path.stat().st_size
    for key, size in sorted(groups.items(), key=lambda item: -item[1])[:10]:
        print(f"  {size / 2**20:6.1f} MiB  {key}")
    for deb in sorted(BUNDLE.parent.glob("*.deb")):
        print(f".deb {deb.name}: {deb.stat().st_size / 2**20:.0f} MiB")


def red_pixels(image) -> int:
    colours = image.convert("RGB").getcolors(1 << 22) or []
    return sum(n for n, (r, g, b) in colours if r > 170 and g < 90 and b < 80)


def start_once(command: list[str], display: str, env: dict[str, str]) -> tuple[float, float]:
    from PIL import ImageGrab

    blank = ImageGrab.grab(xdisplay=display).tobytes()
    began = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shown = ready = None
    try:
        while time.perf_counter() - began < 60 and ready is None:
            shot = ImageGrab.grab(xdisplay=display)
            now = time.perf_counter() - began
            if shown is None and shot.tobytes() != blank:
                shown = now
            if shown is not None and red_pixels(shot) > 200:
                ready = now
    finally:
        app.terminate()
        app.wait(10)
    if ready is None:
        raise SystemExit(f"{command[0]} showed no ready window within 60 s")
    return shown, ready


def startup_report(runs: int) -> None:
    if not shutil.which("Xvfb"):
        print("start-up: Xvfb is not installed; skipped")
        return
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1440x960x24",
                             "-nolisten", "tcp", "-noreset"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        display = ":" + xvfb.stdout.readline().decode().strip()
        with tempfile.TemporaryDirectory() as home:
            env = {"PATH": os.environ["PATH"], "DISPLAY": display, "HOME": home,
                   "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
                   "XDG_RUNTIME_DIR": home, "LANG": "zh_CN.UTF-8"}
            variants = {"bundle": [str(BUNDLE / "flashdesk")],
                        "source": [sys.executable, "-m", "flashdesk"]}
            source_env = {**env, "PYTHONPATH": str(ROOT)}
            envs = {"bundle": env, "source": source_env}
            start_once(variants["source"], display, source_env)  # plans the store; not timed
            figures = {name: [] for name in variants}
            for _ in range(runs):  # interleaved so both see the same machine load
                for name, command in variants.items():
                    figures[name].append(start_once(command, display, envs[name]))
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    base_shown = statistics.median(s for s, _ in figures["source"])
    base_ready = statistics.median(r for _, r in figures["source"])
    for name, values in figures.items():
        shown = statistics.median(s for s, _ in values)
        ready = statistics.median(r for _, r in values)
        print(f"start-up {name:6}: shown {shown * 1000:5.0f} ms ({shown / base_shown:.2f}x source), "
              f"ready {ready * 1000:5.0f} ms ({ready / base_ready:.2f}x source), {runs} runs")


def selftest_report() -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    for name, command, extra in (("bundle", [str(BUNDLE / "flashdesk")], {}),
                                 ("source", [sys.executable, "-m", "flashdesk"],
                                  {"PYTHONPATH": str(ROOT)})):
        began = time.perf_counter()
        result = subprocess.run([*command, "--self-test"], env={**env, **extra},
                                capture_output=True, text=True, timeout=300)
        print(f"--self-test {name}: {time.perf_counter() - began:.1f} s, exit {result.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if not (BUNDLE / "flashdesk").exists():
        raise SystemExit("no bundle: run python packaging/build_app.py --no-deb first")
    size_report()
    selftest_report()
    startup_report(runs)


if __name__ == "__main__":
    main()
