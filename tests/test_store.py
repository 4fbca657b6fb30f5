import sqlite3

import pytest

from flashdesk.store import CorruptStoreError, NewerStoreError, NotAStoreError, StoreError, open_store
from flashdesk.store.backup import list_backups, restore_latest
from flashdesk.store.migrations import script_heads, store_revisions


@pytest.mark.sqlite_only
def test_pragmas_on_every_connection(store):
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_new_store_is_at_every_head(store):
    assert store_revisions(store) == script_heads()


def test_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_not_a_store_is_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"hello, not a database\n" * 10)
    with pytest.raises(NotAStoreError, match="not a FlashDesk store"):
        open_store(path)
    assert path.read_bytes() == b"hello, not a database\n" * 10


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(NotAStoreError, match="not a FlashDesk store"):
        open_store(path)


@pytest.mark.sqlite_only
def test_corrupt_store_is_refused_and_restorable(tmp_path, store):
    path = store.path
    from flashdesk.store.backup import backup_store

    backup_store(path, "manual")
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with pytest.raises(CorruptStoreError):
        open_store(path)
    used = restore_latest(path)
    assert used in list_backups(path)
    assert list(tmp_path.glob("store.sqlite3.damaged-*")), "the damaged file is kept"
    open_store(path).close()


def test_newer_store_is_refused_naming_the_version(tmp_path, store):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future' "
                             "WHERE version_num = (SELECT min(version_num) FROM alembic_version)")
        conn.exec_driver_sql("UPDATE store_info SET value='9.0.0' WHERE key='app_version'")
    store.close()
    with pytest.raises(NewerStoreError, match="newer FlashDesk \\(9.0.0"):
        open_store(store.path or store.url)


def test_store_under_a_file_is_refused(tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        open_store(blocker / "sub" / "store.sqlite3")
    assert blocker.read_text() == "x"


def _damage_last_page(path) -> None:
    """Clobber a leaf page of the copy library: nothing read while opening lives there."""
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    page = con.execute("SELECT pageno FROM dbstat WHERE name = 'copy' AND pagetype = 'leaf' "
                       "ORDER BY pageno DESC LIMIT 1").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size:page * size] = b"\xff" * size
    path.write_bytes(bytes(data))


def _crash_while_writing(path) -> None:
    """A real process that writes to the store and dies without closing it."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA journal_mode=WAL')\n"
        "con.execute(\"INSERT OR REPLACE INTO store_info(key, value) VALUES ('crash', 'x')\"); con.commit()\n"
        "os._exit(0)\n"), str(path)], check=True)


@pytest.mark.sqlite_only
def test_integrity_check_runs_only_after_an_unclean_shutdown(store):
    path = store.path
    store.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "a clean close leaves no WAL frames"
    _damage_last_page(path)
    open_store(path).close()  # clean shutdown: no whole-file read, the open stays cheap
    _crash_while_writing(path)
    assert wal.stat().st_size > 0
    with pytest.raises(CorruptStoreError, match="is damaged"):
        open_store(path)


@pytest.mark.sqlite_only
def test_a_crash_on_a_healthy_store_opens_fine(store):
    from flashdesk.campaigns.service import list_campaigns

    path = store.path
    store.close()
    _crash_while_writing(path)
    reopened = open_store(path)
    assert [c.name for c in list_campaigns(reopened)] == []
    reopened.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
