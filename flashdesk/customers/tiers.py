"""Member tiers (普通, 初级, 核心, 分销) from the playbook's [customers] section: a tier by the
cumulative paid amount, and the distributor tier by a tag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from functools import cache

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook.calendar import DayRef

FOLLOW_UP_KINDS = ("invite", "nudge", "revisit", "repurchase", "missed")


@dataclass(frozen=True)
class Tier:
    name: str
    floor: float  # paid total from which a person is in this tier


@dataclass(frozen=True)
class FollowUpKind:
    kind: str  # invite | nudge | revisit | repurchase | missed
    name: str
    day: DayRef
    time: time
    copy: str  # the seed key of the copy its message is drafted from


@dataclass(frozen=True)
class Rules:
    tiers: tuple[Tier, ...]  # lowest floor first
    followups: tuple[FollowUpKind, ...]
    partner_tag: str
    liked_tag: str
    no_order_tag: str
    no_order_days: int

    def tier(self, paid_total: float, tags: set[str] | frozenset[str] = frozenset()) -> str:
        if self.partner_tag in tags:
            return self.partner_tag
        name = self.tiers[0].name
        for tier in self.tiers:
            if paid_total >= tier.floor:
                name = tier.name
        return name

    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tiers) + (self.partner_tag,)

    def span(self, name: str) -> tuple[float, float | None]:
        """The paid totals [low, high) of a tier by amount (high None: no upper bound)."""
        for index, tier in enumerate(self.tiers):
            if tier.name == name:
                following = self.tiers[index + 1].floor if index + 1 < len(self.tiers) else None
                return tier.floor, following
        raise UserError(translate("Customers", "There is no tier {name!r}; the tiers are {names}.")
                        .format(name=name, names=", ".join(self.names())))


def rules_from(section: dict) -> Rules:
    """The rules from a playbook's [customers] table; a wrong one says which key is wrong."""
    def fail(key: str, problem: str):
        raise UserError(translate("Customers", "Playbook [customers] {key}: {problem}")
                        .format(key=key, problem=problem))

    tiers = []
    for index, item in enumerate(section.get("tier", [])):
        name, floor = item.get("name"), item.get("from")
        if not isinstance(name, str) or not name or not isinstance(floor, (int, float)):
            fail(f"tier[{index}]", "give name = \"…\" and from = an amount")
        tiers.append(Tier(name, float(floor)))
    if not tiers or [t.floor for t in tiers] != sorted({t.floor for t in tiers}):
        fail("tier", "list at least one tier, lowest amount first, each amount once")
    texts = {}
    for key in ("partner_tag", "liked_tag", "no_order_tag"):
        texts[key] = section.get(key)
        if not isinstance(texts[key], str) or not texts[key]:
            fail(key, "give the tag's name")
    days = section.get("no_order_days")
    if not isinstance(days, int) or days < 0:
        fail("no_order_days", "give a number of days, 0 or more")
    followups = []
    for index, item in enumerate(section.get("followup", [])):
        try:
            followups.append(FollowUpKind(item["kind"], item["name"], DayRef.parse(item["day"]),
                                          time.fromisoformat(item["time"]), item["copy"]))
        except (KeyError, ValueError, TypeError, AttributeError):
            fail(f"followup[{index}]", "give kind, name, day (e.g. D+7), time (HH:MM) and copy")
    kinds = [f.kind for f in followups]
    if sorted(kinds) != sorted(FOLLOW_UP_KINDS):
        fail("followup", f"list each of {', '.join(FOLLOW_UP_KINDS)} once")
    return Rules(tuple(tiers), tuple(followups), no_order_days=days, **texts)


@cache
def default_rules() -> Rules:
    from flashdesk.playbook import default_playbook

    return rules_from(default_playbook().sections.get("customers", {}))
