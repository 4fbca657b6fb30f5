"""Reading a current SQLite store with the standard library alone, for the command line's
listing commands: importing SQLAlchemy, SQLModel and pydantic takes longer than such a
command is allowed to take in all (docs/PERFORMANCE.md).

The reader is only a shortcut. It takes a store only when nothing about it needs the full
opening path (store/engine.py `open_store`): a plain file that starts like an SQLite
database, not left open by a crash or another process (no WAL frames: the full path checks
those stores first), whose alembic_version rows equal the migration heads. Anything else —
a URL (PostgreSQL), a missing or odd file, a store to upgrade or written by a newer
FlashDesk, an SQLite error while reading (locked, damaged) — makes `read_plain` return None,
and the caller takes the full path, which says what is wrong in today's words.

Rows come back as namespaces whose attributes are the table's columns, converted by the
column's declared type as SQLAlchemy converts them (DATETIME, DATE, TIME, BOOLEAN, FLOAT),
so the code that prints ORM rows prints these the same."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar
from urllib.parse import quote

from flashdesk.store.heads import known_heads

T = TypeVar("T")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0

_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "DATETIME": datetime.fromisoformat,
    "DATE": date.fromisoformat,
    "TIME": time.fromisoformat,
    "BOOLEAN": bool,
    "FLOAT": float,
}


class Reader:
    """A read-only connection to a current store."""

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection
        self._types: dict[str, dict[str, Callable[[Any], Any]]] = {}

    def _converters(self, table: str) -> dict[str, Callable[[Any], Any]]:
        if table not in self._types:
            columns = self.connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            self._types[table] = {name: _CONVERTERS[kind.upper()] for _, name, kind, *_ in columns
                                  if kind.upper() in _CONVERTERS}
        return self._types[table]

    def select(self, table: str, sql: str = "", params: Sequence | dict = ()) -> list[SimpleNamespace]:
        """`SELECT * FROM table <sql>` (sql: WHERE … ORDER BY …) as rows with typed attributes."""
        converters = self._converters(table)
        cursor = self.connection.execute(f'SELECT * FROM "{table}" AS {table} {sql}', params)
        names = [column[0] for column in cursor.description]
        rows = []
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            for name, convert in converters.items():
                if row[name] is not None:
                    row[name] = convert(row[name])
            rows.append(SimpleNamespace(**row))
        return rows

    def value(self, sql: str, params: Sequence | dict = ()) -> Any:
        """The first column of the first row (None when there is none)."""
        row = self.connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        self.connection.close()


def _left_open(path: Path) -> bool:
    """WAL frames left behind: the store was not closed cleanly (see engine.unclean_shutdown)."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def open_reader(location: str) -> Reader | None:
    """A reader for the store at `location`, or None when the full path must open it."""
    if "://" in location:
        return None
    try:
        path = Path(location).expanduser().resolve()
        if not path.is_file() or _left_open(path):
            return None
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error):
        return None
    try:
        revisions = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        connection.close()
        return None
    if revisions != known_heads():
        connection.close()
        return None
    return Reader(connection)


def read_plain(location: str, read: Callable[[Reader], T]) -> T | None:
    """read(reader) over the store at `location`; None when the store needs the full path
    (see the module's text), or when SQLite fails while reading: then the full path reads
    again and reports what is wrong. `read` collects everything before anything is printed,
    so a fallback never prints twice."""
    reader = open_reader(location)
    if reader is None:
        return None
    try:
        return read(reader)
    except sqlite3.Error:
        return None
    finally:
        reader.close()

