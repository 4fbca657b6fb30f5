"""Copying a whole store to another engine: a local SQLite file to the team's PostgreSQL
server and back (`flashdesk store copy SRC DST`).

The destination must be new: a file that does not exist yet (or is empty), or a database
holding no tables. Its schema is made by the migrations and every row of every table is
copied, ids and links as they were, in one transaction: a failure leaves the destination
as empty as it was (a file the copy created is removed again). On PostgreSQL the tables'
sequences are then set past the largest copied id, so the next row gets a fresh one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from flashdesk.i18n import translate
from flashdesk.store.engine import Store, is_postgres, make_engine, open_store
from flashdesk.store.errors import EmptyDatabaseError, StoreError, classify

CHUNK = 2000


@dataclass
class CopySummary:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables():
    from flashdesk.store.tables import load_tables

    return load_tables().sorted_tables  # parents before children: foreign keys hold throughout


def _is_file(location: str) -> bool:
    return "://" not in location or location.startswith("sqlite:")


def _same(a: str, b: str) -> bool:
    if "://" not in a and "://" not in b:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    return a == b


def _open_source(location: str) -> Store:
    """The source as it is (brought up to date first, like any store FlashDesk opens); a
    database without a FlashDesk store is refused, never set up."""
    from flashdesk.store import migrations

    nothing = translate("Store", "{store} holds no FlashDesk store: there is nothing to copy. Check "
                        "the source of the copy.")
    try:
        source = open_store(location, migrate=False, create=False)
    except EmptyDatabaseError:
        raise StoreError(nothing.format(store=location)) from None
    try:
        if migrations.store_revisions(source) is None:
            raise StoreError(nothing.format(store=source.display_name))
        migrations.check_and_upgrade(source)
    except BaseException:
        source.close()
        raise
    return source


def _refuse_if_not_empty(target: Store) -> None:
    with target.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if tables:
        raise StoreError(translate(
            "Store", "{store} is not empty (it holds {count} tables): a copy only goes into a "
            "new store. Give a file name that does not exist yet, or an empty database "
            "(createdb, or DROP and CREATE DATABASE on the server).").format(
                store=target.display_name, count=len(tables)))


def _reset_sequences(conn, tables) -> None:
    for table in tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement in (True, "auto"):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))


def _copy_rows(source: Store, conn, summary: CopySummary, progress: Callable[[str, int], None] | None) -> None:
    tables = _tables()
    for table in reversed(tables):  # what the migrations seeded (the copy library) goes
        conn.execute(table.delete())
    with source.engine.connect() as reader:
        for table in tables:
            count = 0
            result = reader.execution_options(stream_results=True, yield_per=CHUNK).execute(
                select(table).order_by(*table.primary_key.columns))
            for chunk in result.partitions(CHUNK):
                rows = [dict(row._mapping) for row in chunk]
                try:
                    conn.execute(table.insert(), rows)
                except DBAPIError as exc:
                    if classify(exc, summary.target) is not None:
                        raise
                    raise StoreError(translate(
                        "Store", "A row of {table} does not fit into {store}: {reason}. Nothing was "
                        "copied; fix that row in the source (or report it) and copy again.").format(
                            table=table.name, store=summary.target,
                            reason=str(exc.orig).splitlines()[0])) from None
                count += len(rows)
            summary.rows[table.name] = count
            if progress is not None:
                progress(table.name, count)
    if is_postgres(conn.engine):
        _reset_sequences(conn, tables)


def copy_store(source_location: str, target_location: str, *,
               progress: Callable[[str, int], None] | None = None) -> CopySummary:
    """Copy every row of the store at `source_location` into a new store at
    `target_location` (a path or URL); returns what was copied."""
    from flashdesk.store import migrations

    source_location, target_location = str(source_location), str(target_location)
    if _same(source_location, target_location):
        raise StoreError(translate("Store", "The source and the destination are the same store; "
                                   "give another destination."))
    source = _open_source(source_location)
    try:
        summary = CopySummary(source.display_name, target_location)
        existed = None
        if not _is_file(target_location):
            engine, path = make_engine(target_location)
        else:
            plain = Path(target_location).expanduser() if "://" not in target_location else None
            existed = plain is None or plain.exists()
            engine, path = make_engine(target_location, create=True)
        target = Store(engine, path)
        summary.target = target.display_name
        try:
            _refuse_if_not_empty(target)
            with target.immediate().begin() as conn:
                migrations.upgrade_in(conn)
                _copy_rows(source, conn, summary, progress)
        except BaseException as exc:
            target.close()
            if existed is False and path is not None:  # the file this copy made goes again
                for suffix in ("", "-wal", "-shm"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
            if isinstance(exc, IntegrityError):
                raise StoreError(translate(
                    "Store", "The copy into {store} stopped: {reason}. Nothing was copied.").format(
                        store=summary.target, reason=str(exc.orig).splitlines()[0])) from None
            if isinstance(exc, DBAPIError):
                raise classify(exc, summary.target) or StoreError(translate(
                    "Store", "The copy into {store} stopped: {reason}. Nothing was copied.").format(
                        store=summary.target, reason=str(exc.orig).splitlines()[0])) from None
            raise
        target.close()
    finally:
        source.close()
    return summary
