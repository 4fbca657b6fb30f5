"""What the imported exports say about a campaign's results, for the review: paid orders and
revenue per day and group (a buyer's orders count in the first group of the campaign they
joined; "" when they are in none), each group's members at the end of each such day (from its
member export's join times), and paid orders per channel and day (the shop's channel
column)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from flashdesk.customers.tables import CustomerMembership, CustomerOrder


@dataclass
class OrderNumbers:
    # (day, group) -> (members at the end of the day, paid orders, revenue)
    daily: dict[tuple[date, str], tuple[int, int, float]] = field(default_factory=dict)
    channels: dict[tuple[str, date], int] = field(default_factory=dict)  # (channel, day) -> orders

    @property
    def empty(self) -> bool:
        return not (self.daily or self.channels)


def _day(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite's date() gives text


def order_numbers(session: Session, campaign_id: int) -> OrderNumbers:
    numbers = OrderNumbers()
    first_group: dict[int, str] = {}
    joined: dict[str, list[datetime]] = {}  # group -> join times, sorted
    members = session.exec(
        select(CustomerMembership.customer_id, CustomerMembership.group_name,
               CustomerMembership.joined_at)
        .where(CustomerMembership.campaign_id == campaign_id)
        .order_by(CustomerMembership.customer_id, col(CustomerMembership.joined_at).is_(None),
                  CustomerMembership.joined_at, CustomerMembership.id))
    for person, group, at in members:
        first_group.setdefault(person, group)
        joined.setdefault(group, []).append(at or datetime.min)  # no time: counted from the start
    for times in joined.values():
        times.sort()
    paid = (CustomerOrder.campaign_id == campaign_id, col(CustomerOrder.paid) > 0)
    day = func.date(CustomerOrder.ordered_at)
    by_person = session.exec(
        select(day, CustomerOrder.customer_id, func.count(), func.sum(CustomerOrder.paid))
        .where(*paid).group_by(day, CustomerOrder.customer_id))
    sums: dict[tuple[date, str], list] = {}
    for when, person, orders, revenue in by_person:
        totals = sums.setdefault((_day(when), first_group.get(person, "")), [0, 0.0])
        totals[0] += orders
        totals[1] += revenue or 0.0
    for (when, group), (orders, revenue) in sums.items():
        end = datetime.combine(when + timedelta(days=1), datetime.min.time())
        count = bisect_left(joined[group], end) if group in joined else 0
        numbers.daily[(when, group)] = (count, orders, round(revenue, 2))
    for channel, when, orders in session.exec(
            select(CustomerOrder.channel, day, func.count())
            .where(*paid, CustomerOrder.channel != "").group_by(CustomerOrder.channel, day)):
        numbers.channels[(channel, _day(when))] = orders
    return numbers
