"""The daily timetable as dated items: each slot on each group day, ticked off as done or
skipped (by whom, when) and set pending again — one transaction and one Change each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import col, select

from flashdesk.groups import rules
from flashdesk.groups.service import _campaign, _get, text_values
from flashdesk.groups.tables import BEAT_STATES, TimetableItem, TimetableSlot
from flashdesk.groups.texts import fill
from flashdesk.i18n import translate
from flashdesk.store import Store
from flashdesk.store.change import Change


@dataclass(frozen=True)
class DayItem:
    id: int
    slot_id: int
    day: date
    start: datetime
    end: datetime
    content: str  # filled with the campaign's values
    interaction: str
    purpose: str
    owner: str
    state: str
    done_by: str
    finished_at: datetime | None


def day_items(store: Store, campaign_id: int, day: date | None = None) -> list[DayItem]:
    """The items of the campaign's live slots (of one day when given), by day and time."""
    values = text_values(store, campaign_id)
    with store.session() as session:
        _campaign(session, campaign_id)
        query = (select(TimetableItem, TimetableSlot).join(TimetableSlot)
                 .where(TimetableItem.campaign_id == campaign_id, col(TimetableSlot.deleted).is_(False)))
        if day is not None:
            query = query.where(TimetableItem.day == day)
        rows = list(session.exec(query))
    items = [DayItem(item.id, slot.id, item.day, datetime.combine(item.day, time.fromisoformat(slot.start)),
                     datetime.combine(item.day, time.fromisoformat(slot.end)), fill(slot.content, values),
                     slot.interaction, slot.purpose, slot.owner, item.state, item.done_by, item.finished_at)
             for item, slot in rows]
    return sorted(items, key=lambda i: (i.start, i.end, i.slot_id))


def set_item_state(store: Store, item_id: int, state: str, who: str = "",
                   now: datetime | None = None) -> Change:
    """Mark a day's item done or skipped (by `who`, at `now`) or pending again."""
    state = rules.choice(state, BEAT_STATES, label=translate("Timetable", "Item state"))
    who = rules.text(who, label=translate("Timetable", "Done by"), limit=100, multiline=False)
    with store.edit() as edit:
        item = edit.session.get(TimetableItem, item_id)
        if item is None:
            raise rules.GroupError(translate("Timetable", "That timetable item no longer exists; the group "
                                             "may have become shorter. Reload the tab."))
        _get(edit.session, TimetableSlot, item.slot_id)
        item.state = state
        item.done_by = "" if state == "pending" else who
        item.finished_at = None if state == "pending" else (now or datetime.now()).replace(microsecond=0)
    return edit.change
