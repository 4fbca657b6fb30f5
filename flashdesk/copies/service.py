"""Copy operations over the store. Every function is one transaction; bad input raises
CopyError and leaves the store unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Column, Integer, MetaData, Table, bindparam, column, insert, or_, text
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, func, select

from flashdesk.campaigns.service import Campaign
from flashdesk.copies import search
from flashdesk.copies.tables import BODY_MAX, TITLE_MAX, Copy, CopyVariable
from flashdesk.copies.vocab import (
    CHANNEL_BY_KEY,
    LEVER_BY_KEY,
    STAGE_BY_KEY,
    split_levers,
)
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.store import Store
from flashdesk.store.change import Change, session_recorder
from flashdesk.store.ids import new_ids

SORTS = ("used", "results", "updated", "title")
SCOPES = ("all", "library", "campaign")
_ORDER = {
    "used": "copy.times_used DESC, copy.id DESC",
    "results": "copy.participants DESC, copy.times_used DESC, copy.id DESC",  # NULLs last
    "updated": "copy.updated_at DESC, copy.id DESC",
    "title": "copy.title, copy.id",
}
# PostgreSQL puts NULLs first when descending and sorts text by the database's locale: the
# same list as on SQLite needs NULLs last and the characters' own order
_PG_ORDER = {**_ORDER, "results": "copy.participants DESC NULLS LAST, copy.times_used DESC, copy.id DESC",
             "title": 'copy.title COLLATE "C", copy.id'}


class CopyError(UserError):
    """A copy request the store cannot take; `errors` maps field names to messages."""

    def __init__(self, message: str, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.errors = errors or {}


@dataclass
class CopyDraft:
    """The editable fields of a copy."""

    title: str = ""
    body: str = ""
    channel: str = ""
    stage: str = "survey"
    levers: tuple[str, ...] = ()
    campaign_id: int | None = None
    favourite: bool = False
    participants: int | None = None

    @classmethod
    def of(cls, copy: Copy) -> CopyDraft:
        return cls(copy.title, copy.body, copy.channel, copy.stage,
                   tuple(split_levers(copy.levers)), copy.campaign_id, copy.favourite,
                   copy.participants)

    def values(self) -> dict:
        return {"title": self.title.strip(), "body": self.body, "channel": self.channel,
                "stage": self.stage, "levers": ",".join(self.levers),
                "campaign_id": self.campaign_id, "favourite": self.favourite,
                "participants": self.participants}


def validate(draft: CopyDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not draft.title.strip():
        errors["title"] = translate("CopyService", "Give the copy a title.")
    elif len(draft.title.strip()) > TITLE_MAX:
        errors["title"] = translate(
            "CopyService", "The title is longer than {max} characters; shorten it.").format(max=TITLE_MAX)
    if len(draft.body) > BODY_MAX:
        errors["body"] = translate(
            "CopyService", "The body is {n} characters; a copy holds at most {max}.").format(
            n=len(draft.body), max=BODY_MAX)
    if draft.channel not in CHANNEL_BY_KEY:
        errors["channel"] = translate("CopyService", "Unknown channel {key!r}.").format(
            key=draft.channel)
    if draft.stage not in STAGE_BY_KEY:
        errors["stage"] = translate("CopyService", "Unknown stage {key!r}.").format(key=draft.stage)
    unknown = [lever for lever in draft.levers if lever not in LEVER_BY_KEY]
    if unknown:
        errors["levers"] = translate("CopyService", "Unknown lever {key!r}.").format(key=unknown[0])
    if draft.participants is not None and draft.participants < 0:
        errors["participants"] = translate("CopyService", "Participants cannot be negative.")
    return errors


def _invalid(errors: dict[str, str]) -> CopyError:
    return CopyError(translate("CopyService", "The copy was not saved. {problems}").format(
        problems=" ".join(errors.values())), errors)


def _load(session: Session, copy_id: int) -> Copy:
    copy = session.get(Copy, copy_id)
    if copy is None or copy.deleted:
        raise CopyError(translate("CopyService", "Copy {id} does not exist.").format(id=copy_id))
    return copy


def _check_campaign(session: Session, campaign_id: int | None) -> None:
    if campaign_id is None:
        return
    campaign = session.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted:
        raise CopyError(translate("CopyService", "Campaign {id} does not exist.").format(id=campaign_id))


def get_copy(store: Store, copy_id: int) -> Copy:
    with store.session() as session:
        return _load(session, copy_id)


def seeded_copy(store: Store, seed_key: str, campaign_id: int | None = None) -> Copy | None:
    """The copy made from a seed (resources/copies/seed.toml): the campaign's own duplicate
    when it has one, else the library's."""
    with store.session() as session:
        found = session.exec(select(Copy).where(
            Copy.seed_key == seed_key, col(Copy.deleted).is_(False),
            or_(col(Copy.campaign_id).is_(None), Copy.campaign_id == campaign_id))).all()
    return min(found, key=lambda copy: (copy.campaign_id is None, copy.id), default=None)


