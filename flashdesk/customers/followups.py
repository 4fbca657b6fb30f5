"""A campaign's follow-up lists (跟进清单): likers not yet in a group (invite), members
without a paid order (催单), buyers to revisit after delivery and to invite back at D+7
(回访, 复购), and those who missed out (没抢到: an unpaid or cancelled order and nothing paid,
or a name list whose label says 没抢到). Each row carries its 1:1 message drafted from the
copy library's copy for the kind (playbook [customers.followup]), filled with the campaign's
values and opened with the person's nickname, and whether it was done or skipped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign, live_campaign
from flashdesk.customers.edits import CustomerError
from flashdesk.customers.service import Filter, Person, people
from flashdesk.customers.tables import (
    Customer,
    CustomerFollowUp,
    CustomerListing,
    CustomerMembership,
    CustomerOrder,
)
from flashdesk.customers.tiers import FOLLOW_UP_KINDS, FollowUpKind, Rules, default_rules
from flashdesk.i18n import translate
from flashdesk.playbook import key_dates
from flashdesk.store import Store
from flashdesk.store.change import Change

MISSED_LABEL = "没抢到"
STATUSES = ("done", "skipped")


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    due: datetime
    person: Person
    message: str
    status: str  # "" (to do) | done | skipped


def _who(session: Session, campaign_id: int) -> dict[str, set[int]]:
    def ids(query) -> set[int]:
        return set(session.exec(query).all())

    members = ids(select(CustomerMembership.customer_id)
                  .where(CustomerMembership.campaign_id == campaign_id))
    listed = ids(select(CustomerListing.customer_id).where(
        CustomerListing.campaign_id == campaign_id,
        ~col(CustomerListing.label).contains(MISSED_LABEL)))
    registered = ids(select(CustomerListing.customer_id).where(
        CustomerListing.campaign_id == campaign_id,
        col(CustomerListing.label).contains(MISSED_LABEL)))
    buyers = ids(select(CustomerOrder.customer_id).where(
        CustomerOrder.campaign_id == campaign_id, col(CustomerOrder.paid) > 0))
    tried = ids(select(CustomerOrder.customer_id).where(
        CustomerOrder.campaign_id == campaign_id, col(CustomerOrder.paid) == 0))
    return {"invite": listed - members, "nudge": members - buyers, "revisit": buyers,
            "repurchase": buyers, "missed": (tried | registered) - buyers}


def draft(body: str, values: dict[str, str], nickname: str) -> str:
    """The copy filled for one person: campaign values, then {nickname} (opening the message
    when the copy does not name the person)."""
    from flashdesk.copies.variables import fill

    if "{nickname}" not in body:
        body = "{nickname}，" + body
    return fill(body, {**values, "nickname": nickname}, strict=False)


def follow_ups(store: Store, campaign_id: int, rules: Rules | None = None) -> list[FollowUp]:
    """Every list of the campaign, in the playbook's order, each by person id."""
    from flashdesk.copies.service import seeded_copy
    from flashdesk.groups.copy_values import values_for

    rules = rules or default_rules()
    with store.session() as session:
        campaign: Campaign = live_campaign(session, campaign_id, CustomerError)
        who = _who(session, campaign_id)
        marks = {(r.customer_id, r.kind): r.status for r in session.exec(
            select(CustomerFollowUp).where(CustomerFollowUp.campaign_id == campaign_id))}
    dates = key_dates(campaign)
    values = values_for(store, campaign_id)
    everyone = {p.id: p for p in people(store, Filter(campaign_id=campaign_id), rules=rules)}
    rows = []
    for kind in rules.followups:
        copy = seeded_copy(store, kind.copy, campaign_id)
        body = copy.body if copy else ""
        due = datetime.combine(kind.day.resolve(dates.launch_day, dates.group_close), kind.time)
        for person_id in sorted(who[kind.kind]):
            person = everyone[person_id]
            rows.append(FollowUp(kind, due, person, draft(body, values, person.nickname),
                                 marks.get((person_id, kind.kind), "")))
    return rows


def mark(store: Store, campaign_id: int, person_id: int, kind: str, status: str) -> Change:
    """Record a follow-up done or skipped; status "" puts it back on the list."""
    if kind not in FOLLOW_UP_KINDS or status not in STATUSES + ("",):
        raise CustomerError(translate("Customers", "A follow-up is one of {kinds} and is done, "
                                      "skipped or to do.").format(kinds=", ".join(FOLLOW_UP_KINDS)))
    with store.edit(campaign_id) as edit:
        session = edit.session
        live_campaign(session, campaign_id, CustomerError)
        if session.get(Customer, person_id) is None:
            raise CustomerError(translate("Customers", "There is no person {id}.").format(id=person_id))
        known = session.exec(select(CustomerFollowUp).where(
            CustomerFollowUp.campaign_id == campaign_id, CustomerFollowUp.customer_id == person_id,
            CustomerFollowUp.kind == kind)).first()
        if not status:
            if known is not None:
                session.exec(delete(CustomerFollowUp).where(CustomerFollowUp.id == known.id))
        elif known is None:
            session.add(CustomerFollowUp(campaign_id=campaign_id, customer_id=person_id,
                                         kind=kind, status=status))
        elif known.status != status:
            known.status, known.at = status, datetime.now()
            session.add(known)
    return edit.change
