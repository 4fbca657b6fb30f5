"""The command line as an operator runs it: a real process, real store files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env_store=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    if env_store:
        env["FLASHDESK_STORE"] = str(env_store)
    return subprocess.run([sys.executable, "-m", "flashdesk", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("FlashDesk ")


def test_new_list_export(tmp_path):
    store = tmp_path / "s.sqlite3"
    created = run("new", "--name", "618 爽肤水", "--product", "爽肤水", "--launch", "2026-06-18T20:00",
                  "--list-price", "340", "--deal-price", "299", "--quota", "500", "--days", "3",
                  "--store", store)
    assert created.returncode == 0, created.stderr
    campaign_id = created.stdout.strip()
    assert campaign_id.isdigit()
    listed = run("campaigns", env_store=store)
    assert f"{campaign_id}\t618 爽肤水\t2026-06-18 20:00" in listed.stdout
    out = tmp_path / "team.xlsx"
    exported = run("export", "618 爽肤水", "-o", out, "--store", store)
    assert exported.returncode == 0, exported.stderr
    from openpyxl import load_workbook

    assert "活动概览" in load_workbook(out).sheetnames


@pytest.mark.parametrize("args,needle", [
    (["new", "--name", "x", "--product", "y", "--launch", "18/06/2026"], "Cannot read"),
    (["new", "--name", "x", "--product", "y", "--launch", "2026-06-18", "--list-price", "-5"],
     "negative"),
    (["new", "--name", "x", "--product", "y", "--launch", "2026-06-18", "--quota", "0"], "quota"),
    (["new", "--name", "x", "--product", "y", "--launch", "2026-06-18", "--days", "9"], "1 to 7"),
    (["export", "nope", "-o", "x.xlsx"], "No campaign"),
    (["export", "1", "-o", "x.csv"], ".xlsx"),
])
def test_bad_input_is_one_line_without_traceback(tmp_path, args, needle):
    from flashdesk.store import open_store

    open_store(tmp_path / "s.sqlite3").close()
    result = run(*args, "--store", tmp_path / "s.sqlite3")
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_store_location(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite at all")
    result = run("campaigns", "--store", junk)
    assert result.returncode == 2 and "not a FlashDesk store" in result.stderr
    assert junk.read_bytes() == b"not sqlite at all"
