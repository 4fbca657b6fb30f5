"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.copies import Copy, CopyVariable

__all__ = ["Campaign", "Copy", "CopyVariable", "StoreInfo"]
