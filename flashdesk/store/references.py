"""Rows that point at other rows through a foreign key, whichever capability owns them. They
are found through the loaded metadata, so a capability learns who links its rows (to warn
before it deletes some) without importing the capabilities above it. Undo needs no help
from here: the Change recorder (store/change.py) notes the rows a delete unlinks."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flashdesk.store.tables import load_tables


def _referring_columns(target: str):
    """(table, column) for every single-column integer key pointing at `target`.id."""
    metadata = load_tables()
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == target and fk.column.name == "id" \
                    and len(table.primary_key.columns) == 1:
                yield table, fk.parent


def count_referring(session: Session, target: str, target_id: int) -> dict[str, int]:
    """How many rows of each table point at one `target` row (tables with none left out)."""
    counts = {}
    for table, column in _referring_columns(target):
        n = session.execute(select(func.count()).select_from(table).where(column == target_id)).scalar_one()
        if n:
            counts[table.name] = n
    return counts
