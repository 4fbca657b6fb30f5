"""Rule tags, kept in step with a campaign's data by every import into it: people on one of
its name lists (the likers of a warm-up post) are high-intent (高意向); members of its
groups without a paid order by the end of D+n did not order (未下单). A rule tag that no
longer holds for a person of the campaign is taken off; tags the operator gave are never
touched."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign
from flashdesk.customers.tables import (
    CustomerListing,
    CustomerMembership,
    CustomerOrder,
    CustomerTag,
)
from flashdesk.customers.tiers import Rules
from flashdesk.store.ids import new_ids


def no_order_cutoff(campaign: Campaign, rules: Rules) -> datetime:
    """The end of D+n: members without an order by then are 未下单."""
    day = campaign.launch_at.date() + timedelta(days=rules.no_order_days + 1)
    return datetime(day.year, day.month, day.day)


def apply(session: Session, campaign: Campaign, rules: Rules, now: datetime) -> None:
    listed = set(session.exec(select(CustomerListing.customer_id)
                              .where(CustomerListing.campaign_id == campaign.id)).all())
    members = set(session.exec(select(CustomerMembership.customer_id)
                               .where(CustomerMembership.campaign_id == campaign.id)).all())
    cutoff = no_order_cutoff(campaign, rules)
    not_ordered: set[int] = set()
    if now >= cutoff:
        ordered = set(session.exec(select(CustomerOrder.customer_id).where(
            CustomerOrder.campaign_id == campaign.id, col(CustomerOrder.paid) > 0,
            col(CustomerOrder.ordered_at) < cutoff)).all())
        not_ordered = members - ordered
    concerned = listed | members
    for tag, holders in ((rules.liked_tag, listed), (rules.no_order_tag, not_ordered)):
        have = dict(session.exec(select(CustomerTag.customer_id, CustomerTag.origin)
                                 .where(CustomerTag.tag == tag)).all())
        stale = [p for p, origin in have.items()
                 if origin == "rule" and p in concerned and p not in holders]
        if stale:
            session.exec(delete(CustomerTag).where(CustomerTag.tag == tag,
                                                   col(CustomerTag.customer_id).in_(stale)))
        new = sorted(holders - have.keys())
        if new:
            ids = new_ids(session, CustomerTag, len(new))
            session.exec(insert(CustomerTag), params=[
                {"id": ids[i], "customer_id": p, "tag": tag, "origin": "rule"}
                for i, p in enumerate(new)])
