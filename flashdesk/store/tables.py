"""Every table of the store on one metadata: the store's own (info.py) and each capability's,
loaded by the module names in the capabilities' manifests — the store imports no capability
by name.

Tables load with their capability (building the 41 table classes took ~150 ms, most of it
before the window showed a campaign that needs a few of them). Each capability's tables
module first loads those of the capabilities before it (`load_tables_before`), the only ones
its foreign keys may name: SQLAlchemy resolves a foreign key by its table's name when it
orders a flush, so a table must never be in the metadata without the tables it points at.
What reads the whole metadata — Alembic's env.py, the Change recorder and undo, team mode's
stamps, a store copy, the foreign-key references — calls `load_tables()` first.

Every table module imports this one before it defines a table, so the table classes build
no pydantic validator or serializer when they are defined: a table class never validates on
construction (SQLModel sets its attributes through SQLAlchemy), and the few that are dumped
(`model_dump`) build theirs on that first use. Building them all at definition was about a
fifth of the time the 41 table classes took."""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import MetaData
from sqlmodel import SQLModel

SQLModel.model_config["defer_build"] = True


def _table_modules() -> list[str]:
    from flashdesk.capabilities import manifests

    return [manifest.tables for manifest in manifests() if manifest.tables]


def load_tables() -> MetaData:
    """The metadata holding every table of the store."""
    from flashdesk.store import info  # noqa: F401  (the store's own table)

    for module in _table_modules():
        import_module(module)
    return SQLModel.metadata


def load_tables_before(module: str) -> None:
    """Load the tables of the capabilities before the one whose tables module is `module`
    (called at the top of each capability's tables module, with its __name__)."""
    modules = _table_modules()
    for before in modules[:modules.index(module)]:
        import_module(before)
