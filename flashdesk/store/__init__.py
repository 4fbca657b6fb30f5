"""The campaign store: engine, tables, migrations and backups. The only place that opens
sessions; capability services receive a Store and ask it for a transaction."""

from flashdesk.store.engine import Store, open_store
from flashdesk.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreDiskError,
    StoreError,
    StoreInUseError,
    StoreReadOnlyError,
)

__all__ = ["CorruptStoreError", "NewerStoreError", "NotAStoreError", "Store", "StoreDiskError",
           "StoreError", "StoreInUseError", "StoreReadOnlyError", "open_store"]
