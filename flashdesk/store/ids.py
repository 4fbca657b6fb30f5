"""Ids for rows a service inserts with their ids named: a Change can then undo the insert,
and rows added together can point at each other before they are written.

SQLite: the ids after the largest one (the service's transaction holds the write lock from
its BEGIN: `store.edit(immediate=True)`, so no other process takes them meanwhile).
PostgreSQL: drawn from the table's own sequence, like any other insert there, so two
operators adding rows at once never pick the same id (the ids are rising, not always
consecutive)."""

from __future__ import annotations

from sqlalchemy import text

_BLOCK = 256  # PostgreSQL: ids drawn per round trip when they are taken one by one


def _table_name(table) -> str:
    return getattr(table, "__tablename__", None) or table.name


class NewIds:
    """An allocator for one table within one transaction: `take(n)` a list, `next()` one."""

    def __init__(self, session, table):
        self.session = session
        self.table = _table_name(table)
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self._after: int | None = None  # SQLite: the last id handed out
        self._spare: list[int] = []  # PostgreSQL: drawn, not yet handed out

    def _draw(self, count: int) -> list[int]:
        rows = self.session.execute(text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"),
            {"table": f'"{self.table}"', "count": count})
        return [row[0] for row in rows]

    def take(self, count: int) -> list[int]:
        if count <= 0:
            return []
        if self.postgres:
            if count > len(self._spare):
                self._spare += self._draw(count - len(self._spare))
            taken, self._spare = self._spare[:count], self._spare[count:]
            return taken
        if self._after is None:
            self._after = self.session.execute(text(
                f'SELECT coalesce(max(id), 0) FROM "{self.table}"')).scalar_one()
        first = self._after + 1
        self._after += count
        return list(range(first, first + count))

    def next(self) -> int:
        if self.postgres and not self._spare:
            self._spare = self._draw(_BLOCK)
        return self.take(1)[0]


def new_ids(session, table, count: int) -> list[int]:
    """`count` ids for new rows of `table` (a model class or a Table)."""
    return NewIds(session, table).take(count)
