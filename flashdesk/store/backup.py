"""Backups of a SQLite store with SQLite's online backup API, kept beside the store in
backups/, and restoring the latest one without destroying the damaged file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path


def backup_dir(store_path: Path) -> Path:
    return store_path.parent / "backups"


def backup_store(store_path: Path, reason: str) -> Path:
    folder = backup_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{store_path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
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


def restore_latest(store_path: Path) -> Path:
    """Put the newest backup in place of the store; the damaged file is renamed, not
    deleted. Returns the backup used."""
    backups = list_backups(store_path)
    if not backups:
        raise FileNotFoundError(f"No backup of {store_path.name} exists in {backup_dir(store_path)}.")
    latest = backups[-1]
    if store_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        store_path.rename(store_path.with_name(f"{store_path.name}.damaged-{stamp}"))
    for suffix in ("-wal", "-shm"):
        side = store_path.with_name(store_path.name + suffix)
        if side.exists():
            side.rename(side.with_name(f"{side.name}.damaged"))
    shutil.copy2(latest, store_path)
    return latest
