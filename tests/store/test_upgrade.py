"""A schema upgrade is all or nothing, and two processes opening the same old store at once
do it once between them."""

import subprocess
import sys

from flashdesk.store import open_store
from flashdesk.store.backup import list_backups
from flashdesk.store.migrations import script_heads, store_revisions
from tests.old_stores import old_store
from tests.store.processes import child_env, count, integrity, run_cli, run_python


def _revisions(path) -> set[str]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}
    finally:
        con.close()


def test_kill_during_an_upgrade_leaves_the_old_store_openable(tmp_path):
    path = old_store(tmp_path, "0001_foundation")
    # the child kills itself (SIGKILL) in the middle of the upgrade, after tables were made
    result = run_python(f"""
        import os, signal
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        made = []

        @event.listens_for(Engine, "before_cursor_execute")
        def kill_midway(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith("CREATE TABLE"):
                made.append(statement)
                if len(made) == 4:
                    os.kill(os.getpid(), signal.SIGKILL)

        from flashdesk.store import open_store
        open_store({str(path)!r})
    """)
    assert result.returncode == -9, result.stderr
    assert integrity(path) == "ok"
    assert _revisions(path) == {"0001_foundation"}
    assert count(path, "campaign") == 1
    opened = run_cli("campaigns", "--store", path)
    assert opened.returncode == 0, opened.stderr
    assert "旧活动" in opened.stdout
    assert _revisions(path) == script_heads()


def test_failed_upgrade_changes_nothing_and_says_so_in_one_line(tmp_path):
    path = old_store(tmp_path, "0001_foundation")
    # a table the upgrade is about to create is already there: the upgrade fails half way
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE task (x)")
    con.commit()
    con.close()
    for _ in range(2):
        result = run_cli("campaigns", "--store", path)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert integrity(path) == "ok"
    assert _revisions(path) == {"0001_foundation"}
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "channel" not in tables and "copy" not in tables, "nothing of the upgrade stays"
    assert list_backups(path) == [], "a failed try leaves no backup of an unchanged store"


def test_two_processes_open_the_same_old_store_at_once(tmp_path):
    for attempt in range(2):
        folder = tmp_path / f"try{attempt}"
        folder.mkdir()
        path = old_store(folder, "0001_foundation")
        children = [subprocess.Popen([sys.executable, "-m", "flashdesk", "campaigns", "--store",
                                      str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=child_env()) for _ in range(2)]
        results = [(child.wait(timeout=120), *child.communicate()) for child in children]
        for code, out, err in results:
            assert code == 0, err
            assert "旧活动" in out
        assert integrity(path) == "ok" and count(path, "campaign") == 1
        store = open_store(path)
        assert store_revisions(store) == script_heads()
        store.close()
        assert len(list_backups(path)) == 1, "one upgrade, one backup"
