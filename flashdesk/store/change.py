"""One user action's effect on the store, recorded as row images so the core can undo and
redo it and every screen can tell whether it cares.

The flow (the GUI side lives in gui/undo.py and gui/context.py):

1. A service opens `store.edit()` instead of `store.session()`. The session it yields
   carries a `Recorder`: SQLAlchemy events note the first image ("before") of every row the
   transaction inserts, updates or deletes — ORM flushes and ORM-enabled bulk statements
   (`session.execute(update(Task), rows)`, `delete(Post).where(...)`) alike — and, for a
   delete, the rows the database itself will remove or null through ON DELETE CASCADE /
   SET NULL (invisible to the ORM).
2. When the block ends the recorder reads the touched rows once more ("after") and the
   transaction commits. The service returns `edit.change`: a `Change`.
3. `change.apply(store, undo=True)` writes the before images back in one transaction with
   Core statements in foreign-key-safe order; `undo=False` writes the after images (redo).
   Undo stays quick for big edits: one executemany per table and kind of write.

A Change also says which tables and ids it touched (`tables`, `ids(table)`), which campaign
it belongs to (derived from the rows' campaign ids) and carries the action's `result` (for
instance a new row's id) for the caller."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    event,
    insert,
    inspect,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql.elements import TextClause

from flashdesk.store.tables import load_tables

if TYPE_CHECKING:
    from flashdesk.store.engine import Store

Key = tuple
Image = Mapping[str, Any]
_RECORDER = "flashdesk.change.recorder"
_CHUNK = 500  # keys per IN (...) so a 10,000-row edit stays within SQLite's variable limit
_WRITES = re.compile(r"\s*(insert|update|delete|replace)\b", re.IGNORECASE)


class RecordingError(RuntimeError):
    """A write the recorder cannot see (raw SQL, a Core insert without its ids): a
    programming error, refused before it could make a Change incomplete."""


@dataclass(frozen=True, slots=True)
class RowImage:
    """One row an action wrote: `before` None = it inserted the row, `after` None = it
    deleted it."""

    table: str
    key: Key
    before: Image | None
    after: Image | None


@dataclass
class Change:
    """What one user action did to the store, enough to undo and redo it."""

    rows: tuple[RowImage, ...] = ()
    campaign_id: int | None = None
    label: str = ""
    result: Any = None
    # team mode: the activity id of the write that applied it last (see store/team.py), and
    # for another operator's Change arriving through the store, who made it
    seq: int | None = None
    by: str = ""
    _ids: dict[str, set] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(row.table for row in self.rows)

    def ids(self, table: str) -> set:
        """Primary keys touched in `table` (plain values for one-column keys)."""
        if not self._ids:
            for row in self.rows:
                self._ids.setdefault(row.table, set()).add(row.key[0] if len(row.key) == 1 else row.key)
        return self._ids.get(table, set())

    def touches(self, tables: Iterable[str]) -> bool:
        return not self.tables.isdisjoint(tables)

    def labelled(self, label: str) -> Change:
        return replace(self, label=label)

    def then(self, later: Change) -> Change:
        """This change followed by `later`, as one (an undo step merging a typing burst)."""
        merged = {(row.table, row.key): row for row in self.rows}
        for row in later.rows:
            first = merged.get((row.table, row.key))
            merged[(row.table, row.key)] = row if first is None else RowImage(
                row.table, row.key, first.before, row.after)
        rows = tuple(row for row in merged.values() if row.before != row.after)
        seqs = [seq for seq in (self.seq, later.seq) if seq is not None]
        return Change(rows, self.campaign_id if self.campaign_id is not None else later.campaign_id,
                      self.label, later.result, seq=min(seqs) if seqs else None)

    def apply(self, store: Store, *, undo: bool) -> None:
        """Write the before images (undo) or the after images (redo) in one transaction —
        unless another operator wrote its rows since (store/team.py: Conflict)."""
        store.team.apply(self, undo=undo)


def _table(name: str) -> Table:
    # a table written in this process is loaded already: loading every capability's tables
    # for it would build ~20 table classes that planning a campaign never touches
    from sqlmodel import SQLModel

    table = SQLModel.metadata.tables.get(name)
    return table if table is not None else load_tables().tables[name]


def _order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(load_tables().sorted_tables)}


def _key_columns(table: Table) -> list:
    return list(table.primary_key.columns)


def _key_clause(table: Table, keys: list[Key]):
    columns = _key_columns(table)
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(keys)


def write_images(connection, rows: Iterable[RowImage], *, undo: bool) -> None:
    """Bring each row to its before (undo) or after image: inserts parents first, then
    updates, then deletes children first, so no foreign key is ever left dangling."""
    order = _order()
    inserts: dict[str, list] = {}
    updates: dict[str, list] = {}
    deletes: dict[str, list] = {}
    for row in rows:
        current, target = (row.after, row.before) if undo else (row.before, row.after)
        if current is None and target is not None:
            inserts.setdefault(row.table, []).append(dict(target))
        elif target is None and current is not None:
            deletes.setdefault(row.table, []).append(row.key)
        elif target is not None:
            updates.setdefault(row.table, []).append((row.key, target))
    for name in sorted(inserts, key=order.__getitem__):
        connection.execute(insert(_table(name)), inserts[name])
    for name, items in updates.items():
        table = _table(name)
        columns = _key_columns(table)
        where = [column == bindparam(f"key_{column.key}") for column in columns]
        values = {key: bindparam(key) for key in items[0][1]}
        params = [{**target, **{f"key_{c.key}": v for c, v in zip(columns, key)}}
                  for key, target in items]
        connection.execute(update(table).where(*where).values(values), params)
    for name in sorted(deletes, key=order.__getitem__, reverse=True):
        table, keys = _table(name), deletes[name]
        for start in range(0, len(keys), _CHUNK):
            connection.execute(delete(table).where(_key_clause(table, keys[start:start + _CHUNK])))


def _on_delete_links() -> dict[str, list]:
    """parent table → (child table, foreign key) for keys the database follows on delete."""
    links: dict[str, list] = {}
    for table in load_tables().tables.values():
        for fk in table.foreign_keys:
            if (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                links.setdefault(fk.column.table.name, []).append((table, fk))
    return links


def read_rows(connection, table: Table, keys: list[Key]) -> dict[Key, dict]:
    """The current images of the rows of `table` with these keys (missing ones left out)."""
    columns = list(table.c)
    positions = [columns.index(c) for c in _key_columns(table)]
    found = {}
    for start in range(0, len(keys), _CHUNK):
        query = select(*columns).where(_key_clause(table, keys[start:start + _CHUNK]))
        for values in connection.execute(query):
            found[tuple(values[i] for i in positions)] = {c.key: v for c, v in zip(columns, values)}
    return found


class Recorder:
    """The first image of every row a transaction touches, in the order it touched them."""

    def __init__(self) -> None:
        self.before: dict[str, dict[Key, Image | None]] = {}
        # after images the writer handed over (store/bulk.py), so finish() need not read
        # those rows back; any later write to such a row drops its image here
        self.known: dict[str, dict[Key, Image]] = {}
        self._links: dict[str, list] | None = None  # on the first delete: it loads every table

    def _read(self, connection, table: Table, keys: list[Key]) -> dict[Key, dict]:
        return read_rows(connection, table, keys)

    def existing(self, connection, table: Table, keys: Iterable[Key]) -> None:
        """Note rows about to be updated or deleted (those not noted yet)."""
        seen = self.before.setdefault(table.name, {})
        keys = list(dict.fromkeys(keys))
        known = self.known.get(table.name)
        if known:
            for key in keys:
                known.pop(key, None)
        fresh = [key for key in keys if key not in seen]
        if fresh:
            seen.update(self._read(connection, table, fresh))

    def inserted(self, table: Table, keys: Iterable[Key]) -> None:
        seen = self.before.setdefault(table.name, {})
        for key in keys:
            seen.setdefault(key, None)

    def written(self, table: Table, images: dict[Key, Image]) -> None:
        """The rows' images as the writer just left them (noted before, as inserted or
        through existing()): finish() takes these instead of reading the rows back."""
        self.known.setdefault(table.name, {}).update(images)

    def matching(self, connection, table: Table, where, *, deleting: bool) -> None:
        """Note the rows a criteria UPDATE/DELETE will touch (and, for a delete, those the
        database cascades to)."""
        positions = _key_columns(table)
        query = select(*positions)
        if where is not None:
            query = query.where(where)
        keys = [tuple(values) for values in connection.execute(query)]
        self.existing(connection, table, keys)
        if deleting:
            self.cascade(connection, table, keys)

    def cascade(self, connection, table: Table, keys: list[Key]) -> None:
        """Note the rows ON DELETE CASCADE / SET NULL will change when `keys` go."""
        if not keys:
            return
        if self._links is None:
            self._links = _on_delete_links()
        if table.name not in self._links:
            return
        images = [self.before[table.name].get(key) for key in keys]
        for child, fk in self._links[table.name]:
            values = [image[fk.column.key] for image in images if image]
            if not values:
                continue
            child_keys = []
            for start in range(0, len(values), _CHUNK):
                query = select(*_key_columns(child)).where(
                    fk.parent.in_(values[start:start + _CHUNK]))
                child_keys += [tuple(r) for r in connection.execute(query)]
            self.existing(connection, child, child_keys)
            if fk.ondelete.upper() == "CASCADE":
                self.cascade(connection, child, child_keys)

    def finish(self, connection, campaign_id: int | None, result: Any) -> Change:
        rows = []
        for name, images in self.before.items():
            if not images:
                continue
            known = self.known.get(name, {})
            unknown = [key for key in images if key not in known]
            after = self._read(connection, _table(name), unknown) if unknown else {}
            after.update(known)
            rows += [RowImage(name, key, before, after.get(key))
                     for key, before in images.items() if before != after.get(key)]
        if campaign_id is None:
            campaign_id = _campaign_of(rows)
        return Change(tuple(rows), campaign_id, "", result)


def _campaign_of(rows: list[RowImage]) -> int | None:
    """The one campaign the rows belong to, if there is exactly one."""
    found = set()
    for row in rows:
        image = row.after or row.before
        if row.table == "campaign":
            found.add(row.key[0])
        elif image.get("campaign_id") is not None:
            found.add(image["campaign_id"])
    return found.pop() if len(found) == 1 else None


@dataclass
class Edit:
    """The handle `Store.edit()` yields: the session to write with, and what to report."""

    session: Session
    campaign_id: int | None = None
    result: Any = None
    change: Change | None = None


@contextmanager
def recording(store: Store, campaign_id: int | None = None, *,
              immediate: bool = False) -> Iterator[Edit]:
    """One transaction whose writes become `edit.change` when the block ends. The Change is
    stamped in the same transaction (store/team.py); an edit over a row someone else changed
    unseen is rolled back and settled: the operator's choice, or the Conflict raised."""
    from flashdesk.store.team import Conflict

    team = store.team
    team.refuse_if_read_only()
    made = edit = None
    try:
        with store.session(immediate=immediate) as session:
            recorder = Recorder()
            session.info[_RECORDER] = recorder
            edit = Edit(session, campaign_id)
            try:
                yield edit
                session.flush()
                made = recorder.finish(session.connection(), edit.campaign_id, edit.result)
                team.commit(session.connection(), made)
                edit.change = made
            finally:
                session.info.pop(_RECORDER, None)
    except Conflict as conflict:
        if made is None or conflict.change is not made:
            raise
        edit.change = team.settle(conflict)


