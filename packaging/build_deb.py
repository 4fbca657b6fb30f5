"""Build the Debian package from the PyInstaller bundle (packaging/dist/flashdesk):

    /opt/flashdesk/                         the one-folder bundle
    /usr/bin/flashdesk                      symlink to /opt/flashdesk/flashdesk
    /usr/share/applications/flashdesk.desktop
    /usr/share/icons/hicolor/<N>x<N>/apps/flashdesk.png   and scalable/apps/flashdesk.svg
    /usr/share/doc/flashdesk/copyright

    python packaging/build_deb.py [--bundle DIR] [--out DIR]

Depends lists the system packages that provide the shared libraries the bundle links to
but does not carry (glibc, OpenGL, a few xcb libraries): dpkg -S names the package of each
library installed here; one that is not installed gets its Debian policy name
(libxcb-icccm.so.4 -> libxcb-icccm4). postinst/postrm refresh the icon and desktop caches,
only where those tools are installed."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path[:0] = [str(ROOT), str(PACKAGING)]

from make_icons import PNG_SIZES, SOURCE, make_icons  # noqa: E402

import flashdesk  # noqa: E402

PACKAGE = "flashdesk"
PREFIX = Path("opt") / PACKAGE
MAINTAINER = "FlashDesk team <flashdesk@example.com>"
DESCRIPTION = """\
plan, run and review flash-group (快闪群) product launches
 FlashDesk is a desktop operations console for community-sales operators who
 launch a product through a short-lived WeCom/WeChat customer group: the
 publicity plan, the team's tasks, copy, posters with checked QR codes, the
 launch-night runbook, the daily timetable, the review, and one Excel workbook
 for the team. Everything is stored in one local SQLite file."""

# The caches are system-wide and shared: refresh them where the tools exist, and the icon
# cache only where the theme has one (so nothing new is left behind on removal).
REFRESH = """\
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 \\
        && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
fi
"""
POSTINST = f"""#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
{REFRESH}fi
"""
POSTRM = f"""#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
{REFRESH}fi
"""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: FlashDesk

Files: *
License: MIT
Comment: /opt/flashdesk bundles Python and its libraries under their own licences:
 Qt for Python (PySide6, LGPLv3), SQLModel, SQLAlchemy, Alembic, openpyxl, platformdirs
 (MIT), matplotlib (PSF-style), qrcode (BSD), Pillow (MIT-CMU), zxing-cpp (Apache 2.0),
 numpy (BSD), and Noto Sans CJK (SIL Open Font License 1.1).
"""


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def elf_files(folder: Path) -> list[Path]:
    def is_elf(path: Path) -> bool:
        with path.open("rb") as stream:
            return stream.read(4) == b"\x7fELF"

    return [path for path in sorted(folder.rglob("*"))
            if path.is_file() and not path.is_symlink() and is_elf(path)]


def needed_sonames(path: Path) -> set[str]:
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", run("readelf", "-d", str(path))))


def policy_name(soname: str) -> str:
    """Debian policy 8.1: libfoo.so.N -> libfooN; libfoo2.so.N -> libfoo2-N."""
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def depends(bundle: Path) -> list[str]:
    """The system packages behind every library the bundle needs and does not carry."""
    carried = {path.name for path in bundle.rglob("*.so*")}
    wanted = {name for path in elf_files(bundle) for name in needed_sonames(path)
              if name not in carried and not name.startswith("ld-linux")}  # the loader: libc6
    cache = {}  # soname -> the file the dynamic loader picks, as ldd reports it
    for path in elf_files(bundle):
        for name, where in re.findall(r"^\s*(\S+) => (/\S+)", run("ldd", str(path)), re.M):
            if name in wanted:
                cache.setdefault(name, where)
    packages = set()
    for soname in sorted(wanted):
        path = cache.get(soname)
        owner = None
        if path:
            found = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True,
                                   text=True)
            if found.returncode != 0:  # usrmerge: the package may list /lib, not /usr/lib
                found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
            if found.returncode == 0:
                owner = found.stdout.split(":")[0].split(",")[0].strip()
        if owner is None:
            owner = policy_name(soname)
            print(f"build_deb: {soname} is not installed here; depending on {owner}",
                  file=sys.stderr)
        packages.add(owner)
    glibc = run("dpkg-query", "-W", "-f=${Version}", "libc6").split("-")[0]
    packages.discard("libc6")
    return [f"libc6 (>= {glibc})", *sorted(packages)]


def desktop_entry() -> str:
    return (PACKAGING / "flashdesk.desktop").read_text(encoding="utf-8")


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under `root`."""
    opt = root / PREFIX
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(desktop_entry(), encoding="utf-8")
    hicolor = root / "usr/share/icons/hicolor"
    icons = Path(tempfile.mkdtemp(prefix="flashdesk-icons-"))
    try:
        make_icons(icons)
        for size in PNG_SIZES:
            target = hicolor / f"{size}x{size}" / "apps"
            target.mkdir(parents=True)
            shutil.copy(icons / "png" / f"flashdesk-{size}.png", target / f"{PACKAGE}.png")
    finally:
        shutil.rmtree(icons)
    (hicolor / "scalable/apps").mkdir(parents=True)
    shutil.copy(SOURCE, hicolor / "scalable/apps" / f"{PACKAGE}.svg")
    doc = root / "usr/share/doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in root.rglob("*"):  # dpkg-deb wants sane modes whatever the umask was
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)


def control(bundle: Path, root: Path) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    arch = run("dpkg", "--print-architecture").strip()
    return (f"Package: {PACKAGE}\nVersion: {flashdesk.__version__}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kib}\n"
            f"Depends: {', '.join(depends(bundle))}\nSection: utils\nPriority: optional\n"
            f"Homepage: https://example.com/flashdesk\nDescription: {DESCRIPTION}\n")


COMPRESSION = {  # measured on the 250 MB bundle here (2 shared cores)
    "xz": ["-Zxz"],  # 81 MB, ~5 min: the release default
    "zstd": ["-Zzstd", "-z3"],  # 107 MB, seconds: for tests (needs dpkg >= 1.21.18)
}


def build_deb(bundle: Path, out: Path, compression: str = "xz") -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"no bundle at {bundle}: build it first (python packaging/build_app.py)")
    missing = [tool for tool in ("dpkg-deb", "readelf", "ldd") if not shutil.which(tool)]
    if missing:
        raise SystemExit(f"building the .deb needs {', '.join(missing)} (packages dpkg, "
                         "binutils, libc-bin)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="flashdesk-deb-") as staging:
        root = Path(staging) / "root"
        stage(bundle, root)
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(bundle, root), encoding="utf-8")
        for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
            (debian / name).write_text(text, encoding="utf-8")
            (debian / name).chmod(0o755)
        arch = run("dpkg", "--print-architecture").strip()
        target = out / f"{PACKAGE}_{flashdesk.__version__}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", *COMPRESSION[compression], "--build", str(root),
                        str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the FlashDesk .deb from the bundle.")
    parser.add_argument("--bundle", type=Path, default=PACKAGING / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=PACKAGING / "dist")
    parser.add_argument("--compression", choices=sorted(COMPRESSION), default="xz")
    args = parser.parse_args()
    print(build_deb(args.bundle, args.out, args.compression))


if __name__ == "__main__":
    main()
