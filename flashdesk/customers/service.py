"""Reading people for lists, the command line and the sheets: filtered in SQL (tier by the
kept paid total, tag, stage, campaign) so a list of 100,000 people filters at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, union
from sqlmodel import col, select

from flashdesk.customers.tables import (
    Customer,
    CustomerListing,
    CustomerMembership,
    CustomerOrder,
    CustomerTag,
)
from flashdesk.customers.tiers import Rules, default_rules
from flashdesk.store import Store

PAGE = 200  # people per page of a list (the tab's model, the benchmark)


@dataclass(frozen=True)
class Person:
    id: int
    nickname: str
    remark: str
    phone: str
    stage: str
    paid_total: float
    tags: tuple[str, ...]
    tier: str


@dataclass(frozen=True)
class Filter:
    campaign_id: int | None = None
    tier: str | None = None
    tag: str | None = None
    stage: str | None = None


def mask(phone: str) -> str:
    """138****8000: enough to tell people apart, not enough to call them."""
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else phone


def _tagged(tag: str):
    """The people with a tag, from the (tag, customer_id) index alone."""
    return select(CustomerTag.customer_id).where(CustomerTag.tag == tag)


def _where(chosen: Filter, rules: Rules, *, counting: bool = False):
    """The filter as SQL. A page of people walks the ids and probes the campaign's
    (campaign_id, customer_id) indexes per person, so the first rows come at once; a count
    takes the campaign's people as one set from those indexes instead (customers_0004)."""
    clauses = []
    if chosen.campaign_id is not None:
        tables = (CustomerMembership, CustomerOrder, CustomerListing)
        if counting:
            clauses.append(col(Customer.id).in_(union(*(
                select(table.customer_id).where(table.campaign_id == chosen.campaign_id)
                for table in tables))))
        else:
            clauses.append(or_(*(exists().where(table.campaign_id == chosen.campaign_id,
                                                table.customer_id == Customer.id)
                                 for table in tables)))
    if chosen.tier == rules.partner_tag:
        clauses.append(col(Customer.id).in_(_tagged(rules.partner_tag)))
    elif chosen.tier:
        low, high = rules.span(chosen.tier)
        clauses.append(and_(col(Customer.paid_total) >= low,
                            col(Customer.id).not_in(_tagged(rules.partner_tag)),
                            *([col(Customer.paid_total) < high] if high is not None else [])))
    if chosen.tag:
        clauses.append(col(Customer.id).in_(_tagged(chosen.tag)))
    if chosen.stage:
        clauses.append(Customer.stage == chosen.stage)
    return clauses


def people(store: Store, chosen: Filter = Filter(), *, limit: int | None = None,
           after: int = 0, rules: Rules | None = None) -> list[Person]:
    """The people the filter keeps, by id, with their tags and tier; a page of them with
    `limit` and `after` (the last id of the page before: a list scrolls page by page)."""
    rules = rules or default_rules()
    tags = (select(func.aggregate_strings(CustomerTag.tag, "\x1f"))
            .where(CustomerTag.customer_id == Customer.id).scalar_subquery())
    query = (select(Customer.id, Customer.nickname, Customer.remark, Customer.phone,
                    Customer.stage, Customer.paid_total, tags)
             .where(col(Customer.id) > after, *_where(chosen, rules))
             .order_by(Customer.id).limit(limit))
    with store.session() as session:
        found = session.exec(query).all()
    out = []
    for person_id, nickname, remark, phone, stage, total, joined in found:
        names = tuple(sorted(joined.split("\x1f"))) if joined else ()
        out.append(Person(person_id, nickname, remark, phone, stage, total, names,
                          rules.tier(total, set(names))))
    return out


