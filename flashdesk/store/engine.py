"""Opening a store: SQLite file (default) or any SQLAlchemy URL, with the pragmas, the
sanity checks and the migrations applied before anything else touches it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from flashdesk.errors import UserError
from flashdesk.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(UserError):
    """A store that cannot be used; the message says what is wrong and what to do."""


class NotAStoreError(StoreError):
    pass


class CorruptStoreError(StoreError):
    """The file is damaged; the GUI offers to open another store or restore a backup."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


class NewerStoreError(StoreError):
    pass


def _is_url(location: str) -> bool:
    return "://" in location


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Store:
    """An opened, migrated store. `session()` is one transaction: all or nothing."""

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def checkpoint(self) -> None:
        """Copy the WAL into the store file and truncate it: after a big write, so the disk
        does not hold the data twice until the store is closed."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def edit(self, campaign_id: int | None = None):
        """A transaction like `session()` that records its writes: the block gets an `Edit`
        (`.session`, set `.result`), and `.change` holds the Change once the block ends."""
        from flashdesk.store.change import recording

        return recording(self, campaign_id)

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(translate("Store", "{path} is a folder, not a store file. Choose or name "
                                   "a file, for example flashdesk.sqlite3 inside it.").format(path=path))
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(translate("Store", "{path} cannot be read and written by you. Fix its "
                                       "permissions or open another store.").format(path=path))
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise NotAStoreError(translate("Store", "{path} is not a FlashDesk store (not an SQLite "
                                           "database). It was left untouched; open another store "
                                           "or create a new one.").format(path=path))
        return
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(translate("Store", "Cannot create the folder {folder}: {reason}. Choose a "
                                   "store location you can write to.").format(
                                       folder=parent, reason=exc.strerror)) from None
    if not os.access(parent, os.W_OK):
        raise StoreError(translate("Store", "The folder {folder} is not writable. Choose a store "
                                   "location you can write to.").format(folder=parent))


def _damaged(path: Path, detail: str) -> str:
    return translate("Store", "{path} is damaged ({detail}). It was left untouched; open another "
                     "store or restore the latest backup.").format(path=path, detail=detail)


def unclean_shutdown(path: Path) -> bool:
    """Whether the store was left open: SQLite deletes the WAL file when the last connection
    closes cleanly, so a WAL file found before opening means a crash, a killed process or
    another process using the store now (then the check below is merely redundant)."""
    return Path(f"{path}-wal").exists()


def check_integrity(path: Path) -> None:
    """PRAGMA quick_check: reads the whole file (~2.6 ms per MB), so it runs only after an
    unclean shutdown and before an upgrade, not on every open."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptStoreError(_damaged(path, str(exc)), path) from None
    if not result or result[0] != "ok":
        raise CorruptStoreError(_damaged(path, result[0] if result else "?"), path)


def make_engine(location: str | Path) -> tuple[Engine, Path | None]:
    location = str(location)
    if _is_url(location):
        engine = create_engine(location)
        path = Path(engine.url.database) if engine.url.get_backend_name() == "sqlite" and \
            engine.url.database not in (None, "", ":memory:") else None
    else:
        path = Path(location).expanduser().resolve()
        _check_sqlite_file(path)
        if unclean_shutdown(path):
            check_integrity(path)
        engine = create_engine(f"sqlite:///{path}")
    if engine.url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine, path


def open_store(location: str | Path, *, migrate: bool = True) -> Store:
    """Open (and create if missing) the store at a path or SQLAlchemy URL, bring its schema
    up to date (taking a backup first) and return it."""
    from flashdesk.store import migrations
    from flashdesk.store.tables import load_tables

    load_tables()
    engine, path = make_engine(location)
    store = Store(engine, path)
    try:
        migrations.check_and_upgrade(store, apply=migrate)
    except DatabaseError:
        store.close()
        if path is not None:
            check_integrity(path)  # damage SQLite tripped over: say so, with the way out
        raise
    except BaseException:
        store.close()
        raise
    return store
