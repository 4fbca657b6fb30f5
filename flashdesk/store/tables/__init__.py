"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.review import ABTest, ReviewChannelDay, ReviewCopy, ReviewDaily, ReviewMaterial, ReviewText  # noqa: E501

__all__ = ["Campaign", "StoreInfo",
           "ABTest", "ReviewChannelDay", "ReviewCopy", "ReviewDaily", "ReviewMaterial", "ReviewText"]
