"""Group SOP operations over the store. Every edit is one transaction (`store.edit()`) and
returns its `Change`; bad input raises GroupError before anything is written. Groups,
beats and the SOP rows are deleted softly: a linked copy still counts their links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign, live_campaign, offer_in
from flashdesk.groups import rules
from flashdesk.groups.days import add_items, fit_items
from flashdesk.groups.plan import setup_items
from flashdesk.groups.rules import GroupError
from flashdesk.groups.tables import (
    BEAT_KINDS,
    SLOT_DAYS,
    ChatGroup,
    CrisisPlan,
    GroupCampaign,
    GroupSetupItem,
    KeyNode,
    NodeBeat,
    SetupSopItem,
    TimetableSlot,
    WeeklyRhythm,
)
from flashdesk.groups.texts import campaign_values, fill
from flashdesk.i18n import translate
from flashdesk.playbook import Playbook, default_playbook
from flashdesk.playbook.calendar import close_day
from flashdesk.store import Store
from flashdesk.store.change import Change


def _campaign(session: Session, campaign_id: int) -> Campaign:
    return live_campaign(session, campaign_id, GroupError)


def _head(session: Session, campaign_id: int) -> GroupCampaign:
    head = session.get(GroupCampaign, campaign_id)
    if head is None:  # a campaign planned before the groups part existed
        _campaign(session, campaign_id)
        head = GroupCampaign(campaign_id=campaign_id)
        session.add(head)
        session.flush()
    return head


def _get(session: Session, table, row_id: int):
    row = session.get(table, row_id)
    if row is None or getattr(row, "deleted", False):
        raise GroupError(translate("GroupService", "That row no longer exists; it may have been deleted. "
                                   "Reload the tab."))
    return row


# --- field rules per table ---------------------------------------------------------------

def _rule(table, field):
    label = {
        "name": translate("GroupService", "Group name"),
        "qr_payload": translate("GroupService", "QR payload"),
        "capacity": translate("GroupService", "Capacity"),
        "members": translate("GroupService", "Members"),
        "title": translate("GroupService", "Title"),
        "text": translate("GroupService", "Text"),
        "owner": translate("GroupService", "Owner"),
        "wait_minutes": translate("GroupService", "Wait"),
        "start": translate("GroupService", "Start"),
        "end": translate("GroupService", "End"),
        "content": translate("GroupService", "Content"),
        "interaction": translate("GroupService", "Interaction"),
        "purpose": translate("GroupService", "Purpose"),
        "source": translate("GroupService", "Source"),
        "day": translate("GroupService", "Day"),
        "time": translate("GroupService", "Time"),
        "activity": translate("GroupService", "Activity"),
        "topic": translate("GroupService", "Topic"),
        "risk": translate("GroupService", "Risk"),
        "response": translate("GroupService", "Response"),
    }.get(field, field)
    if field in ("done",):
        return bool
    if field == "state":
        return rules.beat_state if table is NodeBeat else rules.group_state
    if field == "days":
        return lambda v: rules.choice(v, SLOT_DAYS, label=translate("GroupService", "Days"))
    if field == "kind":
        return lambda v: rules.choice(v, BEAT_KINDS, label=translate("GroupService", "Beat kind"))
    if field == "qr_payload":
        return lambda v: rules.url(v, label=label)
    if field == "capacity":
        return lambda v: rules.count(v, label=label, low=1, high=rules.MAX_CAPACITY)
    if field == "members":
        return lambda v: rules.count(v, label=label, low=0, high=rules.MAX_CAPACITY)
    if field == "wait_minutes":
        return lambda v: rules.count(v, label=label, low=0, high=180)
    if field in ("start", "end", "time"):
        return lambda v: rules.clock(v, label=label)
    if field in ("created_on", "expires_at", "at"):
        return _datetime
    required = field in ("name", "title", "topic", "risk", "day")
    limit = next((m.max_length for m in table.model_fields[field].metadata
                  if getattr(m, "max_length", None)), 2000)
    multiline = field not in ("name", "title", "owner", "day", "topic")
    return lambda v: rules.text(v, label=label, limit=limit, required=required, multiline=multiline)


def _datetime(value) -> datetime:
    if not isinstance(value, datetime):
        raise GroupError(translate("GroupService", "Give a date and time."))
    return value.replace(second=0, microsecond=0)


EDITABLE = {
    ChatGroup: ("name", "qr_payload", "capacity", "members", "created_on", "expires_at", "state"),
    GroupSetupItem: ("title", "text", "done", "copy_id"),
    KeyNode: ("name", "at", "owner", "copy_id"),
    NodeBeat: ("kind", "text", "wait_minutes"),
    TimetableSlot: ("start", "end", "content", "interaction", "purpose", "source", "owner", "days"),
    WeeklyRhythm: ("day", "time", "activity", "purpose"),
    SetupSopItem: ("topic", "content"),
    CrisisPlan: ("risk", "response", "owner"),
}


def _cross_check(session: Session, row) -> None:
    if isinstance(row, ChatGroup):
        if row.members > row.capacity:
            raise GroupError(translate("GroupService", "{members} members is more than the group's capacity "
                                       "of {capacity}; correct the count or raise the capacity.").format(
                                    members=row.members, capacity=row.capacity))
        if row.expires_at <= row.created_on:
            raise GroupError(translate("GroupService", "The QR code must expire after it was created."))
    elif isinstance(row, KeyNode):
        campaign = session.get(Campaign, row.campaign_id)
        day = campaign.launch_at.date()
        if row.anchor == "L" and row.at.date() != day:
            raise GroupError(translate("GroupService", "{name} must stay on launch day ({day}); {at} is "
                                       "outside it.").format(
                name=row.name, day=day.isoformat(), at=f"{row.at:%Y-%m-%d %H:%M}"))
        closing = close_day(campaign.launch_at, campaign.lifetime_days)
        if not day <= row.at.date() <= closing:
            raise GroupError(translate("GroupService", "{name} must stay within the group's days "
                                       "({first} to {last}); {at} is outside them.").format(
                name=row.name, first=day.isoformat(), last=closing.isoformat(),
                at=f"{row.at:%Y-%m-%d %H:%M}"))
    elif isinstance(row, TimetableSlot) and row.start >= row.end:
        raise GroupError(translate("GroupService", "A slot must end after it starts ({start}–{end}).").format(
            start=row.start, end=row.end))


def _check_copy(session: Session, row, copy_id) -> None:
    """A linked copy must be one this row's campaign may use (library or its own); the new
    link counts as a use of it."""
    from flashdesk.copies.links import check_link
    from flashdesk.copies.service import count_use

    if copy_id is not None and (isinstance(copy_id, bool) or not isinstance(copy_id, int)):
        raise GroupError(translate("GroupService", "Pick a copy from the copy library."))
    campaign_id = row.campaign_id if isinstance(row, KeyNode) else \
        session.get(ChatGroup, row.group_id).campaign_id
    check_link(session, campaign_id, copy_id)
    if copy_id is not None:
        count_use(session, copy_id)


def edit(store: Store, table, row_id: int, **fields) -> Change:
    """Change some fields of one row (a group filled to capacity becomes full)."""
    with store.edit() as recorded:
        _set_fields(recorded.session, table, _get(recorded.session, table, row_id), fields)
    return recorded.change


def _set_fields(session: Session, table, row, fields: dict) -> None:
    allowed = EDITABLE[table]
    for field, value in fields.items():
        if field not in allowed:
            raise GroupError(translate("GroupService", "{field} cannot be edited here.").format(field=field))
        if field == "copy_id":
            if value != row.copy_id:
                _check_copy(session, row, value)
            row.copy_id = value
            continue
        setattr(row, field, _rule(table, field)(value))
    if isinstance(row, ChatGroup) and "members" in fields and "state" not in fields \
            and row.state == "open" and row.members >= row.capacity:
        row.state = "full"
    _cross_check(session, row)
    if isinstance(row, TimetableSlot) and "days" in fields:
        session.flush()
        fit_items(session, _campaign(session, row.campaign_id))


def read_back(session: Session, campaign_id: int, table, updates: dict[int, dict]) -> None:
    """Write a team workbook's cells of one SOP table inside the caller's edit: `updates`
    by row id set only the fields given, checked as an edit in the app is. A beat's
    `state` (done, skipped, pending) also sets when it was finished."""
    for row_id, fields in updates.items():
        row = _get(session, table, row_id)
        owner = row if hasattr(row, "campaign_id") else None
        if owner is None and hasattr(row, "group_id"):
            owner = session.get(ChatGroup, row.group_id)
        if owner is None and hasattr(row, "node_id"):
            owner = session.get(KeyNode, row.node_id)
        if owner is None or owner.campaign_id != campaign_id:
            raise GroupError(translate("GroupService", "That row belongs to another campaign."))
        fields = dict(fields)
        if "state" in fields and table is NodeBeat:
            state = rules.beat_state(fields.pop("state"))
            if state != row.state:
                row.state = state
                row.finished_at = None if state == "pending" else datetime.now().replace(microsecond=0)
        _set_fields(session, table, row, fields)
    session.flush()


def set_live_code_in(session: Session, campaign_id: int, url: str) -> None:
    """set_live_code inside the caller's edit (a read-back workbook)."""
    _head(session, campaign_id).live_code_url = rules.url(url, label=translate("GroupService", "Live code"))


