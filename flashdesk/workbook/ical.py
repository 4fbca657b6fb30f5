"""The plan as an iCalendar file, so each team member's phone reminds them: every task,
warm-up post, runbook beat and daily timetable item (each slot on each of its group days) is
one event with an alarm. It reads every capability, like the team workbook, so it sits beside it.

The items and a role's share (its key or name: its tasks, the posts its tasks carry out, the
beats of the key nodes and the timetable items it owns) come from flashdesk/agenda.py, the
same list the Today view shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from flashdesk.agenda import plan_items
from flashdesk.campaigns.service import get_campaign
from flashdesk.store import Store

ALARM_BEFORE = {"task": 30, "post": 15, "beat": 5, "slot": 10}  # minutes


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
