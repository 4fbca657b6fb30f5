"""The campaign store: engine, tables, migrations and backups. The only place that opens
sessions; capability services receive a Store and ask it for a transaction.

The engine's names load on first use (PEP 562), so what needs only a light part of the
package — the command line's --store option in arguments.py — does not pull in SQLAlchemy."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flashdesk.store.engine import Store, open_store
    from flashdesk.store.errors import (
        CorruptStoreError,
        EmptyDatabaseError,
        NewerStoreError,
        NotAStoreError,
        ServerAccessError,
        ServerUnreachableError,
        StoreDiskError,
        StoreError,
        StoreInUseError,
        StoreOfflineError,
        StoreReadOnlyError,
    )

_ENGINE = ("Store", "open_store")
__all__ = ["CorruptStoreError", "EmptyDatabaseError", "NewerStoreError", "NotAStoreError",
           "ServerAccessError", "ServerUnreachableError", "Store", "StoreDiskError",
           "StoreError", "StoreInUseError", "StoreOfflineError", "StoreReadOnlyError",
           "open_store"]


def __getattr__(name: str):
    if name in __all__:
        from flashdesk.store import engine, errors

        return getattr(engine if name in _ENGINE else errors, name)
    raise AttributeError(f"module 'flashdesk.store' has no attribute {name!r}")
