"""Review (复盘) records: the numbers a campaign produced, kept per day and group, per channel
and day, per copy and per material, plus process notes, the edited review outline and A/B
tests. Each data row has a natural key (e.g. day + group) so a day cannot be recorded twice.

A review copy row may link the copy library's copy it reports on (copy_id, links3_0001);
channels match the warm-up calendar's channels by name (flashdesk/review/posts.py)."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from flashdesk.store.clock import now
from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class ReviewDaily(SQLModel, table=True):
    """One group's numbers on one day; members and active are counts at the end of the day."""

    __tablename__ = "review_daily"
    __table_args__ = (UniqueConstraint("campaign_id", "day", "group_label",
                                       name="uq_review_daily_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    day: date
    group_label: str = Field(default="", max_length=100)
    members: int = 0
    active: int = 0
    orders: int = 0
    revenue: float = 0.0


class ReviewChannelDay(SQLModel, table=True):
    """What was done on one channel on one day (posts, pushes) and how many people took part."""

    __tablename__ = "review_channel_day"
    __table_args__ = (UniqueConstraint("campaign_id", "day", "channel",
                                       name="uq_review_channel_day_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    day: date
    channel: str = Field(max_length=100)
    actions: int = 0
    participants: int = 0


class ReviewCopy(SQLModel, table=True):
    """A copy (文案) and how many people took part after it was used."""

    __tablename__ = "review_copy"
    __table_args__ = (UniqueConstraint("campaign_id", "title", name="uq_review_copy_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    title: str = Field(max_length=200)
    used_on: date | None = None
    participants: int = 0
    copy_id: int | None = Field(default=None, foreign_key="copy.id", index=True,
                                ondelete="SET NULL")  # the library copy it reports on (links3_0001)


class ReviewMaterial(SQLModel, table=True):
    """A poster, video or article and its reactions."""

    __tablename__ = "review_material"
    __table_args__ = (UniqueConstraint("campaign_id", "name", name="uq_review_material_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    name: str = Field(max_length=200)
    kind: str = Field(default="poster", max_length=20)  # poster | video | article
    shares: int = 0
    likes: int = 0
    comments: int = 0
    reads: int = 0


class ReviewText(SQLModel, table=True):
    """The operator's words: process notes (before / during / after) and the review outline."""

    __tablename__ = "review_text"
    campaign_id: int = Field(foreign_key="campaign.id", primary_key=True)
    key: str = Field(primary_key=True, max_length=20)  # before | during | after | outline
    text: str = Field(default="", max_length=20000)
    updated_at: NaiveDatetime = Field(default_factory=now)


class ABTest(SQLModel, table=True):
    """One A/B test of a step: two variants, people exposed to each and how many converted."""

    __tablename__ = "review_ab_test"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    step: str = Field(max_length=200)
    variant_a: str = Field(default="A", max_length=200)
    variant_b: str = Field(default="B", max_length=200)
    exposed_a: int = 0
    converted_a: int = 0
    exposed_b: int = 0
    converted_b: int = 0
    notes: str = Field(default="", max_length=2000)
