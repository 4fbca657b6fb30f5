"""Team mode: several operators (each an app process) on one store.

Every action's Change is stamped in the transaction that writes it (see change.py):

- `activity` gets one entry per committed action: who, when, which campaign, the rows it
  touched (table, key, inserted/updated/deleted, and for an update each changed column with its
  value before and after, long texts shortened). Its id orders the
  actions as they committed (on PostgreSQL an advisory lock held to the commit makes sure).
- `row_stamp` gets, for each row written, its new version, the activity id (`seq`), the
  process (`origin`) and the operator who wrote it.

A process keeps what it has *seen*: `horizon`, the last activity id whose rows it has
loaded or taken in from others (`poll`). An edit over a row another process wrote after the
horizon is a `Conflict` ("Anna changed this at 14:02"): the edit is rolled back, never
written over theirs in silence. With a `resolve` callback (the GUI's question) the operator
chooses: reload (nothing written; the others' change arrives through `poll`) or keep mine
(the edit's after images are written over the current rows). Undo and redo are checked the
same way against the rows' writes since the Change was last applied, so undoing never drops
someone else's later edit unasked.

`poll()` is how others' changes arrive: cheap enough to call a few times a second (SQLite:
`PRAGMA data_version` on a connection of its own tells whether anyone committed; PostgreSQL:
the notifications each commit sends with `pg_notify`, listened to on a connection of its
own). It returns the others' actions as Changes (tables, row ids, the rows' current images),
which the GUI publishes exactly like its own."""

from __future__ import annotations

import getpass
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.store.clock import now

if TYPE_CHECKING:
    from flashdesk.store.change import Change, RowImage
    from flashdesk.store.engine import Store

CHANNEL = "flashdesk_changes"  # the PostgreSQL notification channel
_ORDER_LOCK = 0x466C6173  # advisory lock: activity ids in commit order
_NOTIFY_LIMIT = 7000  # bytes; PostgreSQL refuses payloads of 8000 and more
_CHUNK = 400