def add_planned_copy(session: Session, draft: CopyDraft) -> int:
    """A campaign-scoped copy written by a plan part in the planning transaction; its id.
    The playbook's copies are checked when it loads, so a bad one here is a programming
    error."""
    errors = validate(draft)
    if errors:
        raise _invalid(errors)
    copy = Copy(**draft.values())
    session.add(copy)
    session.flush()
    return copy.id


def create_copy(store: Store, draft: CopyDraft) -> Change:
    """A new copy; `change.result` is its id."""
    errors = validate(draft)
    if errors:
        raise _invalid(errors)
    with store.edit(draft.campaign_id) as edit:
        _check_campaign(edit.session, draft.campaign_id)
        copy = Copy(**draft.values())
        edit.session.add(copy)
        edit.session.flush()
        edit.result = copy.id
    return edit.change


def update_copy(store: Store, copy_id: int, draft: CopyDraft) -> Change:
    errors = validate(draft)
    if errors:
        raise _invalid(errors)
    with store.edit() as edit:
        copy = _load(edit.session, copy_id)
        _check_campaign(edit.session, draft.campaign_id)
        for key, value in draft.values().items():
            setattr(copy, key, value)
        copy.updated_at = datetime.now()
    return edit.change


def set_deleted(store: Store, copy_id: int, deleted: bool) -> Change:
    """Delete (or bring back) a copy. Soft: the posts, checklist lines and key nodes that
    link it keep the link and show the copy as deleted."""
    with store.edit() as edit:
        copy = edit.session.get(Copy, copy_id)
        if copy is None:
            raise CopyError(translate("CopyService", "Copy {id} does not exist.").format(id=copy_id))
        copy.deleted = deleted
    return edit.change


def set_favourite(store: Store, copy_id: int, favourite: bool) -> Change:
    with store.edit() as edit:
        _load(edit.session, copy_id).favourite = favourite
    return edit.change


def set_participants(store: Store, copy_id: int, participants: int | None) -> Change:
    if participants is not None and participants < 0:
        raise CopyError(translate("CopyService", "Participants cannot be negative."))
    with store.edit() as edit:
        _load(edit.session, copy_id).participants = participants
    return edit.change


def record_use(store: Store, copy_id: int) -> Change:
    """Count one use (copied to the clipboard); `change.result` is the new count."""
    with store.edit() as edit:
        edit.result = count_use(edit.session, copy_id)
    return edit.change


def count_use(session: Session, copy_id: int) -> int:
    """Count one use inside the caller's transaction (a post linking the copy); returns the
    new count (0 for a copy that is gone)."""
    copy = session.get(Copy, copy_id)
    if copy is None:
        return 0
    copy.times_used += 1
    return copy.times_used


def forget_use(store: Store, copy_id: int) -> int:
    """Take back one use (the link that counted it was undone); never below zero."""
    with store.session() as session:
        copy = session.get(Copy, copy_id)
        if copy is None:
            return 0
        copy.times_used = max(copy.times_used - 1, 0)
        return copy.times_used


