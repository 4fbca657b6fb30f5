"""Customers' tables: one row per person, and what the imported files say about them (tags,
group memberships, orders, names on a list such as a post's likers), plus the column mapping
remembered for each file shape. Every imported row has a natural key, so importing the same
file again finds the rows it made and changes nothing."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class Customer(SQLModel, table=True):
    """A person. external_id and phone are the stable keys people are matched by; without
    them nickname + remark. paid_total is the sum of the person's paid orders, kept in step
    by the import so tiers filter without summing 300,000 orders."""

    __tablename__ = "customer"
    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(default="", max_length=100, index=True)
    phone: str = Field(default="", max_length=20, index=True)
    nickname: str = Field(default="", max_length=100, index=True)
    remark: str = Field(default="", max_length=100)
    added_by: str = Field(default="", max_length=100)
    added_on: date | None = None
    source: str = Field(default="", max_length=100)
    stage: str = Field(default="", max_length=10)  # 鱼塘 | 中转 | 核心, "" until set
    notes: str = Field(default="", max_length=5000)
    paid_total: float = Field(default=0.0, index=True)


class CustomerTag(SQLModel, table=True):
    __tablename__ = "customer_tag"
    # (tag, customer_id): a tag's people straight from the index (customers_0004)
    __table_args__ = (UniqueConstraint("customer_id", "tag", name="uq_customer_tag_key"),
                      Index("ix_customer_tag_tag_customer", "tag", "customer_id"))
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    tag: str = Field(max_length=50)
    origin: str = Field(default="manual", max_length=10)  # manual | import | rule


class CustomerMembership(SQLModel, table=True):
    """A person in a group, as the group's member export lists them."""

    __tablename__ = "customer_membership"
    __table_args__ = (UniqueConstraint("customer_id", "group_name",
                                       name="uq_customer_membership_key"),
                      Index("ix_customer_membership_campaign_customer", "campaign_id",
                            "customer_id"))
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    group_name: str = Field(max_length=100, index=True)
    group_nickname: str = Field(default="", max_length=100)
    joined_at: NaiveDatetime | None = None
    join_method: str = Field(default="", max_length=50)
    inviter: str = Field(default="", max_length=100)


class CustomerOrder(SQLModel, table=True):
    """An order from a shop export; paid is what it adds to the person's total (the amount
    less refunds, nothing for a cancelled or unpaid order). channel is where the shop says
    the order came from (its 渠道/来源 column), which the review counts orders by."""

    __tablename__ = "customer_order"
    # a campaign's buyers straight from the index (customers_0004)
    __table_args__ = (Index("ix_customer_order_campaign_customer", "campaign_id", "customer_id"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE", index=True)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    order_no: str = Field(max_length=64, unique=True)
    ordered_at: NaiveDatetime
    paid_at: NaiveDatetime | None = None
    item: str = Field(default="", max_length=200)
    amount: float = 0.0
    refund: float = 0.0
    status: str = Field(default="", max_length=50)
    paid: float = 0.0
    channel: str = Field(default="", max_length=100)  # the shop's source channel (customers_0004)


class CustomerListing(SQLModel, table=True):
    """A person on a named list of a campaign, e.g. the likers of a warm-up post (a paste
    of names)."""

    __tablename__ = "customer_listing"
    __table_args__ = (UniqueConstraint("customer_id", "campaign_id", "label",
                                       name="uq_customer_listing_key"),
                      Index("ix_customer_listing_campaign_customer", "campaign_id",
                            "customer_id"))
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    label: str = Field(default="", max_length=100)


class CustomerMapping(SQLModel, table=True):
    """The column mapping last used for a file shape (its headings), so the next export
    from the same tool imports without asking."""

    __tablename__ = "customer_mapping"
    shape: str = Field(primary_key=True, max_length=40)
    kind: str = Field(max_length=20)
    fields: str = Field(max_length=5000)  # JSON: field -> heading
    updated_at: NaiveDatetime = Field(default_factory=datetime.now)


class CustomerMatch(SQLModel, table=True):
    """A row matched to a person by nickname alone while several people share it: the
    operator confirms the match or splits the row off to a person of its own
    (customers_0002)."""

    __tablename__ = "customer_match"
    __table_args__ = (UniqueConstraint("source", "source_id", name="uq_customer_match_key"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE", index=True)
    source: str = Field(max_length=30)  # customer_membership | customer_order | customer_listing
    source_id: int
    nickname: str = Field(default="", max_length=100)
    file_row: int = 0
    file_name: str = Field(default="", max_length=200)


class CustomerFollowUp(SQLModel, table=True):
    """A follow-up of a campaign's list done or skipped (customers_0003); one not recorded
    here is still to do."""

    __tablename__ = "customer_follow_up"
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id", "kind",
                                       name="uq_customer_follow_up_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE", index=True)
    kind: str = Field(max_length=20)  # invite | nudge | revisit | repurchase | missed
    status: str = Field(max_length=10)  # done | skipped
    at: NaiveDatetime = Field(default_factory=datetime.now)


class CustomerForgotten(SQLModel, table=True):
    """A key a forgotten person was matched by, kept so that no import brings them back
    (customers_0005). Only a keyed hash of it is kept (forgotten.py), never the key in
    clear. Not unique: each forget has its own rows, so that undoing it removes only them."""

    __tablename__ = "customer_forgotten"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64, index=True)
    forgotten_at: NaiveDatetime = Field(default_factory=datetime.now)