def rows(store: Store, table, campaign_id: int) -> list:
    """The campaign's rows of one of the SOP tables, in their order, deleted ones left out."""
    with store.session() as session:
        query = select(table).where(table.campaign_id == campaign_id).order_by(col(table.position))
        if hasattr(table, "deleted"):
            query = query.where(col(table.deleted).is_(False))
        return list(session.exec(query))


def set_deleted(store: Store, table, row_id: int, deleted: bool) -> Change:
    """Delete a group, a beat or an SOP row (softly), or bring it back."""
    with store.edit() as edit:
        row = edit.session.get(table, row_id)
        if row is None:
            raise GroupError(translate("GroupService", "That row no longer exists."))
        row.deleted = deleted
    return edit.change


def _next_position(session: Session, table, campaign_id: int) -> int:
    last = session.exec(select(table.position).where(table.campaign_id == campaign_id)
                        .order_by(col(table.position).desc())).first()
    return 0 if last is None else last + 1


# --- groups and the live code --------------------------------------------------------------

def add_group(store: Store, campaign_id: int, *, name: str | None = None, qr_payload: str = "",
              now: datetime | None = None, playbook: Playbook | None = None) -> Change:
    """Open the next group in the rotation, with its set-up checklist from the playbook;
    `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        edit.result = add_group_in(edit.session, campaign_id, name=name, qr_payload=qr_payload,
                                   now=now, playbook=playbook)
    return edit.change


def add_group_in(session: Session, campaign_id: int, *, name: str | None = None, qr_payload: str = "",
                 now: datetime | None = None, playbook: Playbook | None = None, **fields) -> int:
    """add_group inside the caller's edit; `fields` (capacity, members, expires_at, state)
    set as an edit would. Returns the group's id."""
    section = (playbook or default_playbook()).section("groups")
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    campaign = _campaign(session, campaign_id)
    number = len(session.exec(select(ChatGroup.id).where(ChatGroup.campaign_id == campaign_id)).all()) + 1
    if name is None:
        name = fill(section["group_name"], {"product": campaign.product, "number": number})[:100]
    group = ChatGroup(campaign_id=campaign_id, position=_next_position(session, ChatGroup, campaign_id),
                      name=_rule(ChatGroup, "name")(name),
                      qr_payload=_rule(ChatGroup, "qr_payload")(qr_payload),
                      capacity=section["capacity"], created_on=now,
                      expires_at=now + timedelta(days=section["qr_valid_days"]))
    session.add(group)
    session.flush()
    session.add_all(setup_items(group.id, section))
    if fields:
        _set_fields(session, ChatGroup, group, fields)
    session.flush()
    return group.id


