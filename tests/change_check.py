"""Undo/redo round trips for any action: dump every table row-for-row before and after."""

from __future__ import annotations

from sqlalchemy import select

from flashdesk.store.change import Change
from flashdesk.store.tables import load_tables


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, so two dumps compare row-for-row."""
    with store.session() as session:
        connection = session.connection()
        return {name: sorted((tuple(r) for r in connection.execute(select(table))), key=repr)
                for name, table in load_tables().tables.items()}


def assert_round_trip(store, action) -> Change:
    """Run `action` (returning a Change), undo it, redo it: the store matches the state
    before, then after, exactly."""
    before = dump(store)
    change = action()
    assert isinstance(change, Change) and not change.empty
    after = dump(store)
    assert after != before
    change.apply(store, undo=True)
    assert dump(store) == before
    change.apply(store, undo=False)
    assert dump(store) == after
    return change
