"""Recording review numbers. Every save is one transaction (`store.edit()`) returning its
`Change`; bad rows raise RecordError and leave the store unchanged.

A day recorded twice is never silently resolved: without `on_duplicate` the save raises
DuplicateRecordsError, and the caller asks the operator whether the new numbers ("new") or
the recorded ones ("recorded") win, then saves again with that choice."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlmodel import Session

from flashdesk.campaigns.service import Campaign, CampaignError, live_campaign
from flashdesk.copies.service import Copy
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import KeyDates, key_dates
from flashdesk.review.records import KINDS, Kind, RecordError, Source, key_text, parse_row
from flashdesk.store import Store
from flashdesk.store.change import Change
from flashdesk.store.ids import new_ids

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
           on_duplicate: str | None, replacing: Sequence[tuple] = (), where: str = "") -> None:
    """Write checked rows inside the caller's transaction. `replacing`: keys of rows being
    edited, removed first (an edit that changes a row's day is not a duplicate of itself)."""
    existing = _existing(session, kind, campaign_id)
    removed = []
    for key in replacing:
        if key in existing:
            removed.append(existing.pop(key))
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
    edited = removed[0] if len(removed) == 1 and len(incoming) == 1 else {}
    removed.extend(overwritten)
    for key, values in incoming.items():  # an edit or overwrite keeps the row's links
        before = existing.get(key, edited)
        for link in kind.links:
            values.setdefault(link, before.get(link))
    _rewrite(session, kind, campaign_id, [kind.key_of(r) for r in removed], incoming,
             kind.key_of(edited) if edited else None)


def _rewrite(session: Session, kind: Kind, campaign_id: int, removed: list[tuple],
             incoming: dict[tuple, dict[str, Any]], edited: tuple | None = None) -> None:
    """Remove the rows keyed `removed` and write `incoming`. A row written over a removed
    one of the same key, or the one row an edit re-keys (`edited`), keeps its id and is
    updated in place, so undoing never brings back a row while another holds its key."""
    ids = _ids(session, kind, campaign_id)
    reuse = {key: ids[key] for key in incoming if key in removed and key in ids}
    fresh = [key for key in incoming if key not in reuse]
    if edited in ids and edited not in reuse and len(fresh) == 1:
        reuse[fresh.pop()] = ids[edited]
    kept = set(reuse.values())
    _delete(session, kind, campaign_id, [key for key in removed if ids.get(key) not in kept])
    if reuse:
        session.execute(update(kind.table), [dict(incoming[key], id=i) for key, i in reuse.items()])
    _insert(session, kind, campaign_id, [incoming[key] for key in fresh])
    _sync_library(session, list(incoming.values()))


def _ids(session: Session, kind: Kind, campaign_id: int) -> dict[tuple, int]:
    """Row id by key, for the campaign's rows of one kind."""
    table = kind.table.__table__
    query = select(table.c.id, *[table.c[k] for k in kind.key]).where(table.c.campaign_id == campaign_id)
    return {tuple(row[1:]): row[0] for row in session.execute(query)}


def _sync_library(session: Session, written: list[dict[str, Any]]) -> None:
    """Linked review copy rows hand their participants to the library copy, in the same
    transaction (so the same undo step takes them back)."""
    library = Copy.__table__.c
    for row in written:
        if row.get("copy_id") is not None:
            session.execute(update(Copy.__table__).where(
                library.id == row["copy_id"], library.participants.is_distinct_from(row["participants"]))
                .values(participants=row["participants"]))


def _delete(session: Session, kind: Kind, campaign_id: int, keys: list[tuple]) -> None:
    if not keys:
        return
    table = kind.table.__table__
    columns = tuple_(*[table.c[k] for k in kind.key])
    for start in range(0, len(keys), 400):  # SQLite allows some hundreds of bound values
        session.execute(delete(table).where(table.c.campaign_id == campaign_id,
                                            columns.in_(keys[start:start + 400])))


def _insert(session: Session, kind: Kind, campaign_id: int, rows: list[dict[str, Any]]) -> None:
    """Insert with the ids named (the next free ones), so the Change knows the new rows."""
    if rows:
        table = kind.table.__table__
        ids = new_ids(session, table, len(rows))
        session.execute(insert(table), [{"campaign_id": campaign_id, **row, "id": ids[i]}
                                        for i, row in enumerate(rows)])


def save_records(store: Store, campaign_id: int, kind_name: str,
                 raw_rows: Iterable[Mapping[str, Any]], *, source: Source | None = None,
                 on_duplicate: str | None = None, replacing: Sequence[tuple] = ()) -> Change:
    """Check and write rows of one kind (typed, pasted or imported); all or nothing."""
    with store.edit(campaign_id) as edit:
        write_records(edit.session, campaign_id, kind_name, raw_rows, source=source,
                      on_duplicate=on_duplicate, replacing=replacing)
    return edit.change


def write_records(session: Session, campaign_id: int, kind_name: str,
                  raw_rows: Iterable[Mapping[str, Any]], *, source: Source | None = None,
                  on_duplicate: str | None = None, replacing: Sequence[tuple] = ()) -> None:
    """save_records inside the caller's transaction."""
    kind = KINDS[kind_name]
    dates = key_dates(_campaign(session, campaign_id))
    source = source or Source(_where(kind))
    rows = parse_rows(kind, raw_rows, dates, source)
    _write(session, kind, campaign_id, rows, on_duplicate, replacing, source.where)


def save_many(store: Store, campaign_id: int,
              batches: Mapping[str, list[tuple[int, dict[str, Any]]]],
              on_duplicate: str | None = None) -> Change:
    """Write already checked rows of several kinds in one transaction (a workbook import)."""
    with store.edit(campaign_id) as edit:
        _campaign(edit.session, campaign_id)
        for name, rows in batches.items():
            _write(edit.session, KINDS[name], campaign_id, rows, on_duplicate, where=KINDS[name].sheet)
    return edit.change


def _where(kind: Kind) -> str:
    from flashdesk.review.records import kind_title

    return kind_title(kind.name)


def delete_records(store: Store, campaign_id: int, kind_name: str,
                   keys: Sequence[tuple]) -> Change:
    kind = KINDS[kind_name]
    with store.edit(campaign_id) as edit:
        _campaign(edit.session, campaign_id)
        existing = _existing(edit.session, kind, campaign_id)
        _delete(edit.session, kind, campaign_id, [key for key in keys if key in existing])
    return edit.change


def iter_records(store: Store, campaign_id: int, kind_name: str, batch: int = 5000, *, ids: bool = False):
    """Rows of one kind as lists in column order (then the row's id when `ids`), sorted by
    key, streamed in batches (the workbook writes 100,000 daily rows without holding them all). Read through the driver:
    SQLAlchemy's per-row date parsing would cost more than the rest of the read; the few
    distinct days are parsed once each."""
    kind = KINDS[kind_name]
    table = kind.table.__table__
    query = _query(kind, campaign_id, links=False)
    if ids:
        query = query.add_columns(table.c.id)
    query = query.order_by(*[table.c[k] for k in kind.key])
    days = [i for i, c in enumerate(kind.columns) if c.type in ("day", "optday")]
    parsed: dict[Any, Any] = {None: None}
    with store.engine.connect() as conn:
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        if conn.dialect.name != "sqlite":  # other engines hand back dates already
            yield from (list(row) for row in conn.execute(query))
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


def read_back(session: Session, campaign_id: int, kind_name: str, updates: dict[int, dict[str, Any]],
              additions: list[dict[str, Any]]) -> None:
    """Write a team workbook's rows of one kind inside the caller's edit: `updates` by row
    id set only the columns given (by key), the rest kept as recorded; `additions` are
    whole rows. Every row is checked again as typed rows are (active members within the
    members, days within the campaign); a changed key (another day) moves the row."""
    kind = KINDS[kind_name]
    dates = key_dates(_campaign(session, campaign_id))
    table = kind.table.__table__
    source = Source(kind.sheet)
    rows, replacing = [], []
    if updates:
        columns = [table.c.id, *[table.c[k] for k in _columns(kind)]]
        found = {row[0]: dict(zip(_columns(kind), row[1:])) for row in session.execute(
            select(*columns).where(table.c.campaign_id == campaign_id, table.c.id.in_(list(updates))))}
        for row_id, fields in updates.items():
            if row_id not in found:
                raise RecordError(kind.sheet, 0, "", translate("ReviewService", "that row was deleted "
                                                               "meanwhile."))
            replacing.append(kind.key_of(found[row_id]))
            rows.append(parse_row(kind, {**found[row_id], **fields}, dates, source, len(rows) + 1))
    rows += [parse_row(kind, fields, dates, source, len(rows) + 1) for fields in additions]
    _write(session, kind, campaign_id, [(n, r) for n, r in enumerate(rows, start=1) if r is not None],
           NEW, replacing, kind.sheet)
