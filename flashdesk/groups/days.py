"""The group's days for the daily timetable: which days a slot comes on, and keeping each
slot's dated items (one per day) in step with the campaign — planned, moved with the launch,
refitted when the group lives longer or shorter. Runs inside the caller's transaction."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from flashdesk.groups.tables import TimetableItem, TimetableSlot
from flashdesk.playbook.calendar import close_day


def group_days(launch_at, lifetime_days: int) -> list[date]:
    """Launch day to the close day, both included (a one-day group has two)."""
    first = launch_at.date()
    return [first + timedelta(days=n) for n in range((close_day(launch_at, lifetime_days) - first).days + 1)]


def slot_days(days: str, launch_at, lifetime_days: int) -> list[date]:
    """The group days a slot comes on: "all", "launch" (launch day only) or "after"."""
    every = group_days(launch_at, lifetime_days)
    return every[:1] if days == "launch" else every[1:] if days == "after" else every


def add_items(session: Session, campaign, slot: TimetableSlot) -> None:
    session.add_all(TimetableItem(campaign_id=campaign.id, slot_id=slot.id, day=day)
                    for day in slot_days(slot.days, campaign.launch_at, campaign.lifetime_days))


def shift_items(session: Session, campaign_id: int, before_launch, launch_at) -> None:
    """A moved launch day moves every item with it (ticks kept)."""
    delta = timedelta(days=(launch_at.date() - before_launch.date()).days)
    if delta:
        for item in session.exec(select(TimetableItem).where(TimetableItem.campaign_id == campaign_id)):
            item.day += delta
            session.add(item)
        session.flush()


def fit_items(session: Session, campaign) -> None:
    """Each live slot has one item on each of its days: items on days the group no longer has
    go, the days it gained get pending ones."""
    slots = {slot.id: slot for slot in session.exec(select(TimetableSlot).where(
        TimetableSlot.campaign_id == campaign.id))}
    have: set[tuple[int, date]] = set()
    for item in list(session.exec(select(TimetableItem).where(TimetableItem.campaign_id == campaign.id))):
        slot = slots[item.slot_id]
        if item.day not in slot_days(slot.days, campaign.launch_at, campaign.lifetime_days):
            session.delete(item)
        else:
            have.add((item.slot_id, item.day))
    session.flush()
    for slot in slots.values():
        if slot.deleted:
            continue
        session.add_all(TimetableItem(campaign_id=campaign.id, slot_id=slot.id, day=day)
                        for day in slot_days(slot.days, campaign.launch_at, campaign.lifetime_days)
                        if (slot.id, day) not in have)
    session.flush()
