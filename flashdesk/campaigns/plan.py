"""The campaigns' part of a plan: a new campaign's offer starts with the playbook's red-packet
budget and its incentives at the key nodes; a duplicate takes the source's offer and
incentives along. Nothing moves with the launch: the balance window is counted from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashdesk.campaigns.incentives import KINDS, IncentiveDraft, add_rows, rows_in

# The ORM loads when a function needs it: checking the playbook imports every plan part,
# and the command line's listing commands run without the ORM (store/reader.py).
if TYPE_CHECKING:
    from sqlmodel import Session

    from flashdesk.campaigns.tables import Campaign

SECTION = "offers"


def validate(section, check) -> None:
    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    budget = check.require(section, "budget", (int, float), SECTION)
    if budget < 0:
        check.fail(f"{SECTION}.budget", "cannot be negative")
    for i, item in enumerate(check.table_list(section, "incentive", SECTION)):
        where = f"{SECTION}.incentive[{i}]"
        check.require(item, "node", str, where)
        check.require(item, "sender", str, where)
        if check.require(item, "kind", str, where) not in KINDS:
            check.fail(f"{where}.kind", f"should be one of {', '.join(KINDS)}")
        if check.require(item, "count", int, where) < 1:
            check.fail(f"{where}.count", "should be at least 1")
        low = check.require(item, "min", (int, float), where)
        high = check.require(item, "max", (int, float), where)
        if not 0 <= low <= high or high <= 0:
            check.fail(f"{where}.max", "amounts run from min to max, max above 0")


def defaults(playbook) -> list[IncentiveDraft]:
    return [IncentiveDraft(item["node"], item["kind"], item["count"], float(item["min"]),
                           float(item["max"]), item["sender"])
            for item in playbook.section(SECTION)["incentive"]]


def generate(session: Session, campaign: Campaign, playbook) -> None:
    from flashdesk.campaigns.tables import Offer

    session.add(Offer(campaign_id=campaign.id, budget=float(playbook.section(SECTION)["budget"])))
    add_rows(session, campaign.id, defaults(playbook))


def campaign_changed(session: Session, before, campaign: Campaign, playbook) -> None:
    """Nothing to move: the balance window is counted from the launch."""


def copy(session: Session, source: Campaign, target: Campaign) -> None:
    from flashdesk.campaigns.tables import Offer

    offer = session.get(Offer, source.id)
    data = offer.model_dump(exclude={"campaign_id"}) if offer is not None else {}
    session.add(Offer(campaign_id=target.id, **data))
    add_rows(session, target.id, [IncentiveDraft.of(row) for row in rows_in(session, source.id)])
