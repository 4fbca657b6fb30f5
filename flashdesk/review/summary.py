"""Summing up the recorded numbers: per-day totals, headline figures, rankings and the
funnel. Sums run in SQL, so a campaign with 100,000 daily rows is summed in milliseconds;
charts, the headline and the outline all read one ReviewData.

Imported orders (flashdesk/customers/numbers.py) fill in what was not typed: a day and group
with no review row takes its paid orders, revenue and member count from the exports (a typed
row for that day and group wins), and each channel's orders come from the shop's channel
column."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from flashdesk.copies.service import Copy
from flashdesk.customers.numbers import order_numbers
from flashdesk.review.posts import channel_days
from flashdesk.review.records import KINDS
from flashdesk.review.service import _campaign, _existing
from flashdesk.review.tables import ABTest, ReviewDaily, ReviewMaterial
from flashdesk.store import Store


@dataclass(frozen=True)
class DayTotal:
    day: date
    members: int
    active: int
    orders: int
    revenue: float
    cumulative_orders: int


@dataclass(frozen=True)
class ChannelTotal:
    channel: str
    actions: int
    participants: int
    likes: int = 0  # from published posts (the review table has no likes column)
    comments: int = 0
    post_days: int = 0  # days whose numbers came from the warm-up calendar
    orders: int = 0  # paid orders the shop export credits to the channel


@dataclass(frozen=True)
class MaterialTotal:
    name: str
    kind: str
    shares: int
    likes: int
    comments: int
    reads: int

    @property
    def engagement(self) -> int:
        """Shares weigh most (they reach new people), then comments, likes and reads."""
        return self.shares * 3 + self.comments * 2 + self.likes + self.reads // 10


@dataclass(frozen=True)
class FissionFigures:
    """A fission campaign's numbers from its invites: the figures its model names (key,
    value text), the valid invites, the promoters with one or more and the members counted."""

    model: str | None  # spread | product | service; None for a campaign planned without one
    figures: tuple[tuple[str, str], ...]
    valid: int
    promoters: int
    members: int


@dataclass
class ReviewData:
    campaign_name: str
    quota: int
    deal_price: float
    days: list[DayTotal] = field(default_factory=list)
    channels: list[ChannelTotal] = field(default_factory=list)  # most participants first
    copies: list[tuple[str, int]] = field(default_factory=list)  # most participants first
    materials: list[MaterialTotal] = field(default_factory=list)  # most engagement first
    groups: int = 0
    joined: int = 0  # sum over groups of their peak member count
    peak_active: int = 0  # sum over groups of their peak active count
    ab_tests: int = 0
    fission: FissionFigures | None = None  # None without a model and without invites
    imported_days: int = 0  # day-group rows taken from imported orders (no review row for them)

    @property
    def orders(self) -> int:
        return sum(d.orders for d in self.days)

    @property
    def revenue(self) -> float:
        return round(sum(d.revenue for d in self.days), 2)

    @property
    def reach(self) -> int:
        return sum(c.participants for c in self.channels)

    @property
    def quota_sold(self) -> float | None:
        """Share of the quota sold (1.0 = sold out); None without a quota."""
        return self.orders / self.quota if self.quota else None

    @property
    def conversion(self) -> float | None:
        """Orders per group member who joined."""
        return self.orders / self.joined if self.joined else None

    @property
    def best_channel(self) -> ChannelTotal | None:
        return self.channels[0] if self.channels and self.channels[0].participants else None

    @property
    def best_copy(self) -> tuple[str, int] | None:
        return self.copies[0] if self.copies and self.copies[0][1] else None

    @property
    def funnel(self) -> list[tuple[str, int]]:
        """Stage key and count: reached on channels → joined a group → active → ordered."""
        return [("reach", self.reach), ("joined", self.joined), ("active", self.peak_active),
                ("orders", self.orders)]

    @property
    def posts_counted(self) -> int:
        """Channel-days taken from published posts (no review row for them)."""
        return sum(c.post_days for c in self.channels)

    @property
    def empty(self) -> bool:
        return not (self.days or self.channels or self.copies or self.materials)


def _copies(session, campaign_id: int) -> list[tuple[str, int]]:
    """Review copy rows (a linked row with the library's number), then this campaign's own
    library copies with participants that no row reports on (linked or of the same title)."""
    rows = [(r["title"], r["participants"], r["copy_id"]) for r in
            _existing(session, KINDS["copies"], campaign_id).values()]
    linked = {copy_id for _, _, copy_id in rows if copy_id is not None}
    titles = {title for title, _, _ in rows}
    c = Copy.__table__.c
    extra = [(title, n) for copy_id, title, n in session.execute(
        select(c.id, c.title, c.participants).where(
            c.campaign_id == campaign_id, c.deleted.is_(False), c.participants.is_not(None)))
        if copy_id not in linked and title not in titles]
    return [(title, n) for title, n, _ in rows] + extra


def review_data(store: Store, campaign_id: int) -> ReviewData:
    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        data = ReviewData(campaign.name, campaign.quota, campaign.deal_price)
        d = ReviewDaily.__table__.c
        imported = order_numbers(session, campaign_id)
        typed = set(session.execute(select(d.day, d.group_label)
                                    .where(d.campaign_id == campaign_id))) if imported.daily else set()
        extra = {key: value for key, value in imported.daily.items() if key not in typed}
        data.imported_days = len(extra)
        per_day: dict[date, list] = {}
        for day, members, active, orders, revenue in session.execute(
                select(d.day, func.sum(d.members), func.sum(d.active), func.sum(d.orders),
                       func.sum(d.revenue)).where(d.campaign_id == campaign_id).group_by(d.day)):
            per_day[day] = [members, active, orders, revenue]
        for (day, _group), (members, orders, revenue) in extra.items():
            sums = per_day.setdefault(day, [0, 0, 0, 0.0])
            sums[0] += members
            sums[2] += orders
            sums[3] += revenue
        running = 0
        for day in sorted(per_day):
            members, active, orders, revenue = per_day[day]
            running += orders
            data.days.append(DayTotal(day, members, active, orders, round(revenue, 2), running))
        peaks = {group: [members or 0, active or 0] for group, members, active in session.execute(
            select(d.group_label, func.max(d.members), func.max(d.active))
            .where(d.campaign_id == campaign_id).group_by(d.group_label))}
        for (_day, group), (members, _orders, _revenue) in extra.items():
            peak = peaks.setdefault(group, [0, 0])
            peak[0] = max(peak[0], members)
        data.groups = len(peaks)
        data.joined = sum(members for members, _active in peaks.values())
        data.peak_active = sum(active for _members, active in peaks.values())
        totals: dict[str, list[int]] = {}
        for d in channel_days(session, campaign_id, imported.channels):  # review rows win over posts
            t = totals.setdefault(d.channel, [0, 0, 0, 0, 0, 0])
            for i, n in enumerate((d.actions, d.participants, d.likes, d.comments,
                                   int(d.from_posts), d.orders)):
                t[i] += n
        data.channels = [ChannelTotal(name, *t) for name, t in totals.items()]
        data.channels.sort(key=lambda t: (-t.participants, -t.actions, t.channel))
        data.copies = sorted(_copies(session, campaign_id), key=lambda t: (-t[1], t[0]))
        m = ReviewMaterial.__table__.c
        data.materials = sorted((MaterialTotal(*row) for row in session.execute(
            select(m.name, m.kind, m.shares, m.likes, m.comments, m.reads)
            .where(m.campaign_id == campaign_id))), key=lambda t: (-t.engagement, t.name))
        data.ab_tests = session.execute(select(func.count()).where(
            ABTest.__table__.c.campaign_id == campaign_id)).scalar_one()
        data.fission = _fission(session, campaign_id)
    return data


def _fission(session, campaign_id: int) -> FissionFigures | None:
    from flashdesk.fission.service import board_in

    board = board_in(session, campaign_id)
    if board.rules.model is None and not board.entries:
        return None
    return FissionFigures(board.rules.model, tuple((f.key, f.text()) for f in board.figures),
                          board.valid, sum(1 for e in board.entries if e.valid), board.members)