def duplicate_into_campaign(store: Store, copy_id: int, campaign_id: int) -> Change:
    """A campaign-scoped copy of a copy, to adapt it without touching the library;
    `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        source = _load(session, copy_id)
        _check_campaign(session, campaign_id)
        copy = Copy(**replace(CopyDraft.of(source), campaign_id=campaign_id, favourite=False,
                              participants=None).values(), source_id=source.id)
        session.add(copy)
        session.flush()
        edit.result = copy.id
    return edit.change


def copy_campaign_copies(session: Session, source_id: int, target_id: int) -> dict[int, int]:
    """Duplicate-as-template: the target campaign gets its own copies of the source's.
    Returns old id -> new id, so the rows linking them can follow."""
    mapping: dict[int, int] = {}
    for copy in session.exec(select(Copy).where(Copy.campaign_id == source_id,
                                                col(Copy.deleted).is_(False))).all():
        twin = Copy(**replace(CopyDraft.of(copy), campaign_id=target_id,
                              participants=None).values(), source_id=copy.source_id)
        session.add(twin)
        session.flush()
        mapping[copy.id] = twin.id
    return mapping


@dataclass
class CopyQuery:
    """What the list shows. `campaign_id` is the current campaign: its copies are listed
    with the library's; other campaigns' copies never are."""

    text: str = ""
    campaign_id: int | None = None
    scope: str = "all"
    channel: str | None = None  # a channel lists its own copies and the any-channel ones
    stage: str | None = None
    lever: str | None = None
    favourites: bool = False
    sort: str = "used"
    terms: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.terms = search.parse_terms(self.text)


_SORT_INDEX = {"used": "ix_copy_used", "results": "ix_copy_results",
               "updated": "ix_copy_updated", "title": "ix_copy_title"}
COUNT_CAP = 1000
PG_SPARSE_CAP = 4000


def _filters(query: CopyQuery, sqlite: bool) -> tuple[list[str], dict]:
    # unary + keeps SQLite off the campaign index, so a sorted page walks the sort index
    # (PostgreSQL would only misjudge how many rows pass: it chooses well by itself)
    plus = "+" if sqlite else ""
    clauses, params = ["copy.deleted = FALSE"], {}
    if query.scope == "library" or query.campaign_id is None:
        clauses.append(f"{plus}copy.campaign_id IS NULL")
    elif query.scope == "campaign":
        clauses.append("copy.campaign_id = :campaign")
    else:
        clauses.append(f"({plus}copy.campaign_id IS NULL OR {plus}copy.campaign_id = :campaign)")
    if query.campaign_id is not None:
        params["campaign"] = query.campaign_id
    if query.channel is not None:
        clauses.append("(copy.channel = :channel OR copy.channel = '')")
        params["channel"] = query.channel
    if query.stage:
        clauses.append("copy.stage = :stage")
        params["stage"] = query.stage
    if query.lever:
        clauses.append("(',' || copy.levers || ',') LIKE :lever")
        params["lever"] = f"%,{query.lever},%"
    if query.favourites:
        clauses.append("copy.favourite = TRUE")
    return clauses, params


def _is_sqlite(store: Store) -> bool:
    return store.engine.dialect.name == "sqlite"


def _sql(store: Store, query: CopyQuery, *, drive_by_match: bool) -> tuple[str, dict]:
    """FROM ... WHERE ... for the query. Few matches: read them from the search index and
    sort them (drive_by_match). Many matches or no terms: walk the sort index and stop at
    the page, checking each row against the matches."""
    sqlite = _is_sqlite(store)
    clauses, params = _filters(query, sqlite)
    found = search.match(query.terms, store.engine.dialect.name)
    params.update(found.params)
    matched = " INTERSECT ".join(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH :{param}"
                                 for table, param in found.sources)
    clauses += found.narrow if drive_by_match else found.walked
    if drive_by_match and len(found.sources) == 1:
        table, param = found.sources[0]
        source = f"{table} CROSS JOIN copy ON copy.id = {table}.rowid"
        clauses.append(f"{table} MATCH :{param}")
    elif drive_by_match and found.sources:  # both indexes: intersect ids before reading rows
        source = f"({matched}) AS matched CROSS JOIN copy ON copy.id = matched.id"
    else:
        source = f"copy INDEXED BY {_SORT_INDEX[query.sort]}" if sqlite else "copy"
        if found.sources:
            clauses.append(f"copy.id IN ({matched})")
    return f"FROM {source} WHERE {' AND '.join(clauses + found.clauses)}", params


def count_copies(store: Store, query: CopyQuery, cap: int | None = None) -> int:
    """How many copies the query lists; with `cap`, counting stops past it (cap + 1 means
    "more than cap") so that a keystroke never waits for a full count."""
    with store.session() as session:
        return _count(session, store, query, cap)


def _count(session: Session, store: Store, query: CopyQuery, cap: int | None) -> int:
    body, params = _sql(store, query, drive_by_match=True)
    sql = f"SELECT count(*) FROM (SELECT 1 {body} LIMIT {int(cap) + 1}) AS capped" if cap is not None \
        else f"SELECT count(*) {body}"
    return session.execute(text(sql), params).scalar_one()


def find_copies(store: Store, query: CopyQuery, offset: int = 0, limit: int = 200,
                capped_count: int | None = None) -> list[Copy]:
    """One page of the list, sorted; the list model fetches page after page as it scrolls.
    `capped_count`: count_copies(store, query, COUNT_CAP) when the caller has it already."""
    with store.session() as session:
        page = _page(session, store, query, "copy.*", capped_count)
        if page is None:
            return []
        sql, params = page
        return list(session.scalars(select(Copy).from_statement(text(sql)),
                                    {**params, "limit": limit, "offset": offset}))


# what the copy list shows and the editor needs of a listed copy
LISTED = (Copy.id, Copy.title, Copy.body, Copy.channel, Copy.stage, Copy.levers,
          Copy.campaign_id, Copy.favourite, Copy.times_used, Copy.participants)


def list_copies(store: Store, query: CopyQuery, offset: int = 0, limit: int = 100,
                capped_count: int | None = None) -> tuple[int, list]:
    """find_copies for the list on screen, with its count capped at COUNT_CAP (counted here
    unless given): one session, and plain rows of the LISTED columns instead of Copy
    instances, whose building cost a keystroke about as much as the page query. PostgreSQL:
    one statement counts and reads the page (_list_in_one_statement)."""
    if not _is_sqlite(store):
        with store.session(one_read=True) as session:
            return _list_in_one_statement(session, store, query, offset, limit)
    with store.session() as session:
        counted, cap = capped_count, COUNT_CAP
        if counted is None:
            # counted as far as the page's plan needs, once (PostgreSQL: to PG_SPARSE_CAP)
            cap = _plan_cap(store) if query.terms else COUNT_CAP
            counted = _count(session, store, query, cap)
        page = _page(session, store, query, ", ".join(f"copy.{c.key}" for c in LISTED),
                     counted, cap)
        rows = [] if page is None else session.execute(
            text(page[0]).columns(*LISTED), {**page[1], "limit": limit, "offset": offset}).all()
        return min(counted, COUNT_CAP + 1), rows


# the columns each sort orders by (and copy.id last), LISTED or not
_SORT_KEYS = {"used": (Copy.times_used,), "results": (Copy.participants, Copy.times_used),
              "updated": (Copy.updated_at,), "title": (Copy.title,)}


def _check_sort(query: CopyQuery) -> None:
    if query.sort not in SORTS:
        raise CopyError(translate("CopyService", "Unknown sort {key!r}.").format(key=query.sort))


def _list_in_one_statement(session: Session, store: Store, query: CopyQuery, offset: int,
                           limit: int) -> tuple[int, list]:
    """PostgreSQL: the capped count and the page in one statement, so one round trip. With
    terms, the matches are read once through the gram index, at most PG_SPARSE_CAP + 1 of
    them (`matched`): their number is the count, and when they are all the matches (no more
    than PG_SPARSE_CAP) the page is sorted from them; otherwise the page walks the sort
    index, checking each row for the terms. Only the branch the count picks runs (the other
    one's condition is decided once, before it reads anything). `capped_count` is not
    needed: counting is part of reading the page."""
    _check_sort(query)
    keys = _SORT_KEYS[query.sort]
    listed = LISTED + tuple(k for k in keys if k.key not in {c.key for c in LISTED})
    columns = ", ".join(f"copy.{c.key}" for c in listed)
    order = _PG_ORDER[query.sort]
    walk, params = _sql(store, query, drive_by_match=False)

    def walked(gate: str = "") -> str:
        return f"SELECT {columns} {walk}{gate} ORDER BY {order} LIMIT :limit OFFSET :offset"

    if not query.terms:
        head = ""
        counted = f"SELECT count(*) AS total FROM (SELECT 1 {walk} LIMIT {COUNT_CAP + 1}) AS capped"
        page = walked()
    else:
        cap = max(PG_SPARSE_CAP, COUNT_CAP)  # counted at least as far as the list shows
        found, params = _sql(store, query, drive_by_match=True)
        kept = ", ".join(f"copy.{c.key}" for c in (Copy.id, *keys))
        head = f"WITH matched AS MATERIALIZED (SELECT {kept} {found} LIMIT {cap + 1}) "
        counted = "SELECT count(*) AS total FROM matched"
        sorted_ids = (f"SELECT matched.id FROM matched WHERE counted.total <= {cap} "
                      f"ORDER BY {order.replace('copy.', 'matched.')} LIMIT :limit OFFSET :offset")
        page = (f"SELECT {columns} FROM ({sorted_ids}) AS sorted JOIN copy ON copy.id = sorted.id "
                f"UNION ALL ({walked(f' AND counted.total > {cap}')})")
    sql = (f"{head}SELECT counted.total, page.* FROM ({counted}) AS counted "
           f"LEFT JOIN LATERAL ({page}) AS page ON true ORDER BY {order.replace('copy.', 'page.')}")
    rows = session.execute(text(sql).columns(column("total", Integer), *listed),
                           {**params, "limit": limit, "offset": offset}).all()
    total = rows[0].total
    return min(total, COUNT_CAP + 1), [] if rows[0].id is None else rows


def _plan_cap(store: Store) -> int:
    """Up to how many matches a page is read from the search index and sorted: beyond, the
    sort index is walked. PostgreSQL reads the matches through the gram index and sorts them
    faster than it walks the sort index past the rows that do not match, up to a few thousand
    matches (the walk passes about page / share-of-matches rows)."""
    return COUNT_CAP if _is_sqlite(store) else PG_SPARSE_CAP


def _page(session: Session, store: Store, query: CopyQuery, columns: str,
          counted: int | None, cap: int = COUNT_CAP) -> tuple[str, dict] | None:
    """The sorted page's SQL and parameters (but :limit and :offset), None when nothing
    matches. `counted`: the query's count capped at `cap`, counted here when None or when
    the plan needs it counted further."""
    _check_sort(query)
    plan_cap = _plan_cap(store)
    if query.terms and (counted is None or (counted > cap and cap < plan_cap)):
        counted = _count(session, store, query, plan_cap)
    if query.terms and counted == 0:  # nothing matches: no page to sort
        return None
    sparse = bool(query.terms) and counted <= plan_cap
    body, params = _sql(store, query, drive_by_match=sparse)
    order = (_ORDER if _is_sqlite(store) else _PG_ORDER)[query.sort]
    # the page's copies read whole by the query that sorts them: no second trip for the rows
    return f"SELECT {columns} {body} ORDER BY {order} LIMIT :limit OFFSET :offset", params


def library_size(store: Store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Copy).where(
            col(Copy.deleted).is_(False))).one()


def variable_overrides(store: Store, campaign_id: int) -> dict[str, str]:
    with store.session() as session:
        return {v.name: v.value for v in session.exec(
            select(CopyVariable).where(CopyVariable.campaign_id == campaign_id))}


def set_variables(store: Store, campaign_id: int, values: dict[str, str]) -> Change:
    """Set operator values (group_name, live_code, remaining) for a campaign; "" clears."""
    from flashdesk.copies.variables import OPERATOR_SET

    for name in values:
        if name not in OPERATOR_SET:
            raise CopyError(translate("CopyService", "{{{name}}} is filled from the campaign and "
                                      "cannot be set by hand.").format(name=name))
    with store.edit(campaign_id) as edit:
        session = edit.session
        _check_campaign(session, campaign_id)
        for name, value in values.items():
            row = session.get(CopyVariable, (campaign_id, name))
            if not value.strip():
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CopyVariable(campaign_id=campaign_id, name=name, value=value.strip()))
            else:
                row.value = value.strip()
    return edit.change


def add_imported(store: Store, rows) -> Change:
    """Add parsed import rows (flashdesk.copies.transfer.ImportRow) in one transaction;
    `change.result` is their ids. One bulk insert of plain rows: an ORM object per copy
    costs more than storing it. The WAL is checkpointed after, so a big import does not
    leave a second copy of itself beside the store."""
    now = datetime.now()
    shared = {"deleted": False, "source_id": None, "seed_key": None, "created_at": now,
              "updated_at": now}
    with store.edit(immediate=True) as edit:  # the write lock first: the next ids stay ours
        ids = new_ids(edit.session, Copy, len(rows))
        own = [{**row.draft.values(), "id": ids[n], "times_used": row.times_used}
               for n, row in enumerate(rows)]
        if own and _is_sqlite(store):
            _insert_in_one_statement(edit.session, own, shared)
        elif own:  # the ids named, so the change can undo the insert
            edit.session.execute(insert(Copy), [{**value, **shared} for value in own])
        edit.result = [value["id"] for value in own]
    store.checkpoint()
    return edit.change


def _insert_in_one_statement(session: Session, own: list[dict], shared: dict) -> None:
    """SQLite: the copies' own values staged in a temporary table, then moved into copy by
    one INSERT … SELECT with the values they all share bound once. The search indexes are
    FTS5 tables written by copy's triggers, and FTS5 writes its pending entries out as a new
    index segment whenever a statement that wrote it ends: one INSERT per copy would write
    100,000 one-copy segments and merge them over and over (twice the time of the whole
    import). The rows are handed to the edit's recorder as written, so the Change does not
    read them back."""
    table = Copy.__table__
    staged = [c for c in table.c if c.name not in shared]
    staging = Table("copy_import", MetaData(), *(Column(c.name, c.type) for c in staged),
                    prefixes=["TEMPORARY"])
    connection = session.connection()
    staging.create(connection)
    try:
        connection.execute(insert(staging), own)  # no triggers there: a plain executemany
        columns = [*staging.c, *(bindparam(name, value, type_=table.c[name].type)
                                 for name, value in shared.items())]
        connection.execute(insert(table).from_select([c.name for c in staged] + list(shared),
                                                     sql_select(*columns)))
    finally:
        staging.drop(connection)
    recorder = session_recorder(session)
    if recorder is not None:
        images = {(value["id"],): {**value, **shared} for value in own}
        recorder.inserted(table, images)
        recorder.written(table, images)


def import_rows(store: Store, updates: dict[int, tuple[CopyDraft, int]],
                additions: list[tuple[CopyDraft, int]]) -> Change:
    """Rows of an exported 文案库 sheet: those that came from a copy update it, the others
    are added; one transaction."""
    with store.edit() as edit:
        read_back(edit.session, updates, additions)
    return edit.change


def read_back(session: Session, updates: dict[int, tuple[CopyDraft, int] | dict],
              additions: list[tuple[CopyDraft, int]]) -> None:
    """Write a team workbook's 文案库 rows inside the caller's edit: `updates` by copy id,
    each (draft, times used) or a dict of only the fields to set (title, body, channel,
    stage, levers, participants, times_used), keep each copy's campaign and favourite;
    `additions` are new."""
    for draft, _used in additions:
        errors = validate(draft)
        if errors:
            raise _invalid(errors)
    now = datetime.now()
    for copy_id, update in updates.items():
        copy = _load(session, copy_id)
        if isinstance(update, dict):
            draft, used = CopyDraft.of(copy), update.get("times_used", copy.times_used)
            for key, value in update.items():
                if key != "times_used":
                    setattr(draft, key, value)
        else:
            draft, used = update
        errors = validate(draft)
        if errors:
            raise _invalid(errors)
        values = draft.values()
        for key in ("title", "body", "channel", "stage", "levers", "participants"):
            setattr(copy, key, values[key])
        copy.times_used = used
        copy.updated_at = now
    session.add_all(Copy(**draft.values(), times_used=used) for draft, used in additions)
    session.flush()