def new_qr_fields(payload: str, now: datetime, playbook: Playbook | None = None) -> dict:
    """The fields of a group whose QR code was just made: a fresh QR lives `qr_valid_days`."""
    days = (playbook or default_playbook()).section("groups")["qr_valid_days"]
    now = now.replace(second=0, microsecond=0)
    return {"qr_payload": payload, "created_on": now, "expires_at": now + timedelta(days=days)}


def move_group(store: Store, group_id: int, step: int) -> Change:
    """Move a group one place up (-1) or down (+1) in the live code's rotation (at either end
    it stays: an empty Change)."""
    with store.edit() as edit:
        session = edit.session
        group = _get(session, ChatGroup, group_id)
        siblings = list(session.exec(select(ChatGroup).where(
            ChatGroup.campaign_id == group.campaign_id, col(ChatGroup.deleted).is_(False))
            .order_by(col(ChatGroup.position), col(ChatGroup.id))))
        index = siblings.index(group)
        other = index + step
        if 0 <= other < len(siblings):
            siblings[index], siblings[other] = siblings[other], siblings[index]
            for position, row in enumerate(siblings):
                row.position = position
    return edit.change


def live_code(store: Store, campaign_id: int) -> str:
    with store.session() as session:
        return _head(session, campaign_id).live_code_url


