"""A healthy store that cannot be used right now (locked by another program, in a read-only
folder, on a full disk) is told apart from a damaged one: its own plain message, no restore
offered, the file untouched."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from flashdesk.store import (
    CorruptStoreError,
    StoreError,
    StoreInUseError,
    StoreReadOnlyError,
    open_store,
)
from flashdesk.store.backup import backup_store, list_backups, restore_latest
from tests.old_stores import old_store
from tests.store.processes import count, integrity, locked_by_another_program, run_cli


@pytest.fixture
def made(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO store_info(key, value) VALUES ('note', 'kept')")
    store.close()
    return path


def test_store_locked_by_another_program_is_in_use_not_damaged(made):
    backup_store(made, "manual")
    before = made.read_bytes()
    with locked_by_another_program(made):
        with pytest.raises(StoreInUseError, match="in use by another program") as caught:
            open_store(made)
        assert not isinstance(caught.value, CorruptStoreError)
        with pytest.raises(StoreInUseError):  # and a restore cannot be forced over it
            restore_latest(made)
    assert made.read_bytes() == before
    assert not list(made.parent.glob("*.damaged-*"))
    open_store(made).close()


def test_cli_on_a_locked_store_is_one_line_exit_2(made):
    with locked_by_another_program(made):
        result = run_cli("campaigns", "--store", made)
    assert result.returncode == 2, result.stderr
    assert "in use" in result.stderr and "damaged" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def read_only_folder(made):
    """The store's folder refuses new files (SQLite's -wal and -shm); the file itself is
    writable. As root, permissions do not stop anything: the folder is made immutable."""
    folder = made.parent
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or \
                subprocess.run(["chattr", "+i", folder], capture_output=True, check=False).returncode:
            pytest.skip("cannot make a read-only folder here")
        yield made
        subprocess.run(["chattr", "-i", folder], check=True)
    else:
        folder.chmod(0o555)
        yield made
        folder.chmod(0o755)


def test_store_in_a_read_only_folder_says_read_only(read_only_folder):
    before = read_only_folder.read_bytes()
    with pytest.raises(StoreReadOnlyError, match="read-only"):
        open_store(read_only_folder)
    result = run_cli("campaigns", "--store", read_only_folder)
    assert result.returncode == 2 and "read-only" in result.stderr
    assert "damaged" not in result.stderr
    assert read_only_folder.read_bytes() == before


def test_full_disk_during_an_upgrade_says_disk_full_and_keeps_the_old_store(tmp_path):
    path = old_store(tmp_path, "0001_foundation")
    before = path.read_bytes()
    # the upgrade's writes (backup, WAL) cross the file-size limit the way a full disk stops them
    result = run_cli("campaigns", "--store", path, fsize=len(before) + 4096)
    assert result.returncode == 2, result.stderr
    assert "disk is full" in result.stderr and "damaged" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert integrity(path) == "ok" and count(path, "campaign") == 1
    store = open_store(path)  # with room again, the upgrade runs
    assert count(path, "campaign") == 1
    store.close()


def test_restore_moves_wal_and_shm_with_the_renamed_store(made):
    backup_store(made, "manual")
    wal, shm = (made.with_name(made.name + side) for side in ("-wal", "-shm"))
    wal.write_bytes(b"wal of the damaged file")
    shm.write_bytes(b"shm")
    made.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(CorruptStoreError):
        open_store(made)
    restore_latest(made)
    kept = [p for p in made.parent.iterdir() if ".damaged-" in p.name]
    main = [p for p in kept if p.name.endswith(tuple("0123456789"))]
    assert len(main) == 1, kept
    assert Path(f"{main[0]}-wal").read_bytes() == b"wal of the damaged file"
    assert Path(f"{main[0]}-shm").exists()
    assert not wal.exists() and not shm.exists()
    store = open_store(made)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM store_info WHERE key='note'").scalar() == "kept"
    store.close()
    assert list_backups(made)


def test_other_errors_are_store_errors(tmp_path):
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        open_store(fifo)