def _campaign_count(campaign_id: int):
    """How many people a campaign has, as three disjoint counts: its buyers (distinct in the
    order index, which lists each campaign's buyers in order: no set to build), its members
    who bought nothing, its listed people in neither. Half the time of counting the union
    of all three, whose 300,000 order rows go through a temporary set."""
    def within(table, person):
        return exists().where(table.campaign_id == campaign_id, table.customer_id == person)

    parts = []
    earlier: list = []
    for table in (CustomerOrder, CustomerMembership, CustomerListing):
        parts.append(select(func.count(func.distinct(table.customer_id)))
                     .where(table.campaign_id == campaign_id,
                            *[~within(other, table.customer_id) for other in earlier])
                     .scalar_subquery())
        earlier.append(table)
    return select(parts[0] + parts[1] + parts[2])


def count(store: Store, chosen: Filter = Filter()) -> int:
    with store.session() as session:
        if chosen.campaign_id is not None and chosen == Filter(campaign_id=chosen.campaign_id):
            return session.exec(_campaign_count(chosen.campaign_id)).one()
        return session.exec(select(func.count(Customer.id))
                            .where(*_where(chosen, default_rules(), counting=True))).one()


@dataclass(frozen=True)
class Page:
    """Everything known about one person, for their page."""

    person: Person
    external_id: str
    source: str
    added_by: str
    added_on: object
    notes: str
    groups: list[tuple[str, object]]          # (group, joined at)
    orders: list[tuple[str, object, str, float, str]]  # (no., ordered at, item, paid, status)
    lists: list[str]
    follow_ups: list[tuple[int | None, str, str]]  # (campaign, kind, status)


def page(store: Store, person_id: int) -> Page | None:
    from flashdesk.customers.tables import CustomerFollowUp

    with store.session() as session:
        row = session.get(Customer, person_id)
        if row is None:
            return None
        groups = [(m.group_name, m.joined_at) for m in session.exec(
            select(CustomerMembership).where(CustomerMembership.customer_id == person_id)
            .order_by(CustomerMembership.id))]
        orders = [(o.order_no, o.ordered_at, o.item, o.paid, o.status) for o in session.exec(
            select(CustomerOrder).where(CustomerOrder.customer_id == person_id)
            .order_by(CustomerOrder.ordered_at))]
        lists = [item.label for item in session.exec(
            select(CustomerListing).where(CustomerListing.customer_id == person_id))]
        marks = [(f.campaign_id, f.kind, f.status) for f in session.exec(
            select(CustomerFollowUp).where(CustomerFollowUp.customer_id == person_id))]
        tags = tuple(sorted(session.exec(select(CustomerTag.tag)
                                         .where(CustomerTag.customer_id == person_id)).all()))
    rules = default_rules()
    person = Person(row.id, row.nickname, row.remark, row.phone, row.stage, row.paid_total, tags,
                    rules.tier(row.paid_total, set(tags)))
    return Page(person, row.external_id, row.source, row.added_by, row.added_on, row.notes,
                groups, orders, lists, marks)


def known_since(session, external_ids: set[str], nicknames: set[str]
                ) -> tuple[dict[str, date], dict[str, date]]:
    """When the people with these external ids or nicknames were first known — the earlier of
    the day they were added and the day of their first order — as (by external id, by
    nickname); people known from neither have no entry."""
    first_order = (select(CustomerOrder.customer_id, func.min(CustomerOrder.ordered_at).label("at"))
                   .group_by(CustomerOrder.customer_id).subquery())
    by_id: dict[str, date] = {}
    by_name: dict[str, date] = {}
    for column, wanted, found in ((Customer.external_id, sorted(external_ids), by_id),
                                  (Customer.nickname, sorted(nicknames), by_name)):
        for start in range(0, len(wanted), 500):
            rows = session.exec(
                select(column, Customer.added_on, first_order.c.at)
                .join(first_order, first_order.c.customer_id == Customer.id, isouter=True)
                .where(col(column).in_(wanted[start:start + 500])))
            for key, added_on, ordered_at in rows:
                days = [d for d in (added_on, ordered_at and ordered_at.date()) if d]
                if key and days:
                    found[key] = min([*days, found.get(key, min(days))])
    return by_id, by_name
