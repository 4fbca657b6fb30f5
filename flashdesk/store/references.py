"""Rows that point at other rows through a foreign key, whichever capability owns them. They
are found through the loaded metadata, so a capability learns who links its rows (before it
deletes some, to put the links back on undo) without importing the capabilities above it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from flashdesk.store.tables import load_tables


@dataclass(frozen=True)
class Reference:
    """Row `key` of `table` points at `value` through `column`."""

    table: str
    key: int
    column: str
    value: int


def _referring_columns(target: str):
    """(table, column) for every single-column integer key pointing at `target`.id."""
    metadata = load_tables()
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == target and fk.column.name == "id" \
                    and len(table.primary_key.columns) == 1:
                yield table, fk.parent


def referring(session: Session, target: str, ids: Iterable[int]) -> tuple[Reference, ...]:
    """Every row pointing at one of the `target` rows `ids`."""
    ids = sorted(set(ids))
    if not ids:
        return ()
    found = []
    for table, column in _referring_columns(target):
        [key] = table.primary_key.columns
        found += [Reference(table.name, row_key, column.name, value) for row_key, value in
                  session.execute(select(key, column).where(column.in_(ids)))]
    return tuple(found)


def count_referring(session: Session, target: str, target_id: int) -> dict[str, int]:
    """How many rows of each table point at one `target` row (tables with none left out)."""
    counts = {}
    for table, column in _referring_columns(target):
        n = session.execute(select(func.count()).select_from(table).where(column == target_id)).scalar_one()
        if n:
            counts[table.name] = n
    return counts


def restore(session: Session, references: Iterable[Reference]) -> None:
    """Point the rows (those still there) back at what they pointed at."""
    session.flush()
    metadata = load_tables()
    for ref in references:
        table = metadata.tables[ref.table]
        [key] = table.primary_key.columns
        session.execute(update(table).where(key == ref.key).values({ref.column: ref.value}))
