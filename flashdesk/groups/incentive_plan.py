"""The incentives (red packets and draws, kept with the campaign's offer) against the key
nodes the Group SOP plans: how often each node comes decides what its incentives spend, so a
daily node's red packets count once per group day, and a node a short group does not have
spends nothing."""

from __future__ import annotations

from flashdesk.campaigns.incentives import BudgetPlan, IncentiveDraft, budget_plan, incentives
from flashdesk.store import Store


def node_counts(store: Store, campaign_id: int) -> dict[str, int]:
    """Key -> how many times that key node comes in the campaign's group life. Counted in SQL
    on the table by its name: the overview shows the counts as the window opens, and the
    Group SOP's ten table classes, which reading KeyNode rows would build, took ~40 ms there
    (busy machine)."""
    from sqlalchemy import column, func, select, table

    key_node = table("key_node", column("campaign_id"), column("key"))
    query = select(key_node.c.key, func.count()).where(key_node.c.campaign_id == campaign_id) \
        .group_by(key_node.c.key)
    with store.session() as session:
        return dict(session.execute(query).all())


def incentive_plan(store: Store, campaign_id: int) -> BudgetPlan:
    """The campaign's budget against what its incentives can spend."""
    from flashdesk.campaigns.service import get_offer

    return budget_plan(incentives(store, campaign_id), node_counts(store, campaign_id),
                       get_offer(store, campaign_id).budget)


def by_node(store: Store, campaign_id: int) -> dict[str, list[IncentiveDraft]]:
    """Node key -> the incentives planned at it, in their order."""
    result: dict[str, list[IncentiveDraft]] = {}
    for row in incentives(store, campaign_id):
        result.setdefault(row.node_key, []).append(row)
    return result
