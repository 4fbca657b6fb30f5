"""Many rows in one statement each, for imports of 100,000 rows and more: one compiled
INSERT (or UPDATE by primary key) run as a DBAPI executemany, each value converted by its
column's own bind processor (so dates and times are stored exactly as the ORM stores them),
and the rows handed to the edit's change recorder as they are written — the Change gets
their after images without reading 300,000 rows back.

Inside `store.edit()` only; the rows of one call all name the same columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from flashdesk.store.change import session_recorder
from flashdesk.store.ids import new_ids

CHUNK = 20_000  # rows per executemany: bounded memory for the converted parameters


def _statement_rows(session: Session, statement, fields: list[tuple[str, str, Any]],
                    rows: Sequence[dict]) -> None:
    """Run `statement` for every row; `fields` are (bind name, row key, column)."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    names = [name for name, _key, _column in fields]
    processors = [_processor(column, dialect, [row[key] for row in rows[:50]])
                  for _name, key, column in fields]
    order = list(compiled.positiontup) if compiled.positional else None
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        values = {}  # column by column: a processor runs over a list, not a row at a time
        for (name, key, _column), process in zip(fields, processors):
            column = [row[key] for row in chunk]
            if process is not None:
                column = [None if value is None else process(value) for value in column]
            values[name] = column
        if order is not None:
            params: list[Any] = list(zip(*(values[name] for name in order)))
        else:
            params = [dict(zip(names, row)) for row in zip(*(values[name] for name in names))]
        connection.exec_driver_sql(sql, params)


def _iso_time(value):
    return value.isoformat(" ", "microseconds")


def _iso_day(value):
    return value.isoformat()


def _processor(column, dialect, samples: list):
    """The column's bind processor; for dates and times one that gives the same text faster
    (SQLite's formats its text field by field), when the samples show it does."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    samples = [value for value in samples if value is not None]
    if process is None or not samples:
        return process
    for fast, kind in ((_iso_time, datetime), (_iso_day, date)):
        if all(type(value) is kind for value in samples) and all(
                fast(value) == process(value) for value in samples):
            return lambda value, fast=fast, kind=kind, slow=process: (
                fast(value) if type(value) is kind else slow(value))
    return process


def _keys(table: Table, rows: Sequence[dict]) -> list[tuple]:
    names = [column.key for column in table.primary_key.columns]
    if len(names) == 1:
        name = names[0]
        return [(row[name],) for row in rows]
    return [tuple(row[name] for name in names) for row in rows]


def insert_rows(session: Session, table: Table, rows: Sequence[dict]) -> None:
    """Insert `rows` (each naming its primary key); columns a row leaves out take their
    scalar default (or NULL), keys that name no column are left out."""
    if not rows:
        return
    recorder = session_recorder(session)
    names = [column.key for column in table.c]
    # rows planned from the playbook may each leave out other optional columns, or carry a
    # key the table has no column for (the ORM's constructors ignored it): the Change must
    # not record it either
    if all(len(row) == len(names) for row in rows) and all(name in rows[0] for name in names):
        full = list(rows)
    else:
        defaults = {}
        for column in table.c:
            default = column.default
            defaults[column.key] = default.arg if default is not None and default.is_scalar else None
        full = [dict(defaults, **row) for row in rows]
        if max(map(len, full)) > len(names):
            full = [{name: row[name] for name in names} for row in full]
    session.flush()
    statement = insert(table).values({name: bindparam(name) for name in names})
    _statement_rows(session, statement, [(name, name, table.c[name]) for name in names], full)
    if recorder is not None:
        images = dict(zip(_keys(table, full), full))
        recorder.inserted(table, images)
        recorder.written(table, images)


def insert_new(session: Session, table: Table, rows: Sequence[dict]) -> list[int]:
    """Insert `rows`, which name no id, under the next ids of `table` (store/ids.py), as
    insert_rows does; their ids in order."""
    # on SQLite the ids follow max(id): a pending ORM row of the table must be in it, even
    # where the session does not autoflush
    session.flush()
    ids = new_ids(session, table, len(rows))
    insert_rows(session, table, [dict(row, id=new) for new, row in zip(ids, rows)])
    return ids


def update_rows(session: Session, table: Table, rows: Sequence[dict]) -> None:
    """Update rows by primary key: each row names its key and the new values (the same
    columns in every row)."""
    if not rows:
        return
    recorder = session_recorder(session)
    keys = [column.key for column in table.primary_key.columns]
    changed = [name for name in rows[0] if name not in keys]
    if not changed:
        return
    session.flush()
    connection = session.connection()
    known = {}
    if recorder is not None:
        keys_of = _keys(table, rows)
        inserted = recorder.known.get(table.name, {})
        known = {key: inserted[key] for key in keys_of if key in inserted}
        seen = recorder.before.get(table.name, {})
        earlier = {key for key in keys_of if key in seen}  # their current image may differ
        recorder.existing(connection, table, keys_of)
    statement = (update(table)
                 .where(*[table.c[k] == bindparam(f"key_{k}") for k in keys])
                 .values({name: bindparam(f"new_{name}") for name in changed}))
    fields = [(f"key_{k}", k, table.c[k]) for k in keys]
    fields += [(f"new_{name}", name, table.c[name]) for name in changed]
    _statement_rows(session, statement, fields, rows)
    if recorder is not None:
        before = recorder.before[table.name]
        images = {}
        for key, row in zip(keys_of, rows):
            image = known.get(key) or (None if key in earlier else before.get(key))
            if image is None:  # written earlier in this edit, image unknown: read at the end
                continue
            images[key] = {**image, **{name: row[name] for name in changed}}
        recorder.written(table, images)
