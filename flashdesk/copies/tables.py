"""The copy library (文案库): one row per copy, library-wide (campaign_id NULL) or scoped
to one campaign. Search indexes (copy_fts, copy_grams) are SQLite virtual tables kept in
step by triggers; they are created by the migration, not declared here."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from flashdesk.store.clock import now
from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)

TITLE_MAX = 200
BODY_MAX = 4000


class Copy(SQLModel, table=True):
    """A copy template. `channel` and `stage` are keys of flashdesk.copies.vocab ("" channel:
    any channel); `levers` is a comma-separated list of lever keys. `participants` is the
    best known result (people who took part after it was used); None until recorded."""

    __tablename__ = "copy"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True,
                                    ondelete="CASCADE")
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(default="", max_length=BODY_MAX)
    channel: str = Field(default="", max_length=32)
    stage: str = Field(default="", max_length=32)
    levers: str = Field(default="", max_length=200)
    favourite: bool = False
    times_used: int = 0
    participants: int | None = None
    source_id: int | None = None  # the library copy it was duplicated from (no FK: may go)
    seed_key: str | None = Field(default=None, max_length=64)  # from resources/copies/seed.toml
    deleted: bool = False  # soft delete, so Undo brings the same copy back
    created_at: NaiveDatetime = Field(default_factory=now)
    updated_at: NaiveDatetime = Field(default_factory=now)


class CopyVariable(SQLModel, table=True):
    """A variable value the operator sets for one campaign (group_name, live_code,
    remaining): the campaign's own fields cannot provide them."""

    __tablename__ = "copy_variable"
    campaign_id: int = Field(foreign_key="campaign.id", primary_key=True, ondelete="CASCADE")
    name: str = Field(primary_key=True, max_length=32)
    value: str = Field(default="", max_length=500)
