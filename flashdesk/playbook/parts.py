"""The plan parts: each capability contributes its piece of a campaign's plan through a
module that defines

    SECTION: str                                   the playbook table it owns
    validate(section, check: Checker) -> None      raise through check.fail(key, problem)
    generate(session, campaign, playbook) -> None  plan a new campaign
    campaign_changed(session, before, campaign, playbook) -> None
                                                   launch date / lifetime changed: move with it
    copy(session, source, target) -> None          duplicate as template (target is shifted)
    planned_with(session, campaign_id, playbook) -> Playbook
                                                   optional: the playbook the campaign was planned
                                                   by (a part that remembers its plan model), so a
                                                   later change re-plans by the same one

A capability names its part in its manifest; parts run in the capabilities' layer order
(flashdesk/capabilities.py), inside the caller's transaction: a part can rely on the rows of
the capabilities below it — copies before posters before channels, so a duplicated post links
its duplicated copy and poster, and posts exist before tasks are planned."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType

from flashdesk.capabilities import manifests


@cache
def plan_parts() -> tuple[ModuleType, ...]:
    return tuple(import_module(manifest.part) for manifest in manifests() if manifest.part)


def planned_playbook(session, campaign_id: int, playbook):
    """`playbook` as the campaign was planned by it (its model laid over, if a part
    remembers one)."""
    for part in plan_parts():
        if hasattr(part, "planned_with"):
            playbook = part.planned_with(session, campaign_id, playbook)
    return playbook
