"""The plan parts: each capability contributes its piece of a campaign's plan through a
module that defines

    SECTION: str                                   the playbook table it owns
    validate(section, check: Checker) -> None      raise through check.fail(key, problem)
    generate(session, campaign, playbook) -> None  plan a new campaign
    campaign_changed(session, before, campaign, playbook) -> None
                                                   launch date / lifetime changed: move with it
    copy(session, source, target) -> None          duplicate as template (target is shifted)

Parts run in the order listed here, inside the caller's transaction."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType

PART_MODULES: tuple[str, ...] = (
    "flashdesk.copies.plan",  # first: duplicated rows of later parts link its duplicated copies
    "flashdesk.posters.plan",  # before channels: a duplicated post links its duplicated poster
    "flashdesk.channels.plan",
    "flashdesk.groups.plan",
    "flashdesk.tasks.plan",
)


@cache
def plan_parts() -> tuple[ModuleType, ...]:
    return tuple(import_module(name) for name in PART_MODULES)
