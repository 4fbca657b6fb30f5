"""The publicity matrix (one row per channel) and the warm-up calendar (posts on channels
by day). A post may link a copy of the library (a real foreign key since links_0001) and a
poster (a plain nullable id until the posters capability lands)."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import Field, SQLModel

from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class Channel(SQLModel, table=True):
    """A row of 宣发规划表. `kind` is the playbook's channel type key ("moments", ...) or
    "custom" for a channel the operator added; `name` is what the team calls it."""

    __tablename__ = "channel"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    kind: str = Field(default="custom", max_length=64)
    name: str = Field(max_length=100)
    forms: str = Field(default="", max_length=500)  # playbook form keys, comma-separated
    direction: str = Field(default="", max_length=5000)
    notes: str = Field(default="", max_length=5000)
    owner: str = Field(default="", max_length=100)


class Post(SQLModel, table=True):
    """One planned warm-up post on a channel and day. `anchor` says which key date the
    post follows when the campaign moves: "D" launch day, "C" group close day."""

    __tablename__ = "post"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    channel_id: int = Field(foreign_key="channel.id", index=True, ondelete="CASCADE")
    day: date
    time_of_day: time | None = None
    anchor: str = Field(default="D", max_length=1)
    position: int = 0
    stage: str = Field(max_length=64)
    title: str = Field(default="", max_length=5000)
    owner: str = Field(default="", max_length=100)
    status: str = Field(default="planned", max_length=16)  # planned → ready → published
    likes: int | None = None
    comments: int | None = None
    participants: int | None = None
    followed_up: bool = False  # likers/commenters tagged and followed up one-to-one
    copy_id: int | None = Field(default=None, foreign_key="copy.id", index=True,
                                ondelete="SET NULL")  # the copy library's 文案 it uses
    poster_id: int | None = Field(default=None, foreign_key="poster.id", index=True,
                                  ondelete="SET NULL")  # the 海报 the post shares