def live_code_in(session: Session, campaign_id: int) -> str:
    """The live code inside a caller's transaction ('' while none is set)."""
    head = session.get(GroupCampaign, campaign_id)
    return (head.live_code_url if head else "").strip()


def group_qrs(session: Session, campaign_id: int) -> dict[str, str]:
    """The payload of each live group's own QR (as read, not normalised) -> the group's name."""
    return {g.qr_payload: g.name for g in session.exec(select(ChatGroup).where(
        ChatGroup.campaign_id == campaign_id, col(ChatGroup.deleted).is_(False))) if g.qr_payload.strip()}


def set_live_code(store: Store, campaign_id: int, url: str) -> Change:
    """Set the live-code URL the posters carry."""
    url = rules.url(url, label=translate("GroupService", "Live-code URL"))
    with store.edit(campaign_id) as edit:
        _head(edit.session, campaign_id).live_code_url = url
    return edit.change


def setup_checklist(store: Store, group_id: int) -> list[GroupSetupItem]:
    with store.session() as session:
        return list(session.exec(select(GroupSetupItem).where(GroupSetupItem.group_id == group_id)
                                 .order_by(col(GroupSetupItem.position))))


# --- quota -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quota:
    quota: int
    sold: int
    reminder: str  # the filled reminder line

    @property
    def remaining(self) -> int:
        return max(self.quota - self.sold, 0)


def set_sold(store: Store, campaign_id: int, sold) -> Change:
    """Record how many slots are sold."""
    with store.edit(campaign_id) as edit:
        campaign = _campaign(edit.session, campaign_id)
        sold = rules.count(sold, label=translate("GroupService", "Sold"), low=0, high=campaign.quota)
        _head(edit.session, campaign_id).sold = sold
    return edit.change


def member_total(session: Session, campaign_id: int) -> int:
    """The members of the campaign's groups, as the Group SOP counts them."""
    return sum(session.exec(select(ChatGroup.members).where(
        ChatGroup.campaign_id == campaign_id, col(ChatGroup.deleted).is_(False))))


def take_counts(session: Session, campaign_id: int, *, members: dict[str, int] | None = None,
                sold: int | None = None) -> None:
    """Counts that an upper capability knows from real exports (the customers' member and
    order imports), written in the caller's transaction: each group's member count by its
    name (groups not named keep theirs) and the sold count (at most the quota)."""
    campaign = _campaign(session, campaign_id)
    if members:
        for group in session.exec(select(ChatGroup).where(
                ChatGroup.campaign_id == campaign_id, col(ChatGroup.deleted).is_(False),
                col(ChatGroup.name).in_(list(members)))):
            if group.members != members[group.name]:
                group.members = members[group.name]
                session.add(group)
    if sold is not None:
        head = _head(session, campaign_id)
        if head.sold != min(sold, campaign.quota):
            head.sold = min(sold, campaign.quota)
            session.add(head)


