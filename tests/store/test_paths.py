"""Any legal file name opens that very file; read commands never create a store at a
mistyped path; a FIFO is refused; a foreign SQLite file stays byte-identical."""

import os
import sqlite3

import pytest

from flashdesk.store import NotAStoreError, StoreError, open_store
from flashdesk.store.backup import backup_store
from tests.old_stores import old_store
from tests.store.processes import run_cli


@pytest.mark.parametrize("name", ["x?y.sqlite3", "shop#1.sqlite3", "50%off.sqlite3",
                                  "a%3Fb.sqlite3", "店 铺?#%.sqlite3"])
def test_odd_file_names_open_that_file(tmp_path, name):
    path = tmp_path / name
    store = open_store(path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO store_info(key, value) VALUES ('here', ?)", (name,))
    backup = backup_store(store.path, "manual")
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [name]
    assert sqlite3.connect(backup).execute(
        "SELECT value FROM store_info WHERE key='here'").fetchone() == (name,)
    reopened = open_store(path)
    assert reopened.path == path
    reopened.close()


def test_odd_name_of_an_old_store_upgrades_that_store(tmp_path):
    path = old_store(tmp_path, "0001_foundation").rename(tmp_path / "old#2?.sqlite3")
    result = run_cli("campaigns", "--store", path)
    assert result.returncode == 0, result.stderr
    assert "旧活动" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["old#2?.sqlite3"]


@pytest.mark.parametrize("command", [["campaigns"], ["tasks", "1"], ["channels", "1"],
                                     ["export", "1", "-o", "x.xlsx"]])
def test_read_commands_do_not_create_a_store_at_a_mistyped_path(tmp_path, command):
    typo = tmp_path / "typo" / "dir" / "s"
    result = run_cli(*command, "--store", typo)
    assert result.returncode == 2
    assert "no store at" in result.stderr.lower() and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "typo").exists()


def test_new_still_creates_its_store(tmp_path):
    path = tmp_path / "fresh" / "s.sqlite3"
    result = run_cli("new", "--name", "n", "--product", "p", "--launch", "2026-06-18T20:00",
                     "--store", path)
    assert result.returncode == 0, result.stderr
    assert path.is_file()


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        open_store(fifo)
    result = run_cli("campaigns", "--store", fifo, timeout=30)
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_foreign_sqlite_file_stays_byte_identical(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes(x)")
    con.execute("INSERT INTO notes VALUES ('mine')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAStoreError, match="not a FlashDesk store"):
        open_store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]
