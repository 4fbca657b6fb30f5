"""Alembic migrations. Each capability keeps its own branch (branch_labels) off the
foundation revision, so the store is upgraded to *all* heads."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

import flashdesk
from flashdesk.i18n import translate
from flashdesk.store.engine import NewerStoreError, NotAStoreError, Store

SCRIPT_DIR = Path(__file__).resolve().parent


def _config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def store_revisions(store: Store) -> set[str] | None:
    """The revisions recorded in the store; None for an empty database."""
    with store.engine.connect() as conn:
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
    heads = script_heads()
    if current is not None:
        unknown = current - _known_revisions()
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
    if current is not None and store.path is not None:
        from flashdesk.store.backup import backup_store

        backup_store(store.path, "before-upgrade")
    upgrade(store)


def upgrade(store: Store, target: str = "heads") -> None:
    from alembic import command

    with store.engine.begin() as conn:
        command.upgrade(_config(conn), target)
        conn.execute(text("INSERT INTO store_info(key, value) VALUES ('app_version', :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"v": flashdesk.__version__})
