"""Build the installable app: the PyInstaller one-folder bundle, its self-test, and (on a
Debian-like system with dpkg-deb) the .deb. `make package` runs this.

    python packaging/build_app.py [--no-deb] [--compression xz|zstd]

Outputs in packaging/dist/: flashdesk/ (the bundle) and flashdesk_<version>_<arch>.deb.
On Windows and macOS the same command builds the bundle (FlashDesk.app on macOS) from the
same spec; only the .deb step is Linux's."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "flashdesk.spec"
DIST = PACKAGING / "dist"
WORK = PACKAGING / "build" / "pyinstaller"


def build_bundle(dist: Path = DIST, work: Path = WORK) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(SPEC)], check=True, cwd=ROOT)
    return dist / "flashdesk"


def executable(bundle: Path) -> Path:
    return bundle / ("flashdesk.exe" if sys.platform == "win32" else "flashdesk")


def self_test(command: Path | str) -> subprocess.CompletedProcess:
    """`flashdesk --self-test` of a built or installed app, outside the source tree (so
    nothing is imported from it by accident)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QT_QPA_PLATFORM", "PYTHONHOME")}
    return subprocess.run([str(command), "--self-test"], capture_output=True, text=True,
                          env=env, cwd=Path.home() if Path.home().is_dir() else "/", timeout=300)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="build the bundle only")
    parser.add_argument("--compression", choices=("xz", "zstd"), default="xz",
                        help="the .deb's compression: xz is smaller, zstd much faster")
    args = parser.parse_args()
    began = time.perf_counter()
    bundle = build_bundle()
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB, "
          f"{time.perf_counter() - began:.0f} s)")
    result = self_test(executable(bundle))
    print(result.stdout, end="")
    if result.returncode != 0:
        raise SystemExit(f"the bundle failed its self-test:\n{result.stderr}")
    if args.no_deb or not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        return
    from build_deb import build_deb

    began = time.perf_counter()
    deb = build_deb(bundle, DIST, args.compression)
    print(f"package: {deb} ({deb.stat().st_size / 2**20:.0f} MiB, "
          f"{time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
