"""Red packets and draws planned at the key nodes, and the budget they spend.

An incentive names a key node by its plain key (wake_up, order_flood …) and is sent each time
that node comes: a node of every group day (晒单) sends it once a day. How often each node
comes is the Group SOP's to say, so the budget is summed from counts handed in
(`groups.incentive_plan` does that). Planned spending takes every packet at its highest
amount; expected spending at the middle of its range."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashdesk.campaigns.offer import MAX_AMOUNT, money
from flashdesk.i18n import QT_TRANSLATE_NOOP, translate

# The ORM loads when a function needs it: checking the playbook imports every plan part,
# and the command line's listing commands run without the ORM (store/reader.py).
if TYPE_CHECKING:
    from sqlmodel import Session

    from flashdesk.campaigns.tables import Incentive
    from flashdesk.store import Store
    from flashdesk.store.change import Change

KINDS = ("red_packet", "draw")
KIND_NAMES = {"red_packet": QT_TRANSLATE_NOOP("Incentives", "Red packet"),
              "draw": QT_TRANSLATE_NOOP("Incentives", "Draw")}
KIND_CHINESE = {"red_packet": "红包", "draw": "抽奖"}
MAX_COUNT = 10_000
MAX_ROWS = 100


def kind_name(kind: str) -> str:
    return translate("Incentives", KIND_NAMES.get(kind, kind))


@dataclass
class IncentiveDraft:
    node_key: str
    kind: str = "red_packet"
    count: int = 1
    min_amount: float = 0.0
    max_amount: float = 0.0
    sender: str = ""

    @classmethod
    def of(cls, row) -> IncentiveDraft:
        return cls(row.node_key, row.kind, row.count, row.min_amount, row.max_amount, row.sender)

    @property
    def planned(self) -> float:
        return self.count * self.max_amount

    @property
    def expected(self) -> float:
        return self.count * (self.min_amount + self.max_amount) / 2

    def describe(self) -> str:
        """红包 5 个 ¥5–20（群主）: the line the runbook and the sheet show."""
        amount = (f"¥{money(self.min_amount)}" if self.min_amount == self.max_amount
                  else f"¥{money(self.min_amount)}–{money(self.max_amount)}")
        who = f"（{self.sender}）" if self.sender else ""
        unit = "个" if self.kind == "red_packet" else "名"
        return f"{KIND_CHINESE.get(self.kind, self.kind)} {self.count} {unit} {amount}{who}"


@dataclass(frozen=True)
class BudgetPlan:
    budget: float
    planned: float  # every packet at its highest amount, each time its node comes
    expected: float  # at the middle of each range

    @property
    def over(self) -> bool:
        return self.planned > self.budget + 1e-9

    def warning(self) -> str:
        """A sentence when the plan can spend more than the budget; "" otherwise."""
        if not self.over:
            return ""
        return translate("Incentives", "The incentives can spend ¥{planned}, above the budget of "
                         "¥{budget} by ¥{over}: lower counts or amounts, or raise the budget.").format(
            planned=money(self.planned), budget=money(self.budget),
            over=money(self.planned - self.budget))


def budget_plan(rows: list[IncentiveDraft], occurrences: Mapping[str, int], budget: float) -> BudgetPlan:
    """The budget against the plan; a node missing from `occurrences` does not come (the group
    is too short for it) and spends nothing."""
    planned = sum(row.planned * occurrences.get(row.node_key, 0) for row in rows)
    expected = sum(row.expected * occurrences.get(row.node_key, 0) for row in rows)
    return BudgetPlan(budget, planned, expected)


def validate_incentives(rows: list[IncentiveDraft], node_keys: Mapping[str, str]) -> list[str]:
    """One message per problem, naming the row (1-based) and how to fix it; `node_keys` maps
    the known node keys to their names."""
    problems = []
    if len(rows) > MAX_ROWS:
        problems.append(translate("Incentives", "At most {count} incentives per campaign.")
                        .format(count=MAX_ROWS))
    for number, row in enumerate(rows, start=1):
        def say(text: str, number=number) -> None:
            problems.append(translate("Incentives", "Row {row}: {problem}").format(row=number, problem=text))

        if row.node_key not in node_keys:
            say(translate("Incentives", "unknown key node {key!r}; pick one of the runbook's nodes.")
                .format(key=row.node_key))
        if row.kind not in KINDS:
            say(translate("Incentives", "unknown kind {kind!r}; use a red packet or a draw.")
                .format(kind=row.kind))
        if not isinstance(row.count, int) or not 1 <= row.count <= MAX_COUNT:
            say(translate("Incentives", "the count must lie between 1 and {most}.").format(most=MAX_COUNT))
        amounts = (row.min_amount, row.max_amount)
        if any(not isinstance(a, (int, float)) or a != a for a in amounts):
            say(translate("Incentives", "an amount is not a number."))
        elif any(a < 0 for a in amounts):
            say(translate("Incentives", "an amount cannot be negative."))
        elif row.max_amount <= 0:
            say(translate("Incentives", "the highest amount must be above 0."))
        elif row.min_amount > row.max_amount:
            say(translate("Incentives", "the lowest amount ({low}) is above the highest ({high}); "
                          "swap them.").format(low=money(row.min_amount), high=money(row.max_amount)))
        elif row.max_amount > MAX_AMOUNT:
            say(translate("Incentives", "too large: at most {limit} yuan.").format(limit=MAX_AMOUNT))
        if len(row.sender) > 100:
            say(translate("Incentives", "the sender's name is longer than 100 characters."))
    return problems


def node_names(playbook=None) -> dict[str, str]:
    """The key nodes an incentive may name: key -> name, in the playbook's order."""
    from flashdesk.playbook import default_playbook

    playbook = playbook or default_playbook()
    return {node["key"]: node["name"] for node in playbook.section("groups")["node"]}


