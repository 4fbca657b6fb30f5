"""The plan as an iCalendar file, so each team member's phone reminds them: every task,
warm-up post, runbook beat and daily timetable slot (on each group day) is one event with an
alarm. It reads every capability, like the team workbook, so it sits beside it.

With a role (its key or name) the file holds that role's share: its tasks, the posts its
tasks carry out, the beats of the key nodes it owns; the timetable is the whole team's
routine and stays out of a role's file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.service import list_posts
from flashdesk.errors import UserError
from flashdesk.groups import service as groups
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.tables import TimetableSlot
from flashdesk.playbook.calendar import close_day
from flashdesk.store import Store
from flashdesk.tasks.posts import post_labels
from flashdesk.tasks.service import load_board

ALARM_BEFORE = {"task": 30, "post": 15, "beat": 5, "slot": 10}  # minutes


@dataclass(frozen=True)
class Item:
    kind: str  # task, post, beat, slot
    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""


def plan_items(store: Store, campaign_id: int, role: str = "") -> list[Item]:
    """Every dated item of the plan, in time order; with `role` only that role's."""
    campaign = get_campaign(store, campaign_id)
    board = load_board(store, campaign_id)
    roles = {r.id: r for r in board.roles}
    picked = None
    if role:
        picked = next((r for r in board.roles if role in (r.key, r.name)), None)
        if picked is None:
            names = ", ".join(f"{r.key} ({r.name})" for r in board.roles)
            raise UserError(f"No role {role!r} in {campaign.name}; use one of: {names}.")
    items = []
    carried: set[int] = set()
    for task in board.tasks:
        if picked is not None and task.role_id != picked.id:
            continue
        if task.post_id:
            carried.add(task.post_id)
        owner = roles[task.role_id].name if task.role_id in roles else ""
        items.append(Item("task", f"task-{task.id}", task.name, task.start,
                          max(task.end, task.start + timedelta(minutes=15)), owner))
    labels = post_labels(store, campaign_id)
    for post in list_posts(store, campaign_id):
        if picked is not None and post.id not in carried and post.owner != picked.name:
            continue
        start = datetime.combine(post.day, post.time_of_day or time(9, 0))
        items.append(Item("post", f"post-{post.id}", f"发布：{labels.get(post.id, post.stage)}",
                          start, start + timedelta(minutes=15), post.title))
    for node in load_runbook(store, campaign_id).nodes:
        if picked is not None and node.owner != picked.name:
            continue
        for beat in node.beats:
            items.append(Item("beat", f"beat-{beat.id}", f"{node.name}：{beat.filled[:40]}", beat.due,
                              beat.due + timedelta(minutes=max(beat.wait_minutes, 1)), beat.filled))
    if picked is None:
        days = (close_day(campaign.launch_at, campaign.lifetime_days) - campaign.launch_at.date()).days
        for slot in groups.rows(store, TimetableSlot, campaign_id):
            for n in range(days + 1):
                day = campaign.launch_at.date() + timedelta(days=n)
                items.append(Item("slot", f"slot-{slot.id}-{day:%Y%m%d}", slot.content[:60],
                                  datetime.combine(day, time.fromisoformat(slot.start)),
                                  datetime.combine(day, time.fromisoformat(slot.end)),
                                  f"{slot.interaction}\n{slot.purpose}".strip()))
    return sorted(items, key=lambda item: (item.start, item.uid))


def export_calendar(store: Store, campaign_id: int, target: Path | str, role: str = "",
                    progress: Callable | None = None) -> Path:
    from icalendar import Alarm, Calendar, Event

    from flashdesk.outputs import write_output

    campaign = get_campaign(store, campaign_id)
    calendar = Calendar()
    calendar.add("prodid", "-//FlashDesk//plan//ZH")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", campaign.name + (f" · {role}" if role else ""))
    stamp = datetime.now().replace(microsecond=0)
    for item in plan_items(store, campaign_id, role):
        event = Event()
        event.add("uid", f"{item.uid}-c{campaign_id}@flashdesk")
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("dtstart", item.start)  # floating local time: the team's own clock
        event.add("dtend", item.end)
        event.add("categories", [item.kind])
        if item.description:
            event.add("description", item.description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", timedelta(minutes=-ALARM_BEFORE[item.kind]))
        event.add_component(alarm)
        calendar.add_component(event)
    return write_output(target, lambda temp: Path(temp).write_bytes(calendar.to_ical()), "ics")
