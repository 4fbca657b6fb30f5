"""Recording review numbers. Every call is one transaction; bad rows raise RecordError and
leave the store unchanged. A save returns a Change (rows removed, rows written) so the
GUI can undo and redo it exactly.

A day recorded twice is never silently resolved: without `on_duplicate` the save raises
DuplicateRecordsError, and the caller asks the operator whether the new numbers ("new") or
the recorded ones ("recorded") win, then saves again with that choice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlmodel import Session

from flashdesk.campaigns.service import Campaign, CampaignError, live_campaign
from flashdesk.copies.service import Copy
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import KeyDates, key_dates
from flashdesk.review.records import KINDS, Kind, Source, key_text, parse_row
from flashdesk.store import Store

NEW, RECORDED = "new", "recorded"


class DuplicateRecordsError(UserError):
    """Rows whose key (e.g. day + group) is already recorded or appears twice in the input.
    `keys` lists them as text."""

    def __init__(self, kind: Kind, keys: list[str], where: str):
        sample = "; ".join(keys[:3]) + (" …" if len(keys) > 3 else "")
        count = len(keys)  # lupdate reads a plain name as the count
        super().__init__(translate("ReviewService", "{where}: %n row(s) recorded twice "
                                   "({sample}). Choose whether the new numbers or the recorded "
                                   "ones win.", "", count).format(where=where, sample=sample))
        self.kind, self.keys = kind, keys


@dataclass
class Change:
    """What a save did to one kind of records: `removed` rows (with their old values) and
    `written` rows. Undo deletes the written rows and puts the removed ones back."""

    kind: str
    removed: list[dict[str, Any]] = field(default_factory=list)
    written: list[dict[str, Any]] = field(default_factory=list)
    library: dict[int, tuple[int | None, int]] = field(default_factory=dict)
    # copy library participants this change set: copy id → (before, after)

    def __bool__(self) -> bool:
        return bool(self.removed or self.written or self.library)


def _campaign(session: Session, campaign_id: int) -> Campaign:
    return live_campaign(session, campaign_id, CampaignError)


def _columns(kind: Kind) -> list[str]:
    return [c.key for c in kind.columns]


def _query(kind: Kind, campaign_id: int, links: bool = True):
    """The rows of one kind with their link ids. A review copy row linked to the copy library
    shows the library's participants when it has some: the copies tab may have changed them
    since (the two are kept in step; the library is where both tabs meet)."""
    table = kind.table.__table__
    columns = [table.c[k] for k in _columns(kind) + list(kind.links if links else ())]
    query = select(*columns)
    if "copy_id" in kind.links:
        library = Copy.__table__.c
        columns = [func.coalesce(library.participants, c).label(c.key)
                   if c.key == "participants" else c for c in columns]
        query = select(*columns).outerjoin(
            Copy, (library.id == table.c.copy_id) & library.deleted.is_(False))
    return query.where(table.c.campaign_id == campaign_id)


def _existing(session: Session, kind: Kind, campaign_id: int) -> dict[tuple, dict[str, Any]]:
    query = _query(kind, campaign_id)
    keys = _columns(kind) + list(kind.links)
    result = {}
    for values in session.execute(query):
        row = dict(zip(keys, values))
        result[kind.key_of(row)] = row
    return result


def records(store: Store, campaign_id: int, kind_name: str) -> list[dict[str, Any]]:
    """The recorded rows of one kind, sorted by their key."""
    kind = KINDS[kind_name]
    with store.session() as session:
        rows = list(_existing(session, kind, campaign_id).values())
    return sorted(rows, key=lambda r: tuple(_sortable(r[k]) for k in kind.key))


def _sortable(value: Any) -> tuple:
    return (value is None, value if value is not None else 0)


def parse_rows(kind: Kind, raw_rows: Iterable[Mapping[str, Any]], dates: KeyDates,
               source: Source) -> list[tuple[int, dict[str, Any]]]:
    """(row number, checked values) for every non-blank row; the first bad value raises."""
    parsed = []
    for offset, raw in enumerate(raw_rows):
        row = source.first_row + offset
        values = parse_row(kind, raw, dates, source, row)
        if values is not None:
            parsed.append((row, values))
    return parsed


def _write(session: Session, kind: Kind, campaign_id: int, rows: list[tuple[int, dict]],
           on_duplicate: str | None, replacing: Sequence[tuple] = (), where: str = "") -> Change:
    """Write checked rows inside the caller's transaction. `replacing`: keys of rows being
    edited, removed first (an edit that changes a row's day is not a duplicate of itself)."""
    existing = _existing(session, kind, campaign_id)
    change = Change(kind.name)
    for key in replacing:
        if key in existing:
            change.removed.append(existing.pop(key))
    incoming: dict[tuple, dict[str, Any]] = {}
    twice: list[str] = []
    for _, values in rows:
        key = kind.key_of(values)
        if key in incoming or key in existing:
            twice.append(key_text(kind, values))
            if on_duplicate == RECORDED:
                continue
        incoming[key] = values
    if twice and on_duplicate not in (NEW, RECORDED):
        raise DuplicateRecordsError(kind, twice, where or _where(kind))
    if on_duplicate == RECORDED:
        incoming = {key: values for key, values in incoming.items() if key not in existing}
    overwritten = [existing[key] for key in incoming if key in existing]
    edited = change.removed[0] if len(change.removed) == 1 and len(incoming) == 1 else {}
    change.removed.extend(overwritten)
    for key, values in incoming.items():  # an edit or overwrite keeps the row's links
        before = existing.get(key, edited)
        for link in kind.links:
            values.setdefault(link, before.get(link))
    _delete(session, kind, campaign_id, [kind.key_of(r) for r in change.removed])
    change.written = list(incoming.values())
    _insert(session, kind, campaign_id, change.written)
    _sync_library(session, change)
    return change


def _sync_library(session: Session, change: Change) -> None:
    """Linked review copy rows hand their participants to the library copy (undoable: the
    library's previous values are kept in the change)."""
    targets = {row["copy_id"]: row["participants"] for row in change.written
               if row.get("copy_id") is not None}
    library = Copy.__table__.c
    for copy_id, participants in targets.items():
        before = session.execute(select(library.participants).where(
            library.id == copy_id)).scalar_one_or_none()
        if before != participants:
            change.library[copy_id] = (before, participants)
    _set_library(session, {i: after for i, (_, after) in change.library.items()})


def _set_library(session: Session, values: Mapping[int, int | None]) -> None:
    for copy_id, participants in values.items():
        session.execute(update(Copy.__table__).where(Copy.__table__.c.id == copy_id)
                        .values(participants=participants))


def _delete(session: Session, kind: Kind, campaign_id: int, keys: list[tuple]) -> None:
    if not keys:
        return
    table = kind.table.__table__
    columns = tuple_(*[table.c[k] for k in kind.key])
    for start in range(0, len(keys), 400):  # SQLite allows some hundreds of bound values
        session.execute(delete(table).where(table.c.campaign_id == campaign_id,
                                            columns.in_(keys[start:start + 400])))


def _insert(session: Session, kind: Kind, campaign_id: int, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(kind.table.__table__),
                        [{"campaign_id": campaign_id, **row} for row in rows])


def save_records(store: Store, campaign_id: int, kind_name: str,
                 raw_rows: Iterable[Mapping[str, Any]], *, source: Source | None = None,
                 on_duplicate: str | None = None, replacing: Sequence[tuple] = ()) -> Change:
    """Check and write rows of one kind (typed, pasted or imported); all or nothing."""
    kind = KINDS[kind_name]
    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        dates = key_dates(campaign)
        source = source or Source(_where(kind))
        rows = parse_rows(kind, raw_rows, dates, source)
        return _write(session, kind, campaign_id, rows, on_duplicate, replacing, source.where)


def save_many(store: Store, campaign_id: int,
              batches: Mapping[str, list[tuple[int, dict[str, Any]]]],
              on_duplicate: str | None = None) -> list[Change]:
    """Write already checked rows of several kinds in one transaction (a workbook import)."""
    with store.session() as session:
        _campaign(session, campaign_id)
        return [_write(session, KINDS[name], campaign_id, rows, on_duplicate,
                       where=KINDS[name].sheet) for name, rows in batches.items()]


def _where(kind: Kind) -> str:
    from flashdesk.review.records import kind_title

    return kind_title(kind.name)


def delete_records(store: Store, campaign_id: int, kind_name: str,
                   keys: Sequence[tuple]) -> Change:
    kind = KINDS[kind_name]
    with store.session() as session:
        _campaign(session, campaign_id)
        existing = _existing(session, kind, campaign_id)
        change = Change(kind.name, removed=[existing[k] for k in keys if k in existing])
        _delete(session, kind, campaign_id, [kind.key_of(r) for r in change.removed])
        return change


def undo_changes(store: Store, campaign_id: int, changes: Sequence[Change]) -> None:
    """Put back what the changes removed and take away what they wrote."""
    with store.session() as session:
        for change in changes:
            kind = KINDS[change.kind]
            _delete(session, kind, campaign_id, [kind.key_of(r) for r in change.written])
            _insert(session, kind, campaign_id, change.removed)
            _set_library(session, {i: before for i, (before, _) in change.library.items()})


def redo_changes(store: Store, campaign_id: int, changes: Sequence[Change]) -> None:
    with store.session() as session:
        for change in changes:
            kind = KINDS[change.kind]
            _delete(session, kind, campaign_id, [kind.key_of(r) for r in change.removed])
            _insert(session, kind, campaign_id, change.written)
            _set_library(session, {i: after for i, (_, after) in change.library.items()})


def iter_records(store: Store, campaign_id: int, kind_name: str, batch: int = 5000):
    """Rows of one kind as tuples in column order, sorted by key, streamed in batches (the
    workbook writes 100,000 daily rows without holding them all). Read through the driver:
    SQLAlchemy's per-row date parsing would cost more than the rest of the read; the few
    distinct days are parsed once each."""
    kind = KINDS[kind_name]
    table = kind.table.__table__
    query = _query(kind, campaign_id, links=False).order_by(*[table.c[k] for k in kind.key])
    days = [i for i, c in enumerate(kind.columns) if c.type in ("day", "optday")]
    parsed: dict[Any, Any] = {None: None}
    with store.engine.connect() as conn:
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        if conn.dialect.name != "sqlite":  # other engines hand back dates already
            yield from (tuple(row) for row in conn.execute(query))
            return
        cursor = conn.connection.driver_connection.execute(str(compiled))
        while rows := cursor.fetchmany(batch):
            for row in rows:
                row = list(row)
                for i in days:
                    value = row[i]
                    if value not in parsed:
                        parsed[value] = date.fromisoformat(value)
                    row[i] = parsed[value]
                yield row
