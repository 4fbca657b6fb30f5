from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from flashdesk.store.clock import now


class Campaign(SQLModel, table=True):
    """One product launch through a flash group. Prices are in yuan."""

    __tablename__ = "campaign"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=200)
    product: str = Field(max_length=200)
    industry: str = Field(default="", max_length=100)
    list_price: float = 0.0
    deal_price: float = 0.0
    quota: int = 0
    launch_at: NaiveDatetime  # local wall-clock time, as operators plan
    lifetime_days: int = 3
    notes: str = Field(default="", max_length=5000)
    archived: bool = False
    deleted: bool = False  # soft delete, so Undo can bring a campaign back whole
    created_at: NaiveDatetime = Field(default_factory=now)
    updated_at: NaiveDatetime = Field(default_factory=now)