# The team tables sit outside the capabilities' metadata: they describe the rows, they are not
# rows an action edits, undoes or exports (created by migration team_0001).
STAMPS = MetaData()
activity = Table(
    "activity", STAMPS,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", String(32), nullable=False),
    Column("changed_by", String(100), nullable=False),
    Column("changed_at", DateTime, nullable=False),
    Column("campaign_id", Integer, nullable=True),
    Column("label", String(200), nullable=False, default=""),
    Column("rows", Text, nullable=False, default="[]"),
)
row_stamp = Table(
    "row_stamp", STAMPS,
    Column("table_name", String(64), primary_key=True),
    Column("row_key", String(200), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("origin", String(32), nullable=False),
    Column("changed_by", String(100), nullable=False),
    Column("changed_at", DateTime, nullable=False),
)

Place = tuple  # (table name, key tuple)


def key_text(key: tuple) -> str:
    if len(key) == 1 and type(key[0]) is int:  # an id: json.dumps's text, at a tenth of its cost
        return f"[{key[0]}]"
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"), default=str)


def key_of(text_: str) -> tuple:
    return tuple(json.loads(text_))


@dataclass(frozen=True)
class Stamp:
    """The last write of one row: by whom (origin: which process), when, as which action."""

    table: str
    key: tuple
    version: int
    seq: int
    origin: str
    by: str
    at: datetime


def when(moment: datetime) -> str:
    """14:02 today, 12-01 14:02 this year, 2025-12-01 14:02 before."""
    today = datetime.now()
    if moment.date() == today.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%m-%d %H:%M" if moment.year == today.year else "%Y-%m-%d %H:%M")


class Conflict(UserError):
    """An edit (undo: True/False for an undo/redo, None for a new edit) over rows someone
    else changed since this operator last saw them. Nothing was written."""

    def __init__(self, stamps: list[Stamp], change: Change, undo: bool | None = None):
        self.stamps, self.change, self.undo = stamps, change, undo
        latest = max(stamps, key=lambda stamp: stamp.seq)
        self.by, self.at = latest.by, latest.at
        others = len({(stamp.table, stamp.key) for stamp in stamps}) - 1
        if undo is None:
            text_ = translate("Team", "{name} changed this at {time}, after you loaded it. Your "
                              "edit was not saved, so theirs is not overwritten: reload to see "
                              "their change, then edit again.")
        else:
            text_ = translate("Team", "{name} changed this at {time}, after your edit. Undoing or "
                              "redoing it now would overwrite their change, so nothing was changed.")
        message = text_.format(name=self.by, time=when(self.at))
        if others > 0:
            message += " " + translate("Team", "Rows of this edit others changed besides: {count}.") \
                .format(count=others)
        super().__init__(message)


class ReadOnlyError(UserError):
    """The store may be read, not written (a read-only role or file)."""


class Team:
    """This process's part in team mode: its origin, its operator, what it has seen."""

    def __init__(self, store: Store):
        self.store = store
        self.origin = uuid.uuid4().hex
        self.name = default_name(store)
        self.horizon: int | None = None
        self.foreign: dict[Place, Stamp] = {}
        # the operator's answer to a Conflict: True writes theirs over (keep mine / undo anyway)
        self.resolve: Callable[[Conflict], bool] | None = None
        self._writable: bool | None = None
        self._watch = None  # the connection that notices others' commits
        self._data_version: int | None = None
        self._notes: list[_Noted] = []  # PostgreSQL notifications not taken in yet

    @property
    def sqlite(self) -> bool:
        return self.store.engine.dialect.name == "sqlite"

    # --- what this process has seen --------------------------------------------------------
    def start(self, connection=None) -> int:
        """Everything committed so far counts as seen (called when the views load)."""
        if connection is None:
            with self.store.engine.connect() as conn:
                return self.start(conn)
        self.horizon = connection.execute(select(func.coalesce(func.max(activity.c.id), 0))).scalar()
        return self.horizon

    def _ensure(self, connection) -> None:
        if self.horizon is None:
            self.start(connection)

    # --- read-only ---------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        if self._writable is None:
            self._writable = store_writable(self.store)
        return self._writable is not False

    def refuse_if_read_only(self) -> None:
        if not self.writable:
            raise ReadOnlyError(translate(
                "Team", "{store} is open read-only (your role or the file allows reading only), "
                "so nothing was changed. Ask the team's admin for write access, or open a store "
                "you can write to.").format(store=self.store.display_name))

    # --- stamps --------------------------------------------------------------------------------
    def stamps(self, connection, places: Iterable[Place]) -> dict[Place, Stamp]:
        by_table: dict[str, list[str]] = {}
        for table, key in dict.fromkeys(places):
            by_table.setdefault(table, []).append(key_text(key))
        found = {}
        for table, keys in by_table.items():
            for start in range(0, len(keys), _CHUNK):
                query = select(row_stamp).where(row_stamp.c.table_name == table,
                                                row_stamp.c.row_key.in_(keys[start:start + _CHUNK]))
                for row in connection.execute(query):
                    stamp = Stamp(row.table_name, key_of(row.row_key), row.version, row.seq,
                                  row.origin, row.changed_by, row.changed_at)
                    found[(stamp.table, stamp.key)] = stamp
        return found

    def stamp_of(self, table: str, key) -> Stamp | None:
        """Who changed a row last (key: the id, or a tuple for a composite key)."""
        key = key if isinstance(key, tuple) else (key,)
        with self.store.engine.connect() as conn:
            return self.stamps(conn, [(table, key)]).get((table, key))

    def stamps_of(self, table: str, ids: Iterable) -> dict:
        """id → Stamp for the rows of `table` that have one."""
        keys = [i if isinstance(i, tuple) else (i,) for i in ids]
        with self.store.engine.connect() as conn:
            found = self.stamps(conn, [(table, key) for key in keys])
        return {key[0] if len(key) == 1 else key: stamp for (_t, key), stamp in found.items()}

    def conflicts(self, connection, rows: Iterable[RowImage], *, since: int | None,
                  accepted: dict[Place, int] | None = None) -> list[Stamp]:
        """Rows another process wrote that this one must not write over unasked: for a new edit
        (since None) the rows updated or deleted that others wrote after the horizon; for an
        undo/redo (since: the Change's last activity id) every row others wrote after it."""
        self._ensure(connection)
        accepted = accepted or {}
        rows = [row for row in rows if since is not None or row.before is not None]
        places = [(row.table, row.key) for row in rows]
        found = []
        for place, stamp in self.stamps(connection, places).items():
            if accepted.get(place, -1) >= stamp.seq:
                continue
            limit = self.horizon if since is None else since
            if stamp.origin != self.origin and stamp.seq > limit:
                found.append(stamp)
        if since is not None:
            seen = {(stamp.table, stamp.key) for stamp in found}
            found += [stamp for place in places if place not in seen
                      for stamp in [self.foreign.get(place)]
                      if stamp is not None and stamp.seq > since and accepted.get(place, -1) < stamp.seq]
        return found

    def record(self, connection, change: Change, *, undo: bool = False, label: str = "") -> int | None:
        """Stamp the rows `change` wrote (its after images; with undo, its before images) and
        log the action; returns its activity id. Runs in the writing transaction."""
        if change.empty:
            return None
        entries = [_entry(row, undo) for row in change.rows]
        if not self.sqlite:  # ids in commit order: the lock is held until this commit
            connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _ORDER_LOCK})
        moment = now()
        seq = connection.execute(insert(activity).values(
            origin=self.origin, changed_by=self.name[:100], changed_at=moment,
            campaign_id=change.campaign_id, label=label[:200],
            rows=json.dumps(entries, ensure_ascii=False, default=str))).inserted_primary_key[0]
        self._stamp(connection, [(row.table, key_text(row.key)) for row in change.rows], seq, moment)
        if not self.sqlite:  # delivered to the listeners when (and only if) this commits
            connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                               {"channel": CHANNEL, "payload": _payload(seq, self, moment, change, entries, label)})
        return seq

    def _stamp(self, connection, places: list[tuple[str, str]], seq: int, moment: datetime) -> None:
        """Stamp each (table, key text) as written by this action; the values every row shares
        are made once (an import of 300,000 orders stamps every row it adds)."""
        # through the driver's executemany: SQLAlchemy's compiled upsert cost ~4x as much per row
        mark = "?" if self.sqlite else "%s"
        sql = (f"INSERT INTO row_stamp (table_name, row_key, version, seq, origin, changed_by, "
               f"changed_at) VALUES ({mark}, {mark}, 1, {mark}, {mark}, {mark}, {mark}) "
               "ON CONFLICT (table_name, row_key) DO UPDATE SET version = row_stamp.version + 1, "
               "seq = excluded.seq, origin = excluded.origin, changed_by = excluded.changed_by, "
               "changed_at = excluded.changed_at")
        # SQLAlchemy's own text form of a DateTime on SQLite, so both writers agree
        at = moment.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else moment
        shared = (seq, self.origin, self.name[:100], at)
        connection.exec_driver_sql(sql, [(table, key, *shared) for table, key in places])

    def describe(self, seq: int | None, label: str) -> None:
        """Name an action in the log once the GUI knows its name (after it committed)."""
        if seq is None or not label or not self.writable:
            return
        with self.store.engine.begin() as conn:
            conn.execute(update(activity).where(activity.c.id == bindparam("seq")).values(
                label=bindparam("label")), {"seq": seq, "label": label[:200]})

    # --- a new edit ----------------------------------------------------------------------------
    def commit(self, connection, change: Change) -> None:
        """Check and stamp a new edit inside its transaction: raises Conflict (the caller rolls
        back) when it would write over an unseen change of someone else."""
        found = self.conflicts(connection, change.rows, since=None)
        if found:
            raise Conflict(found, change)
        change.seq = self.record(connection, change)

    def settle(self, conflict: Conflict) -> Change:
        """After a rolled-back edit: ask the operator. Keep mine writes the edit's after images
        over the current rows (and is the Change returned); reload writes nothing (an empty
        Change; the others' change arrives through poll). No one to ask: the Conflict stands."""
        from flashdesk.store.change import Change, write_images

        change, accepted = conflict.change, {}
        while True:
            if self.resolve is None:
                raise conflict
            if not self.resolve(conflict):
                return Change((), change.campaign_id, change.label)
            accepted.update({(s.table, s.key): s.seq for s in conflict.stamps})
            self.foreign.update({(s.table, s.key): s for s in conflict.stamps})
            try:
                with self.store.session(immediate=True) as session:
                    conn = session.connection()
                    found = self.conflicts(conn, change.rows, since=None, accepted=accepted)
                    if found:
                        raise Conflict(found, change)
                    write_images(conn, change.rows, undo=False)
                    change.seq = self.record(conn, change)
                return change
            except Conflict as again:
                conflict = again

    # --- undo and redo -------------------------------------------------------------------------
    def apply(self, change: Change, *, undo: bool) -> None:
        """Write a Change's before (undo) or after images, unless others wrote its rows since
        it was last applied: then ask (undo anyway?) or raise the Conflict."""
        from flashdesk.store.change import write_images

        self.refuse_if_read_only()
        accepted: dict[Place, int] = {}
        while True:
            try:
                with self.store.session(immediate=True) as session:
                    conn = session.connection()
                    found = self.conflicts(conn, change.rows, since=change.seq or 0, accepted=accepted)
                    if found:
                        raise Conflict(found, change, undo)
                    write_images(conn, change.rows, undo=undo)
                    change.seq = self.record(conn, change, undo=undo, label=_undo_label(change, undo))
                return
            except Conflict as conflict:
                if self.resolve is None or not self.resolve(conflict):
                    raise
                accepted.update({(s.table, s.key): s.seq for s in conflict.stamps})

    # --- others' changes -----------------------------------------------------------------------
    def poll(self) -> list[Change]:
        """The actions other processes committed since the last look, oldest first (empty
        and cheap when nobody wrote). Raises the database's error when the store is gone."""
        if not self._someone_wrote() and not self._notes:
            return []
        with self.store.engine.connect() as conn:
            self._ensure(conn)
            entries = self._notified_entries()
            if entries is None:  # not all in the notifications: read the log
                entries = conn.execute(select(activity).where(activity.c.id > self.horizon)
                                       .order_by(activity.c.id)).all()
            changes = []
            for entry in entries:
                self.horizon = max(self.horizon, entry.id)
                if entry.origin != self.origin:
                    changes.append(self._remote(conn, entry))
        return changes

    def _notified_entries(self) -> list | None:
        """The actions after the horizon as the PostgreSQL notifications carried them (tables,
        row ids, who, when); None when one is missing or was too big to carry its rows."""
        notes, self._notes = sorted(self._notes, key=lambda note: note.id), []
        if not notes or notes[0].id != self.horizon + 1 or \
                any(b.id != a.id + 1 for a, b in zip(notes, notes[1:])) or \
                any(note.rows is None for note in notes):
            return None
        return notes

    def _remote(self, connection, entry) -> Change:
        from flashdesk.store.change import Change, RowImage, read_rows
        from flashdesk.store.tables import load_tables

        tables = load_tables().tables
        rows_ = json.loads(entry.rows) if isinstance(entry.rows, str) else entry.rows
        listed = [(table, tuple(key), kind) for table, key, kind, _cols in rows_]
        wanted: dict[str, list] = {}
        for table, key, kind in listed:
            if kind != "d" and table in tables:
                wanted.setdefault(table, []).append(key)
        images = {table: read_rows(connection, tables[table], keys) for table, keys in wanted.items()}
        rows = []
        for table, key, kind in listed:
            self.foreign[(table, key)] = Stamp(table, key, 0, entry.id, entry.origin,
                                               entry.changed_by, entry.changed_at)
            image = images.get(table, {}).get(key)
            rows.append(RowImage(table, key, None if kind == "i" else (image or {}),
                                 None if kind == "d" else image))
        return Change(tuple(rows), entry.campaign_id, entry.label, None, seq=entry.id,
                      by=entry.changed_by)

    def _someone_wrote(self) -> bool:
        try:
            if self.sqlite:
                return self._sqlite_wrote()
            return self._pg_notified()
        except BaseException:
            self._drop_watch()
            raise

    def _sqlite_wrote(self) -> bool:
        if self._watch is None:
            self._watch = self.store.engine.raw_connection()
        cursor = self._watch.cursor()
        try:
            version = cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()
        fresh, self._data_version = version != self._data_version, version
        return fresh

    def _pg_notified(self) -> bool:
        if self._watch is None:
            self._watch = self.store.engine.raw_connection()
            driver = self._watch.driver_connection
            driver.autocommit = True
            cursor = driver.cursor()
            cursor.execute(f"LISTEN {CHANNEL}")
            cursor.close()
            return True  # what was committed before listening is read once
        driver = self._watch.driver_connection
        fresh = False
        if hasattr(driver, "pgconn"):  # psycopg 3: read what has arrived, without a round trip
            pgconn = driver.pgconn
            pgconn.consume_input()
            while (note := pgconn.notifies()) is not None:
                fresh = True
                self._note(note.extra.decode())
            if pgconn.status != 0:  # CONNECTION_OK
                raise ConnectionError(pgconn.error_message.decode(errors="replace"))
        else:  # psycopg2
            driver.poll()
            fresh = bool(driver.notifies)
            for note in driver.notifies:
                self._note(note.payload)
            driver.notifies.clear()
        return fresh

    def _note(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            self._notes.append(_Noted(int(data["id"]), data["origin"], data["by"],
                                      datetime.fromisoformat(data["at"]), data.get("campaign"),
                                      data.get("label", ""), data.get("rows")))
        except (ValueError, KeyError, TypeError):  # not ours, or cut: the log is read instead
            self._notes.append(_Noted(0, "", "", datetime.now(), None, "", None))

    def _drop_watch(self) -> None:
        watch, self._watch, self._data_version = self._watch, None, None
        if watch is not None:
            try:
                watch.invalidate()
            except Exception:  # noqa: BLE001 - a connection already gone
                pass

    def close(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            try:
                watch.close()
            except Exception:  # noqa: BLE001 - closing after the server went away
                pass

    # --- the activity log ----------------------------------------------------------------------
    def log(self, campaign_id: int | None, limit: int = 500) -> list[dict]:
        """The latest actions on a campaign (all campaigns: None), newest first."""
        query = select(activity).order_by(activity.c.id.desc()).limit(limit)
        if campaign_id is not None:
            query = query.where(activity.c.campaign_id == campaign_id)
        with self.store.engine.connect() as conn:
            return [{"id": row.id, "by": row.changed_by, "at": row.changed_at, "label": row.label,
                     "campaign_id": row.campaign_id, "mine": row.origin == self.origin,
                     "rows": [(t, tuple(k), kind, cols) for t, k, kind, cols in json.loads(row.rows)]}
                    for row in conn.execute(query)]


@dataclass(frozen=True)
class _Noted:
    """An action as its notification carried it (the shape of an activity row)."""

    id: int
    origin: str
    changed_by: str
    changed_at: datetime
    campaign_id: int | None
    label: str
    rows: list | None


def _payload(seq: int, team: Team, moment: datetime, change: Change, entries: list,
             label: str) -> str:
    """The notification of an action: the Change's tables and row ids with who and when, or
    without its rows when they would not fit (the listener then reads them from the log)."""
    head = {"id": seq, "origin": team.origin, "by": team.name[:100], "at": moment.isoformat(),
            "campaign": change.campaign_id, "label": label[:200]}
    payload = json.dumps({**head, "rows": entries}, ensure_ascii=False, separators=(",", ":"),
                         default=str)
    if len(payload.encode()) > _NOTIFY_LIMIT:
        payload = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return payload


def _entry(row: RowImage, undo: bool) -> list:
    """[table, key, kind, changes]: kind i/d/u; for an update, [column, before, after] for each
    column it changed (older entries carry only the column names)."""
    current, target = (row.after, row.before) if undo else (row.before, row.after)
    if current is None:
        return [row.table, list(row.key), "i", []]
    if target is None:
        return [row.table, list(row.key), "d", []]
    return [row.table, list(row.key), "u", [[k, _logged(current.get(k)), _logged(target.get(k))]
                                            for k in sorted(target) if target.get(k) != current.get(k)]]


LOGGED_CHARS = 80  # enough to recognise a value; a 5,000-character copy is not kept twice


def _logged(value):
    """A value as the activity log keeps it: JSON's own types as they are, a picture's bytes as
    their size, anything else (dates, times) as text; long texts shortened with "…"."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": len(value)}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text_ = str(value)
    return text_ if len(text_) <= LOGGED_CHARS else text_[:LOGGED_CHARS - 1] + "…"


def _undo_label(change: Change, undo: bool) -> str:
    if not change.label:
        return ""
    return (translate("Team", "Undo: {action}") if undo else translate("Team", "Redo: {action}")) \
        .format(action=change.label)


def default_name(store: Store) -> str:
    """The operator's name until settings say otherwise: on a server the role's name, on a
    file the computer's user."""
    if store.engine.dialect.name != "sqlite" and store.engine.url.username:
        return store.engine.url.username
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "") or translate("Team", "this computer")


def store_writable(store: Store) -> bool | None:
    """Whether this operator may write: a PostgreSQL role needs INSERT on the activity log and
    UPDATE on the campaigns; an SQLite file (or a mode=ro URI) must be writable. None: the
    server cannot be asked now (asked again next time)."""
    if store.engine.dialect.name == "sqlite":
        if "mode=ro" in str(store.engine.url) or store.engine.url.query.get("mode") == "ro":
            return False
        return store.path is None or os.access(store.path, os.W_OK)
    try:
        with store.engine.connect() as conn:
            return bool(conn.execute(text(
                "SELECT has_table_privilege(current_user, 'activity', 'INSERT') AND "
                "has_table_privilege(current_user, 'campaign', 'UPDATE')")).scalar())
    except DBAPIError:
        return None