def rows_in(session: Session, campaign_id: int) -> list[Incentive]:
    from sqlmodel import col, select

    from flashdesk.campaigns.tables import Incentive

    return list(session.exec(select(Incentive).where(Incentive.campaign_id == campaign_id)
                             .order_by(col(Incentive.position), col(Incentive.id))))


def incentives(store: Store, campaign_id: int) -> list[IncentiveDraft]:
    with store.session() as session:
        return [IncentiveDraft.of(row) for row in rows_in(session, campaign_id)]


def add_rows(session: Session, campaign_id: int, rows: list[IncentiveDraft]) -> None:
    from flashdesk.campaigns.tables import Incentive

    session.add_all(Incentive(campaign_id=campaign_id, position=i, node_key=row.node_key,
                              kind=row.kind, count=row.count, min_amount=row.min_amount,
                              max_amount=row.max_amount, sender=row.sender.strip())
                    for i, row in enumerate(rows))


def set_incentives(store: Store, campaign_id: int, rows: list[IncentiveDraft], budget: float) -> Change:
    """Replace the campaign's incentives and set its budget, in one transaction; a problem
    anywhere leaves the store as it was."""
    from flashdesk.campaigns.service import CampaignError, live_campaign
    from flashdesk.campaigns.tables import Offer

    problems = validate_incentives(rows, node_names())
    if not isinstance(budget, (int, float)) or budget != budget or budget < 0 or budget > MAX_AMOUNT:
        problems.append(translate("Incentives", "The budget must be an amount from 0 to {limit} yuan.")
                        .format(limit=MAX_AMOUNT))
    if problems:
        raise CampaignError(translate("Incentives", "The incentives were not saved. {problems}")
                            .format(problems=" ".join(problems)))
    with store.edit(campaign_id) as edit:
        session = edit.session
        live_campaign(session, campaign_id)
        for row in rows_in(session, campaign_id):
            session.delete(row)
        session.flush()
        add_rows(session, campaign_id, rows)
        offer = session.get(Offer, campaign_id) or Offer(campaign_id=campaign_id)
        offer.budget = round(float(budget), 2)
        session.add(offer)
    return edit.change
