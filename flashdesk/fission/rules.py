"""The fission rules, without the store: whether an invite counts (and why not), the reward
tier a count reaches, the leaderboard's ranks and the review's figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flashdesk.errors import UserError
from flashdesk.i18n import translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (marks text for lupdate)
    return text


# The review's figures a model may name ([fission] figures), with their English labels.
FIGURES = {
    "invites_per_promoter": QT_TRANSLATE_NOOP("Fission", "Invites per promoter"),
    "share_inviting": QT_TRANSLATE_NOOP("Fission", "Share of members who invited someone"),
    "members_per_promoter": QT_TRANSLATE_NOOP("Fission", "Members per promoter"),
}
STATUSES = ("pending", "sent")


class FissionError(UserError):
    """A fission request the store cannot take; nothing changed."""


@dataclass(frozen=True)
class Tier:
    invites: int
    reward: str


@dataclass(frozen=True)
class Rules:
    """A campaign's fission rules: from its model's playbook section and its key dates."""

    model: str | None
    leave_hours: int
    tiers: tuple[Tier, ...]  # fewest invites first
    figures: tuple[str, ...]
    start: date  # the campaign's first day (warm-up start): customers known before do not count

    def tier(self, valid: int) -> Tier | None:
        """The highest tier `valid` invites reach."""
        return next((t for t in reversed(self.tiers) if valid >= t.invites), None)

    def next_tier(self, valid: int) -> Tier | None:
        return next((t for t in self.tiers if valid < t.invites), None)


def rules_from(section: dict, model: str | None, start: date) -> Rules:
    return Rules(model, section["leave_hours"],
                 tuple(Tier(item["invites"], item["reward"]) for item in section["reward"]),
                 tuple(section["figures"]), start)


def why_not(rules: Rules, *, inviter_key: str, invitee_key: str, invited_at: datetime | None,
            left_at: datetime | None, known_since: date | None) -> str:
    """Why an invite does not count, "" when it does."""
    if inviter_key == invitee_key:
        return translate("Fission", "invited themselves")
    if left_at is not None and invited_at is None:
        return translate("Fission", "left the group; the file does not say when they joined")
    if left_at is not None and left_at - invited_at < timedelta(hours=rules.leave_hours):
        hours = f"{(left_at - invited_at).total_seconds() / 3600:.1f}"
        return translate("Fission", "left the group after {hours} h (within {limit} h)").format(
            hours=hours, limit=rules.leave_hours)
    if known_since is not None and known_since < rules.start:
        return translate("Fission", "already a customer since {day} (before the campaign began "
                         "on {start})").format(day=known_since.isoformat(),
                                               start=rules.start.isoformat())
    return ""


@dataclass(frozen=True)
class Entry:
    """One promoter's line on the leaderboard."""

    rank: int
    promoter: str
    promoter_key: str
    valid: int
    not_counted: int
    tier: Tier | None
    status: str  # pending | sent ("" without a tier)
    next_tier: Tier | None


def ranked(counts: dict[str, tuple[str, int, int]], rules: Rules,
           sent: set[tuple[str, int]]) -> list[Entry]:
    """Entries from promoter key -> (name, valid, not counted), most valid invites first;
    equal counts share a rank (1, 1, 3). `sent`: (promoter key, tier invites) handed out."""
    order = sorted(counts.items(), key=lambda item: (-item[1][1], item[1][2], item[1][0], item[0]))
    entries, rank, last = [], 0, None
    for position, (key, (name, valid, not_counted)) in enumerate(order, start=1):
        if valid != last:
            rank, last = position, valid
        tier = rules.tier(valid)
        status = "" if tier is None else ("sent" if (key, tier.invites) in sent else "pending")
        entries.append(Entry(rank, name, key, valid, not_counted, tier, status,
                             rules.next_tier(valid)))
    return entries


@dataclass(frozen=True)
class Figure:
    key: str
    value: float | None  # None when there is nothing to divide by

    def label(self) -> str:
        return translate("Fission", FIGURES[self.key])

    def text(self) -> str:
        if self.value is None:
            return "—"
        return f"{self.value:.0%}" if self.key == "share_inviting" else f"{self.value:.1f}"


def figures(keys: tuple[str, ...], *, valid: int, promoters: int, members: int) -> list[Figure]:
    """The model's figures: valid invites per promoter (a promoter has one valid invite or
    more), the share of members who invited someone, members per promoter."""
    values = {
        "invites_per_promoter": valid / promoters if promoters else None,
        "share_inviting": promoters / members if members else None,
        "members_per_promoter": members / promoters if promoters else None,
    }
    return [Figure(key, values[key]) for key in keys]
