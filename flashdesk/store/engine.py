"""Opening a store: SQLite file (default) or any SQLAlchemy URL, with the pragmas, the
sanity checks and the migrations applied before anything else touches it."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from flashdesk.i18n import translate
from flashdesk.store.errors import (  # noqa: F401  (the store's errors, importable from here too)
    CorruptStoreError,
    EmptyDatabaseError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreOfflineError,
    classify,
    damaged,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 8


def _is_url(location: str) -> bool:
    return "://" in location


def engine_url(location: str) -> URL:
    """The SQLAlchemy URL for a store URL: postgresql:// (and postgres://, as libpq spells
    it too) means the psycopg driver, the one FlashDesk ships."""
    from sqlalchemy.engine import make_url

    url = make_url(location)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # pysqlite would run DDL outside any transaction: BEGIN is ours (see _begin), so a
    # migration is all or nothing
    dbapi_connection.isolation_level = None


def _begin(conn) -> None:
    """BEGIN, or BEGIN IMMEDIATE (the write lock first) for an engine made with
    execution_options(begin="IMMEDIATE")."""
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('begin', '')}".strip())


def read_only_uri(path: Path) -> str:
    """A file: URI for `path` whatever characters its name holds (?, # and % included)."""
    return f"file:{quote(str(path))}?mode=ro"


class Store:
    """An opened, migrated store. `session()` is one transaction: all or nothing."""

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """What `open_store` takes to open this store again: its file, or its URL (without
        the password: libpq finds that in ~/.pgpass)."""
        if self.path:
            return str(self.path)
        url = self.engine.url
        return url.set(drivername=url.get_backend_name(), password=None).render_as_string(hide_password=False)

    @property
    def display_name(self) -> str:
        return self.location

    def immediate(self) -> Engine:
        """The engine whose transactions take the write lock at BEGIN: for work that reads
        and then writes (new ids, upgrades) while other processes may write too."""
        if self.engine.url.get_backend_name() != "sqlite":
            return self.engine
        return self.engine.execution_options(begin="IMMEDIATE")

    @cached_property
    def _autocommit(self) -> Engine:
        return self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def session(self, *, immediate: bool = False, one_read: bool = False) -> Iterator[Session]:
        """`one_read`: the block runs one reading statement, which on a server is then its
        own transaction, without BEGIN and COMMIT (two round trips fewer); SQLite ignores it."""
        bind = self.immediate() if immediate else self.engine
        if one_read and self.engine.dialect.name != "sqlite":
            bind = self._autocommit
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                try:
                    session.rollback()
                except DBAPIError:  # the connection is gone with the server: nothing to undo
                    pass
                gone = self._gone(exc)
                if gone is None:
                    raise
                raise gone from exc

    def _gone(self, exc: BaseException) -> StoreError | None:
        """A server store that cannot be reached, as the operator's error (None otherwise)."""
        from sqlalchemy.exc import InterfaceError, OperationalError

        if self.engine.dialect.name == "sqlite" or not isinstance(exc, (OperationalError, InterfaceError)):
            return None
        reason = (str(exc.orig) if exc.orig is not None else str(exc)).strip().splitlines()
        return StoreOfflineError(translate(
            "Store", "The store {store} cannot be reached ({reason}). Nothing was saved; what you "
            "typed is still there: try again once the status bar no longer says the store is "
            "gone.").format(store=self.display_name, reason=reason[0] if reason else "?"))

    def checkpoint(self) -> None:
        """Copy the WAL into the store file and truncate it: after a big write, so the disk
        does not hold the data twice until the store is closed."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def edit(self, campaign_id: int | None = None, *, immediate: bool = True):
        """A transaction like `session()` that records its writes: the block gets an `Edit`
        (`.session`, set `.result`), and `.change` holds the Change once the block ends.
        On SQLite it takes the write lock at BEGIN: with other app processes on the file (team
        mode), a deferred transaction that read before another's commit could not write at all
        (SQLite fails it at once, busy timeout or not); waiting for the lock first can."""
        from flashdesk.store.change import recording

        return recording(self, campaign_id, immediate=immediate)

    @cached_property
    def team(self):
        """This process's part in team mode: stamps, conflicts, others' changes (team.py)."""
        from flashdesk.store.team import Team

        return Team(self)

    def close(self) -> None:
        if "team" in self.__dict__:
            self.team.close()
        self.engine.dispose()


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(translate("Store", "{path} is a folder, not a store file. Choose or name "
                                   "a file, for example flashdesk.sqlite3 inside it.").format(path=path))
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or device would hang or mislead
            raise StoreError(translate("Store", "{path} is not a regular file (a pipe or a device); "
                                       "choose a store file.").format(path=path))
        if not os.access(path, os.R_OK):  # readable only: opened read-only (store/team.py)
            raise StoreError(translate("Store", "{path} cannot be read by you. Fix its "
                                       "permissions or open another store.").format(path=path))
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise NotAStoreError(_not_ours(path))
        return
    if not create:
        raise StoreError(translate("Store", "There is no store at {path}. Check the path; "
                                   "`flashdesk new --store PATH` creates one.").format(path=path))
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


def _not_ours(path: Path) -> str:
    return translate("Store", "{path} is not a FlashDesk store (not an SQLite database). It was "
                     "left untouched; open another store or create a new one.").format(path=path)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _cannot_open(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    return classify(exc, path) or StoreError(translate(
        "Store", "{path} cannot be opened ({detail}). It was left untouched.").format(
            path=path, detail=exc))


def _inspect_existing(path: Path) -> None:
    """Read-only look before the engine writes anything (it switches the journal to WAL):
    a foreign database stays byte-identical, and a store that is locked, read-only or on a
    full disk is told apart from a damaged one. Cheap: the schema only."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = _read_only(path)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _cannot_open(exc, path) from None
    if tables and "alembic_version" not in tables:
        raise NotAStoreError(translate(
            "Store", "{store} is a database, but not a FlashDesk store. It was left "
            "untouched; open another store or create a new one.").format(store=path))


def unclean_shutdown(path: Path) -> bool:
    """Whether the store was left open: SQLite deletes the WAL file when the last connection
    closes cleanly, so a WAL file holding frames found before opening means a crash, a killed
    process or another process using the store now (then the check below is merely
    redundant). An empty WAL (a read-only look leaves one) holds nothing to doubt."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def check_integrity(path: Path) -> None:
    """PRAGMA quick_check: reads the whole file (~2.6 ms per MB), so it runs only after an
    unclean shutdown and before an upgrade, not on every open."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = _read_only(path)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _cannot_open(exc, path) from None
    if not result or result[0] != "ok":
        raise CorruptStoreError(damaged(path, result[0] if result else "?"), path)


def make_engine(location: str | Path, *, create: bool = True) -> tuple[Engine, Path | None]:
    location = str(location)
    if _is_url(location):
        url = engine_url(location)
        connect_args = {}
        if url.get_backend_name() == "postgresql":
            # a server that is away answers nothing: say so after seconds, not minutes; and no
            # JIT compiling: it costs tens of milliseconds on the app's short queries (a search
            # keystroke whose estimate looks large), more than they take without it. No parallel
            # workers either, for the same reason: starting them cost a search keystroke's count
            # ~9 ms of its ~18 (100,000 copies), more than they saved. Set once, when the
            # connection starts, not per statement. What the URL's own query says
            # (?connect_timeout=…, ?options=…) wins.
            defaults = {"connect_timeout": CONNECT_TIMEOUT_S,
                        "options": "-c jit=off -c max_parallel_workers_per_gather=0"}
            connect_args = {k: v for k, v in defaults.items() if k not in url.query}
        engine = create_engine(url, connect_args=connect_args)
        path = Path(engine.url.database) if engine.url.get_backend_name() == "sqlite" and \
            engine.url.database not in (None, "", ":memory:") else None
    else:
        path = Path(location).expanduser().resolve()
        _check_sqlite_file(path, create)
        unclean = unclean_shutdown(path)  # before the look below, which may leave a -wal
        _inspect_existing(path)
        if unclean:
            check_integrity(path)
        # URL.create: the path is never parsed, so ? and # in a file name stay in it
        engine = create_engine(URL.create("sqlite", database=str(path)))
    if engine.url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine, path


def open_store(location: str | Path, *, migrate: bool = True, create: bool = True) -> Store:
    """Open the store at a path or SQLAlchemy URL (creating a missing file, or setting up an
    empty database, only with create=True), bring its schema up to date (taking a backup
    first) and return it."""
    from flashdesk.store import migrations

    if location is None:  # str(None) would quietly make a store file named "None"
        raise TypeError("open_store needs a path or a URL, not None")
    # the tables load with the capabilities that use them (store/tables.py), not here
    engine, path = make_engine(location, create=create)
    if migrate and not _is_url(str(location)) and not path.exists():
        from flashdesk.store.template import create_from_template

        create_from_template(path)  # as the migrations would make it, without running them
    store = Store(engine, path)
    try:
        if path is None and not create and migrations.store_revisions(store) is None:
            raise EmptyDatabaseError(translate(
                "Store", "{store} is an empty database, not a FlashDesk store yet. `flashdesk new "
                "--store {store}` or File → Connect to team store… sets one up there.").format(
                    store=store.display_name))
        migrations.check_and_upgrade(store, apply=migrate)
    except DBAPIError as exc:
        store.close()
        if path is not None:
            check_integrity(path)  # damage SQLite tripped over: say so, with the way out
        raise classify(exc, store.display_name) or StoreError(translate(
            "Store", "{store} could not be opened or brought up to date ({reason}). It was left "
            "as it was; open another store, or keep this file and report the problem.").format(
                store=store.display_name, reason=str(exc.orig).splitlines()[0])) from exc
    except BaseException:
        store.close()
        raise
    return store
