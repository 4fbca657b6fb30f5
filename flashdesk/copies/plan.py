"""The copy library's plan part. The library is shared by every campaign, so planning a
new campaign adds no copies (the seeded library is already there) and a moved launch moves
nothing (copies carry no dates: {launch} and {deadline} are filled when used). Duplicating
a campaign as a template takes its adapted, campaign-scoped copies along."""

from __future__ import annotations

from flashdesk.copies.vocab import CHANNEL_BY_KEY

SECTION = "copies"


def validate(section, check) -> None:
    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    limits = section.get("limits", {})
    if not isinstance(limits, dict):
        check.fail(f"{SECTION}.limits", "should be a table of channel = characters")
    for channel, limit in limits.items():
        if channel not in CHANNEL_BY_KEY or not channel:
            known = ", ".join(k for k in CHANNEL_BY_KEY if k)
            check.fail(f"{SECTION}.limits.{channel}", f"is not a channel type (known: {known})")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            check.fail(f"{SECTION}.limits.{channel}", f"should be a positive whole number, not {limit!r}")


def limits(playbook) -> dict[str, int]:
    return dict(playbook.section(SECTION).get("limits", {}))


def generate(session, campaign, playbook) -> None:
    """Nothing to plan: see the module docstring."""


def campaign_changed(session, before, campaign, playbook) -> None:
    """Nothing moves: see the module docstring."""


def copy(session, source, target) -> None:
    from flashdesk.copies.links import remember_duplicates
    from flashdesk.copies.service import copy_campaign_copies

    remember_duplicates(session, copy_campaign_copies(session, source.id, target.id))
