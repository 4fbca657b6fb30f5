"""Every table of the store on one metadata: the store's own (info.py) and each capability's,
loaded by the module names in the capabilities' manifests — the store imports no capability
by name. Opening a store loads them all, so foreign keys between capabilities' tables resolve;
Alembic's env.py compares against the same metadata."""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import MetaData


def load_tables() -> MetaData:
    from sqlmodel import SQLModel

    from flashdesk.capabilities import manifests
    from flashdesk.store import info  # noqa: F401  (the store's own table)

    for manifest in manifests():
        if manifest.tables:
            import_module(manifest.tables)
    return SQLModel.metadata

