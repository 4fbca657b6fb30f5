"""`flashdesk --self-test`: a real process from the source tree (the bundle and the .deb run
the same command in tests/packaging), and the reporting of failures."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image

from flashdesk.selftest import CHECKS, SelfTestRun, check_sample_plan, check_store, run_self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_from_source(tmp_path):
    keep = tmp_path / "kept"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = subprocess.run([sys.executable, "-m", "flashdesk", "--self-test", "--self-test-dir",
                             str(keep)], capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok    {name}" for name, _ in CHECKS]
    assert lines[-1].startswith(f"self-test passed: {len(CHECKS)} checks")
    with Image.open(keep / "main-window.png") as shot:
        assert shot.size[0] >= 800 and len(shot.convert("RGB").getcolors(1 << 20)) > 50
    assert "活动概览" in load_workbook(keep / "selftest.xlsx").sheetnames
    # the operator's own data and settings folders were not touched
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        folder = Path(os.environ[variable])
        assert not folder.exists() or not any(folder.rglob("*")), f"wrote into {folder}"


def test_temporary_folder_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    out = io.StringIO()
    assert run_self_test(checks=(("store", check_store),), out=out) == 0
    assert out.getvalue().startswith("ok    store: ")
    assert list(tmp_path.iterdir()) == []


def test_failures_are_named_and_dependants_not_run(tmp_path):
    def broken(run: SelfTestRun) -> str:
        raise AssertionError("the font is missing")

    def fine(run: SelfTestRun) -> str:
        return "all good"

    out = io.StringIO()
    code = run_self_test(tmp_path, checks=(("fonts", broken), ("sample plan", check_sample_plan),
                                           ("later", fine)), out=out)
    assert code == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAIL  fonts: AssertionError: the font is missing (test_selftest.py:")
    assert lines[1] == ("FAIL  sample plan: not run, needs the store, which an earlier check "
                        "did not provide")
    assert lines[2].startswith("ok    later: all good")
    assert lines[3] == "self-test FAILED: 2 of 3 checks (fonts, sample plan)"