def session_recorder(session: Session) -> Recorder | None:
    """The recorder of an edit's session (None outside store.edit())."""
    return session.info.get(_RECORDER)


def _recorder(session: Session) -> Recorder | None:
    return session.info.get(_RECORDER)


def _states_by_table(states) -> dict[Table, list[Key]]:
    grouped: dict[Table, list[Key]] = {}
    for state in states:
        if state.key is not None:
            grouped.setdefault(state.mapper.local_table, []).append(state.identity)
    return grouped


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    recorder = _recorder(session)
    if recorder is None:
        return
    connection = session.connection()
    for table, keys in _states_by_table(inspect(o) for o in session.dirty).items():
        recorder.existing(connection, table, keys)
    for table, keys in _states_by_table(inspect(o) for o in session.deleted).items():
        recorder.existing(connection, table, keys)
        recorder.cascade(connection, table, keys)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    recorder = _recorder(session)
    if recorder is None:
        return
    for obj in session.new:
        mapper = inspect(obj).mapper
        recorder.inserted(mapper.local_table, [tuple(mapper.primary_key_from_instance(obj))])


@event.listens_for(Session, "do_orm_execute")
def _orm_execute(state: ORMExecuteState):
    recorder = _recorder(state.session)
    if recorder is None or state.is_select:
        return None
    statement = state.statement
    if isinstance(statement, TextClause):
        if _WRITES.match(statement.text):
            raise RecordingError("Raw SQL writes bypass the change recorder; use Core or ORM "
                                 "statements inside store.edit().")
        return None
    if not (state.is_update or state.is_delete or state.is_insert):
        return None
    table = _table(statement.table.name)
    columns = [c.key for c in _key_columns(table)]
    params = state.parameters
    rows = params if isinstance(params, list) else None
    with_keys = rows and all(all(c in r for c in columns) for r in rows)
    connection = state.session.connection()
    if state.is_insert:
        if with_keys:
            recorder.inserted(table, [tuple(r[c] for c in columns) for r in rows])
            return None
        if rows:
            raise RecordingError(f"A bulk insert into {table.name} must name its ids so the "
                                 "change recorder can undo it.")
        result = state.invoke_statement()
        recorder.inserted(table, [tuple(result.inserted_primary_key)])
        return result
    if with_keys:
        keys = [tuple(r[c] for c in columns) for r in rows]
        recorder.existing(connection, table, keys)
        if state.is_delete:
            recorder.cascade(connection, table, keys)
        return None
    recorder.matching(connection, table, statement.whereclause, deleting=state.is_delete)
    return None
