"""Posters of a campaign and the images they use.

A poster's elements live in one JSON document column rather than an element table: a
poster is always loaded, edited, rendered and checked as a whole; an undo step or a new
version is a snapshot of the whole document; and no query ever looks inside one element.
One row write per edit keeps every change atomic and makes versions cheap copies."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from flashdesk.store.clock import now
from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class Poster(SQLModel, table=True):
    """One version of a named poster. `document` holds the elements (see posters/model.py)."""

    __tablename__ = "poster"
    __table_args__ = (UniqueConstraint("campaign_id", "name", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    name: str = Field(max_length=200)
    version: int = 1
    format: str = Field(default="phone", max_length=32)
    template: str = Field(default="", max_length=64)
    palette: str = Field(default="", max_length=64)
    document: str = Field(default="{}")
    deleted: bool = False
    created_at: NaiveDatetime = Field(default_factory=now)
    updated_at: NaiveDatetime = Field(default_factory=now)


class PosterAsset(SQLModel, table=True):
    """An imported image (background, logo, product photo), stored in the store so a poster
    renders the same on any machine. `note` says what import did (e.g. downsampled)."""

    __tablename__ = "poster_asset"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    name: str = Field(max_length=255)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    width: int = 0
    height: int = 0
    original_width: int = 0
    original_height: int = 0
    note: str = Field(default="", max_length=500)
    created_at: NaiveDatetime = Field(default_factory=now)
