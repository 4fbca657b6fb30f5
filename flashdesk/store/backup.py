"""Backups of a SQLite store with SQLite's online backup API, kept beside the store in
backups/, and restoring the latest one without destroying the damaged file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from flashdesk.store.engine import BUSY_TIMEOUT_MS, read_only_uri
from flashdesk.store.errors import StoreInUseError, classify


def backup_dir(store_path: Path) -> Path:
    return store_path.parent / "backups"


def backup_store(store_path: Path, reason: str) -> Path:
    folder = backup_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{store_path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(read_only_uri(store_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def list_backups(store_path: Path) -> list[Path]:
    folder = backup_dir(store_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{store_path.stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime)


def _refuse_if_in_use(store_path: Path) -> None:
    """A store another program holds locked is busy, not damaged: restoring over it would
    throw away what that program writes. (Read-only look: a damaged file is never written.)"""
    try:
        con = sqlite3.connect(read_only_uri(store_path), uri=True, timeout=0)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        error = classify(exc, store_path)
        if isinstance(error, StoreInUseError):
            raise error from None


def restore_latest(store_path: Path) -> Path:
    """Put the newest backup in place of the store; the damaged file is renamed, not
    deleted, together with its -wal and -shm (SQLite pairs them by name). Returns the
    backup used."""
    backups = list_backups(store_path)
    if not backups:
        raise FileNotFoundError(f"No backup of {store_path.name} exists in {backup_dir(store_path)}.")
    latest = backups[-1]
    if store_path.exists():
        _refuse_if_in_use(store_path)
    kept = store_path.with_name(f"{store_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm", ""):  # a stale -wal must never meet the restored file
        side = store_path.with_name(store_path.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    shutil.copy2(latest, store_path)
    return latest
