"""The campaign store: engine, tables, migrations and backups. The only place that opens
sessions; capability services receive a Store and ask it for a transaction."""

from flashdesk.store.engine import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    Store,
    StoreError,
    open_store,
)

__all__ = ["CorruptStoreError", "NewerStoreError", "NotAStoreError", "Store", "StoreError",
           "open_store"]