def text_values(store: Store, campaign_id: int, playbook: Playbook | None = None) -> dict[str, object]:
    """What the placeholders of every group text stand for right now."""
    section = (playbook or default_playbook()).section("groups")
    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        head = _head(session, campaign_id)
        return campaign_values(campaign, sold=head.sold, live_code=head.live_code_url,
                               reminder=section["reminder"], offer=offer_in(session, campaign_id))


def quota(store: Store, campaign_id: int, playbook: Playbook | None = None) -> Quota:
    values = text_values(store, campaign_id, playbook)
    return Quota(values["quota"], values["quota"] - values["remaining"], values["reminder"])


# --- timetable and crisis plans ----------------------------------------------------------

def add_slot(store: Store, campaign_id: int, start: str = "20:00", end: str = "20:30",
             content: str = "") -> Change:
    """A new slot of the daily timetable; `change.result` is its id."""
    start = rules.clock(start, label=translate("GroupService", "Start"))
    end = rules.clock(end, label=translate("GroupService", "End"))
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        slot = TimetableSlot(campaign_id=campaign_id, start=start, end=end,
                             content=_rule(TimetableSlot, "content")(content),
                             position=_next_position(session, TimetableSlot, campaign_id))
        _cross_check(session, slot)
        session.add(slot)
        session.flush()
        add_items(session, _campaign(session, campaign_id), slot)
        edit.result = slot.id
    return edit.change


def overlapping_slots(slots: list[TimetableSlot]) -> list[tuple[TimetableSlot, TimetableSlot]]:
    """Pairs of slots whose times overlap (a warning: two things at once in the group)."""
    ordered = sorted(slots, key=lambda s: (s.start, s.end))
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:] if b.start < a.end]


def add_crisis_plan(store: Store, campaign_id: int, risk: str, response: str = "",
                    owner: str = "") -> Change:
    """A new crisis plan; `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        plan = CrisisPlan(campaign_id=campaign_id, risk=_rule(CrisisPlan, "risk")(risk),
                          response=_rule(CrisisPlan, "response")(response),
                          owner=_rule(CrisisPlan, "owner")(owner),
                          position=_next_position(session, CrisisPlan, campaign_id))
        session.add(plan)
        session.flush()
        edit.result = plan.id
    return edit.change


def add_weekly(store: Store, campaign_id: int, day: str, time_of_day: str = "20:00",
               activity: str = "") -> Change:
    """A new line of the weekly rhythm; `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        item = WeeklyRhythm(campaign_id=campaign_id, day=_rule(WeeklyRhythm, "day")(day),
                            time=_rule(WeeklyRhythm, "time")(time_of_day),
                            activity=_rule(WeeklyRhythm, "activity")(activity),
                            position=_next_position(session, WeeklyRhythm, campaign_id))
        session.add(item)
        session.flush()
        edit.result = item.id
    return edit.change


def add_sop_item(store: Store, campaign_id: int, topic: str, content: str = "") -> Change:
    """A new topic of the set-up SOP; `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        item = SetupSopItem(campaign_id=campaign_id, topic=_rule(SetupSopItem, "topic")(topic),
                            content=_rule(SetupSopItem, "content")(content),
                            position=_next_position(session, SetupSopItem, campaign_id))
        session.add(item)
        session.flush()
        edit.result = item.id
    return edit.change


def launch_day_bounds(store: Store, campaign_id: int) -> tuple[datetime, datetime]:
    with store.session() as session:
        day = _campaign(session, campaign_id).launch_at.date()
    return datetime.combine(day, time(0, 0)), datetime.combine(day, time(23, 59))
