"""Fission's plan part. A campaign planned by a model (see flashdesk/playbook/models.py)
remembers it in `fission_plan` and gets the model's copy drafts as campaign-scoped copies;
the model's tasks, posts, key nodes and poster come from the other parts reading the
overlaid sections. A campaign without a model gets nothing here."""

from __future__ import annotations

from flashdesk.fission.rules import FIGURES

SECTION = "fission"


def validate(section, check) -> None:
    from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY

    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    hours = check.require(section, "leave_hours", int, SECTION)
    if not 1 <= hours <= 24 * 7:
        check.fail(f"{SECTION}.leave_hours", "should be 1 to 168 hours")
    last = 0
    for i, tier in enumerate(check.require(section, "reward", list, SECTION)):
        where = f"{SECTION}.reward[{i}]"
        if not isinstance(tier, dict):
            check.fail(where, "should be a table { invites = 3, reward = \"...\" }")
        invites = check.require(tier, "invites", int, where)
        if invites <= last:
            check.fail(f"{where}.invites", "tiers should need more invites each, from 1 up")
        last = invites
        if not check.require(tier, "reward", str, where).strip():
            check.fail(f"{where}.reward", "should name the reward")
    for key in check.require(section, "figures", list, SECTION):
        if key not in FIGURES:
            check.fail(f"{SECTION}.figures", f"{key!r} is not a figure (known: {', '.join(FIGURES)})")
    for i, item in enumerate(check.require(section, "copy", list, SECTION)):
        where = f"{SECTION}.copy[{i}]"
        if not isinstance(item, dict):
            check.fail(where, "should be a table with title, channel, stage and body")
        for key in ("title", "body"):
            if not check.require(item, key, str, where).strip():
                check.fail(f"{where}.{key}", "must not be empty")
        if check.require(item, "channel", str, where) not in CHANNEL_BY_KEY:
            check.fail(f"{where}.channel", f"is not a copy channel ({', '.join(CHANNEL_BY_KEY)})")
        if check.require(item, "stage", str, where) not in STAGE_BY_KEY:
            check.fail(f"{where}.stage", f"is not a copy stage ({', '.join(STAGE_BY_KEY)})")


def generate(session, campaign, playbook) -> None:
    if playbook.model is None:  # before the tables' import, which loads the customers' too
        return
    from flashdesk.copies.service import CopyDraft, add_planned_copy
    from flashdesk.fission.tables import FissionPlan

    session.add(FissionPlan(campaign_id=campaign.id, model=playbook.model))
    for item in playbook.section(SECTION)["copy"]:
        add_planned_copy(session, CopyDraft(title=item["title"], body=item["body"],
                                            channel=item["channel"], stage=item["stage"],
                                            campaign_id=campaign.id))


def campaign_changed(session, before, campaign, playbook) -> None:
    """Nothing moves: the model has no dates; the rules read the campaign's dates when used."""


def planned_with(session, campaign_id: int, playbook):
    """The playbook as the campaign's model plans (a longer group life gets the model's daily
    key nodes on its new days too)."""
    from flashdesk.fission.tables import FissionPlan

    plan = session.get(FissionPlan, campaign_id)
    return playbook.with_model(plan.model) if plan is not None and playbook.model is None \
        else playbook


def copy(session, source, target) -> None:
    """The template keeps its model (its copies go with the copy library's part); invites
    and rewards belong to the campaign that ran and stay with it."""
    from sqlmodel import select

    from flashdesk.fission.tables import FissionPlan

    plan = session.exec(select(FissionPlan).where(FissionPlan.campaign_id == source.id)).first()
    if plan is not None:
        session.add(FissionPlan(campaign_id=target.id, model=plan.model))
