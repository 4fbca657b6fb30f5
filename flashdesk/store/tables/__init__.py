"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.channels import Channel, Post

__all__ = ["Campaign", "Channel", "Post", "StoreInfo"]
