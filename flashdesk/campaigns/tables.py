from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from flashdesk.store.clock import now
from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


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


class Offer(SQLModel, table=True):
    """The deal of a campaign beside its two prices (on the campaign): a gift, one coupon, a
    deposit with its balance window, a new-member gift, a limit per buyer, and the budget the
    red packets and draws may spend (foundation_0002). Amounts are in yuan; 0 means none."""

    __tablename__ = "offer"
    campaign_id: int = Field(primary_key=True, foreign_key="campaign.id", ondelete="CASCADE")
    gift: str = Field(default="", max_length=100)
    gift_value: float = 0.0
    coupon_threshold: float = 0.0  # 满 this much …; 0 with an amount off is 立减
    coupon_off: float = 0.0  # … 减 this much; 0: no coupon
    deposit: float = 0.0  # pre-sale deposit (定金); 0: no pre-sale
    balance_after_hours: int = 0  # the balance (尾款) window opens this long after launch
    balance_hours: int = 24  # and stays open this long
    new_member_gift: str = Field(default="", max_length=100)
    limit_per_person: int | None = None  # None: no limit
    budget: float = 0.0  # red packets and draws (红包预算)


class Incentive(SQLModel, table=True):
    """Red packets or a draw planned at a key node (by the node's plain key, e.g. wake_up),
    each time the node comes (foundation_0003)."""

    __tablename__ = "incentive"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    node_key: str = Field(max_length=40)
    kind: str = Field(default="red_packet", max_length=20)  # red_packet | draw
    count: int = 1
    min_amount: float = 0.0
    max_amount: float = 0.0
    sender: str = Field(default="", max_length=100)
