"""The packaging inputs that need no build: the icon set rendered from its one source, the
desktop entry, the Debian names of missing libraries. Runs everywhere."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

from build_deb import policy_name  # noqa: E402
from make_icons import ICO_SIZES, PNG_SIZES, RUNTIME, make_icons  # noqa: E402


def test_icons_in_every_size_from_the_one_source(qapp, tmp_path):  # qapp: a QApplication, not
    # the QGuiApplication make_icons would create, which would break later widget tests
    written = make_icons(tmp_path)
    assert len(written) == len(PNG_SIZES) + 2
    for size in PNG_SIZES:
        with Image.open(tmp_path / "png" / f"flashdesk-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0, "corners stay transparent"
            assert png.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(tmp_path / "flashdesk.ico") as ico:
        assert {(s, s) for s in ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "flashdesk.icns") as icns:
        assert icns.size == (1024, 1024)
    with Image.open(RUNTIME) as window_icon:  # the committed window icon is the same drawing
        assert window_icon.size == (256, 256)
        ours = Image.open(tmp_path / "png" / "flashdesk-256.png")
        diff = sum(abs(a - b) for a, b in zip(window_icon.tobytes(), ours.tobytes()))
        assert diff / len(ours.tobytes()) < 2, "resources/icons/flashdesk.png is stale: " \
            "python packaging/make_icons.py --runtime"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "flashdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "flashdesk" and section["Icon"] == "flashdesk"
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert "Office" in section["Categories"].split(";")
    assert "快闪群" in section["Name[zh_CN]"]
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(PACKAGING / "flashdesk.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.parametrize("soname,package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libEGL.so.1", "libegl1"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libfoo2.so.0", "libfoo2-0"),
])
def test_debian_policy_names(soname, package):
    assert policy_name(soname) == package
