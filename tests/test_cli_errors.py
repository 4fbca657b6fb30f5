"""The command line's error rule, in real processes: one line on stderr and exit 2 for
anything anticipated; a bug says where its traceback was logged (beside --store); a reader
closing the pipe is a normal end."""

import sqlite3
import subprocess
import sys

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store
from tests.store.processes import child_env, run_cli


def _store_with_campaign(path):
    store = open_store(path)
    create_campaign(store, sample_draft())
    store.close()
    return path


def test_reader_closing_the_pipe_is_a_normal_end(tmp_path):
    path = _store_with_campaign(tmp_path / "s.sqlite3")
    child = subprocess.Popen([sys.executable, "-m", "flashdesk", "tasks", "1", "--store", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
    child.stdout.close()  # like `| head` that has already read enough
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 0
    assert err == ""


def test_a_bug_logs_beside_the_store_in_one_line(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    path = _store_with_campaign(folder / "s.sqlite3")
    con = sqlite3.connect(path)  # a value no code path writes: reading it is a bug to log
    con.execute("UPDATE campaign SET launch_at = 'not a date'")
    con.commit()
    con.close()
    result = run_cli("campaigns", "--store", path, XDG_DATA_HOME=str(tmp_path / "xdg"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unexpected error" in lines[0], result.stderr
    assert str(folder / "flashdesk.log") in lines[0]
    assert "Traceback" in (folder / "flashdesk.log").read_text()
    assert not (tmp_path / "xdg").exists(), "the operator's own data folder is not touched"


def test_usage_mistake_is_one_line(tmp_path):
    result = run_cli("campaigns", "--bogus")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--bogus" in result.stderr
