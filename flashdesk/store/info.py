"""The store's own table: facts about the store itself (created by the foundation
migration), not about any capability."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

import flashdesk.store.tables  # noqa: F401  (table classes build their validators on first use)


class StoreInfo(SQLModel, table=True):
    """Facts about the store itself, such as the FlashDesk version that last upgraded it."""

    __tablename__ = "store_info"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=256)
