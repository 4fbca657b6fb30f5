"""`flashdesk --screenshots DIR`: one PNG per tab, inner page, Gantt zoom, chart, print
preview and dialog, taken offscreen on a temporary sample store; bad sizes are one line, exit 2."""

import os
import subprocess
import sys

import pytest
from PIL import Image

from flashdesk.errors import UserError
from flashdesk.screenshots import DIALOGS, parse_size


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "flashdesk", *map(str, args)], capture_output=True,
                          text=True, timeout=300, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_every_page_at_a_laptop_size_in_english(tmp_path):
    folder = tmp_path / "shots"
    result = _run("--screenshots", folder, "--size", "1024x700", "--lang", "en",
                  "--store", tmp_path / "mine.sqlite3")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (tmp_path / "mine.sqlite3").exists(), "the operator's store is never touched"
    names = sorted(path.name for path in folder.glob("*.png"))
    assert "screenshots in" in result.stdout and "scrolls sideways" not in result.stdout
    assert "larger than the window" not in result.stdout
    for part in ("overview", "channels-channelviews-2", "gantt-zoom-hour", "gantt-zoom-week",
                 "gantt-load", "gantt-print-preview", "posters-selected-element",
                 "posters-print-preview", "groups-run-mode", "review-chart-7", "flow-map"):
        assert any(part in name for name in names), f"no picture of {part}: {names}"
    for name, _open, _file in DIALOGS:
        assert any(n.endswith(f"-{name}.png") for n in names), f"no picture of {name}: {names}"
    assert any(n.endswith("-dialog-new-campaign-page-2.png") for n in names), "the dialog's other tab"
    with Image.open(next(folder.glob("*-dialog-read-back.png"))) as image:
        assert len(image.convert("RGB").getcolors(1 << 20) or ()) > 50, "the diff of a filled-in workbook"
    with Image.open(next(folder.glob("*-overview.png"))) as image:
        assert image.size == (1024, 700)
        assert len(image.convert("RGB").getcolors(1 << 20) or ()) > 50, "a blank window"
    with Image.open(next(folder.glob("*-posters-print-preview.png"))) as image:
        assert len(image.convert("RGB").getcolors(1 << 20) or ()) > 50, "the preview painted"


@pytest.mark.parametrize("text", ["1024", "big", "640x480", "1024x70"])
def test_bad_size_is_one_line_exit_2(tmp_path, text):
    result = _run("--screenshots", tmp_path, "--size", text)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "WIDTHxHEIGHT" in result.stderr or "800x600" in result.stderr
    with pytest.raises(UserError):
        parse_size(text)
