"""Alembic migrations. Each capability keeps its own branch (branch_labels) off the
foundation revision, so the store is upgraded to *all* heads."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

import flashdesk
from flashdesk.i18n import translate
from flashdesk.store.engine import NewerStoreError, NotAStoreError, Store, check_integrity
from flashdesk.store.heads import known_heads, revision_graph  # noqa: F401  (importable from here too)

SCRIPT_DIR = Path(__file__).resolve().parent
UPGRADE_LOCK = 0x466C6173  # "Flas": the advisory lock key of a schema upgrade on PostgreSQL


def _config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())


def store_revisions(store: Store) -> set[str] | None:
    """The revisions recorded in the store; None for an empty database."""
    with store.engine.connect() as conn:
        return _revisions(conn, store)


def _revisions(conn, store: Store) -> set[str] | None:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise NotAStoreError(translate(
            "Store", "{store} is a database, but not a FlashDesk store. It was left "
            "untouched; open another store or create a new one.").format(store=store.display_name))
    return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _written_by(store: Store) -> str:
    try:
        with store.engine.connect() as conn:
            row = conn.execute(text("SELECT value FROM store_info WHERE key='app_version'")).first()
            return row[0] if row else "unknown"
    except Exception:  # a store too new or too odd to tell: the version stays unknown
        return "unknown"


def check_and_upgrade(store: Store, *, apply: bool = True) -> None:
    current = store_revisions(store)
    heads = known_heads()
    if current is not None:
        unknown = current - set(revision_graph())
        if unknown:
            raise NewerStoreError(translate(
                "Store", "{store} was written by a newer FlashDesk ({version}; schema {schema}). "
                "This is FlashDesk {mine}: update FlashDesk to open it, or open another store.")
                .format(store=store.display_name, version=_written_by(store),
                        schema=", ".join(sorted(unknown)), mine=flashdesk.__version__))
        if current == heads:
            return
    if not apply:
        return
    # One transaction holding the write lock from its BEGIN: a second process opening the
    # same old store waits here, then finds it current; a failure or a kill leaves the
    # store as it was (and the backup is taken only by the process that upgrades).
    with store.immediate().begin() as conn:
        _lock_for_upgrade(conn)
        current = _revisions(conn, store)
        if current == heads:
            return
        backup = None
        if current is not None and store.path is not None:
            from flashdesk.store.backup import backup_store

            check_integrity(store.path)  # never upgrade (or back up) a damaged store
            backup = backup_store(store.path, "before-upgrade")
        try:
            _upgrade(conn, "heads")
        except BaseException:
            if backup is not None:  # the store stays as it was: a copy of it is no news
                backup.unlink(missing_ok=True)
            raise


def _lock_for_upgrade(conn) -> None:
    """On PostgreSQL (whose DDL is transactional too, but which has no BEGIN IMMEDIATE) two
    operators starting an old store at once queue on an advisory lock held until commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def upgrade_in(conn, target: str = "heads") -> None:
    """Bring the schema up to `target` inside the caller's transaction (a store copy makes
    the schema and fills it in one)."""
    _lock_for_upgrade(conn)
    _upgrade(conn, target)


def upgrade(store: Store, target: str = "heads") -> None:
    with store.immediate().begin() as conn:
        _lock_for_upgrade(conn)
        _upgrade(conn, target)


def _upgrade(conn, target: str) -> None:
    from alembic import command

    command.upgrade(_config(conn), target)
    conn.execute(text("INSERT INTO store_info(key, value) VALUES ('app_version', :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {"v": flashdesk.__version__})
