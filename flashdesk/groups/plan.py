"""The groups part of a campaign's plan: from the playbook's [groups] section it lays out
the first group with its set-up checklist, the launch-day key nodes (with the red-packet
quiz expanded into beats), the daily timetable, the weekly rhythm, the set-up SOP and the
crisis plans. Node times move with the launch date; a duplicate starts fresh (no sold
count, no beats done, no QR payloads: those belong to the real groups of the old launch)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from flashdesk.groups.kinds import BEAT_KINDS, SLOT_DAYS
from flashdesk.groups.texts import unknown_placeholders
from flashdesk.playbook.calendar import close_day

# The ORM loads when a function needs it: checking the playbook imports every plan part,
# and the command line's listing commands run without the ORM (store/reader.py).
if TYPE_CHECKING:
    from sqlmodel import Session

    from flashdesk.campaigns.service import Campaign
    from flashdesk.groups.tables import GroupSetupItem

SECTION = "groups"
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
SETUP_KEYS = ("name", "announcement", "admins", "welcome", "anti_harassment")
# The group days a node comes on: launch night, each day between launch and close, the close day.
NODE_DAYS = ("launch", "daily", "last")


def _text(check, table: dict, key: str, where: str) -> str:
    value = check.require(table, key, str, where)
    bad = unknown_placeholders(value)
    if bad:
        check.fail(f"{where}.{key}", f"unknown placeholder {{{bad[0]}}}")
    return value


def _clock(check, table: dict, key: str, where: str) -> str:
    value = check.require(table, key, str, where)
    if not CLOCK.match(value):
        check.fail(f"{where}.{key}", f"{value!r} is not a time of day; write HH:MM, e.g. 07:30")
    return value


def validate(section, check) -> None:
    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    for key in ("capacity", "qr_valid_days"):
        if check.require(section, key, int, SECTION) < 1:
            check.fail(f"{SECTION}.{key}", "should be at least 1")
    near = check.require(section, "near_full", (int, float), SECTION)
    if not 0 < near <= 1:
        check.fail(f"{SECTION}.near_full", "should be a share between 0 and 1, e.g. 0.9")
    _text(check, section, "group_name", SECTION)
    _text(check, section, "reminder", SECTION)
    keys = []
    for i, item in enumerate(check.table_list(section, "setup", SECTION)):
        where = f"{SECTION}.setup[{i}]"
        keys.append(check.require(item, "key", str, where))
        check.require(item, "title", str, where)
        _text(check, item, "text", where)
    missing = [k for k in SETUP_KEYS if k not in keys]
    if missing:
        check.fail(f"{SECTION}.setup", f"checklist item {missing[0]!r} is missing")
    quiz_nodes = 0
    for i, node in enumerate(check.table_list(section, "node", SECTION)):
        where = f"{SECTION}.node[{i}]"
        for key in ("key", "name", "owner"):
            check.require(node, key, str, where)
        day = node.get("day", "launch")
        if day not in NODE_DAYS:
            check.fail(f"{where}.day", f"should be one of {', '.join(NODE_DAYS)}")
        if day == "launch":
            offset = check.require(node, "offset", int, where)
            if not -24 * 60 < offset < 24 * 60:
                check.fail(f"{where}.offset", "should be minutes from launch within a day")
        else:
            _clock(check, node, "time", where)
        if "role" in node:
            check.require(node, "role", str, where)
        quiz_nodes += bool(node.get("quiz", False))
        for j, beat in enumerate(check.table_list(node, "beats", where)):
            bwhere = f"{where}.beats[{j}]"
            if check.require(beat, "kind", str, bwhere) not in BEAT_KINDS:
                check.fail(f"{bwhere}.kind", f"should be one of {', '.join(BEAT_KINDS)}")
            _text(check, beat, "text", bwhere)
            if not 0 <= check.require(beat, "wait", int, bwhere) <= 180:
                check.fail(f"{bwhere}.wait", "should be 0–180 minutes")
    if quiz_nodes != 1:
        check.fail(f"{SECTION}.node", "exactly one node should have quiz = true")
    quiz = section.get("quiz")
    if not isinstance(quiz, dict):
        check.fail(f"{SECTION}.quiz", "the red-packet quiz table is missing")
    for key in ("intro", "congratulate"):
        _text(check, quiz, key, f"{SECTION}.quiz")
    if not 1 <= check.require(quiz, "wait", int, f"{SECTION}.quiz") <= 10:
        check.fail(f"{SECTION}.quiz.wait", "should be 1–10 minutes")
    for i, item in enumerate(check.table_list(quiz, "questions", f"{SECTION}.quiz")):
        _text(check, item, "question", f"{SECTION}.quiz.questions[{i}]")
        _text(check, item, "answer", f"{SECTION}.quiz.questions[{i}]")
    for i, slot in enumerate(check.table_list(section, "timetable", SECTION)):
        where = f"{SECTION}.timetable[{i}]"
        if _clock(check, slot, "start", where) >= _clock(check, slot, "end", where):
            check.fail(f"{where}.end", "should be after start")
        for key in ("content", "interaction", "purpose", "source"):
            check.require(slot, key, str, where)
        if "owner" in slot:
            check.require(slot, "owner", str, where)
        if slot.get("days", "all") not in SLOT_DAYS:
            check.fail(f"{where}.days", f"should be one of {', '.join(SLOT_DAYS)}")
    for i, item in enumerate(check.table_list(section, "weekly", SECTION)):
        where = f"{SECTION}.weekly[{i}]"
        check.require(item, "day", str, where)
        _clock(check, item, "time", where)
        check.require(item, "activity", str, where)
        check.require(item, "purpose", str, where)
    for i, item in enumerate(check.table_list(section, "sop", SECTION)):
        check.require(item, "topic", str, f"{SECTION}.sop[{i}]")
        _text(check, item, "content", f"{SECTION}.sop[{i}]")
    plans = check.table_list(section, "crisis", SECTION)
    if len(plans) < 5:
        check.fail(f"{SECTION}.crisis", "seed at least five crisis plans")
    for i, item in enumerate(plans):
        for key in ("risk", "response", "owner"):
            check.require(item, key, str, f"{SECTION}.crisis[{i}]")


def node_time(launch_at: datetime, offset_minutes: int) -> datetime:
    """launch + offset, kept on launch day (a late launch squeezes the last nodes to 23:59)."""
    day = launch_at.date()
    at = launch_at + timedelta(minutes=offset_minutes)
    return min(max(at, datetime.combine(day, time(0, 0))), datetime.combine(day, time(23, 59)))


def node_times(spec: dict, launch_at: datetime, lifetime_days: int) -> list[tuple[str, datetime]]:
    """(anchor, time) of each showing of a playbook node: "L" once on launch night, "D" on
    every day between launch day and the close day, "C" once on the close day."""
    day = spec.get("day", "launch")
    if day == "launch":
        return [("L", node_time(launch_at, spec["offset"]))]
    clock = time.fromisoformat(spec["time"])
    if day == "last":
        return [("C", datetime.combine(close_day(launch_at, lifetime_days), clock))]
    return [("D", datetime.combine(launch_at.date() + timedelta(days=n), clock))
            for n in range(1, lifetime_days)]


def shift(anchor: str, at: datetime, before, campaign) -> datetime:
    """Where a node moves when the launch or the group's life changes: launch-night nodes
    with the launch moment (kept on launch day), daily ones with the launch day, the close
    day's with the close day."""
    if anchor == "L":
        day = campaign.launch_at.date()
        moved = at + (campaign.launch_at - before.launch_at)
        return min(max(moved, datetime.combine(day, time(0, 0))), datetime.combine(day, time(23, 59)))
    if anchor == "D":
        return at + timedelta(days=(campaign.launch_at.date() - before.launch_at.date()).days)
    return at + (close_day(campaign.launch_at, campaign.lifetime_days)
                 - close_day(before.launch_at, before.lifetime_days))


def quiz_beats(quiz: dict) -> list[tuple[str, str, int]]:
    """announce → (question → wait → helper answers if silent → congratulate) per question."""
    beats = [("announce", quiz["intro"], 1)]
    for item in quiz["questions"]:
        beats += [("question", item["question"], quiz["wait"]),
                  ("helper", item["answer"], 1),
                  ("congratulate", quiz["congratulate"], 1)]
    return beats


def first_group_times(campaign: Campaign, valid_days: int) -> tuple[datetime, datetime]:
    created = datetime.combine(campaign.launch_at.date() - timedelta(days=1), time(10, 0))
    return created, created + timedelta(days=valid_days)


def setup_rows(group_id: int, section: dict) -> list[dict]:
    return [dict(group_id=group_id, position=i, key=item["key"], title=item["title"], text=item["text"])
            for i, item in enumerate(section["setup"])]


def setup_items(group_id: int, section: dict) -> list[GroupSetupItem]:
    from flashdesk.groups.tables import GroupSetupItem

    return [GroupSetupItem(**row) for row in setup_rows(group_id, section)]


def generate(session: Session, campaign: Campaign, playbook) -> None:
    # plain rows, one statement per table (store/bulk.py), the ids named before they are
    # written: an ORM object per row and a flush per node and slot for their ids took most
    # of a new store's first start, which plans the sample campaign
    from flashdesk.groups.days import slot_days
    from flashdesk.groups.tables import (
        ChatGroup,
        CrisisPlan,
        GroupCampaign,
        GroupSetupItem,
        KeyNode,
        NodeBeat,
        SetupSopItem,
        TimetableItem,
        TimetableSlot,
        WeeklyRhythm,
    )
    from flashdesk.store.bulk import insert_new, insert_rows

    section = playbook.section(SECTION)
    cid = campaign.id
    insert_rows(session, GroupCampaign.__table__, [{"campaign_id": cid}])
    created, expires = first_group_times(campaign, section["qr_valid_days"])
    [group_id] = insert_new(session, ChatGroup.__table__, [dict(
        campaign_id=cid, position=0, capacity=section["capacity"], created_on=created, expires_at=expires,
        name=section["group_name"].replace("{product}", campaign.product).replace("{number}", "1")[:100])])
    insert_new(session, GroupSetupItem.__table__, setup_rows(group_id, section))
    nodes, beats_of_node = [], []
    for spec in section["node"]:
        beats = [(b["kind"], b["text"], b["wait"]) for b in spec["beats"]]
        if spec.get("quiz"):
            beats += quiz_beats(section["quiz"])
        for anchor, at in node_times(spec, campaign.launch_at, campaign.lifetime_days):
            nodes.append(dict(campaign_id=cid, position=len(nodes), key=spec["key"], name=spec["name"],
                              owner=spec["owner"], at=at, anchor=anchor))
            beats_of_node.append(beats)
    node_ids = insert_new(session, KeyNode.__table__, nodes)
    insert_new(session, NodeBeat.__table__, [
        dict(node_id=node_id, position=j, kind=kind, text=text, wait_minutes=wait)
        for node_id, beats in zip(node_ids, beats_of_node) for j, (kind, text, wait) in enumerate(beats)])
    slots = [dict(campaign_id=cid, position=i, **spec) for i, spec in enumerate(section["timetable"])]
    slot_ids = insert_new(session, TimetableSlot.__table__, slots)
    insert_new(session, TimetableItem.__table__, [
        dict(campaign_id=cid, slot_id=slot_id, day=day) for slot_id, slot in zip(slot_ids, slots)
        for day in slot_days(slot.get("days", "all"), campaign.launch_at, campaign.lifetime_days)])
    for table, key in ((WeeklyRhythm, "weekly"), (SetupSopItem, "sop"), (CrisisPlan, "crisis")):
        insert_new(session, table.__table__, [dict(campaign_id=cid, position=i, **item)
                                              for i, item in enumerate(section[key])])


def _shift_nodes(session: Session, campaign_id: int, before, campaign: Campaign) -> None:
    from sqlmodel import select

    from flashdesk.groups.tables import KeyNode

    for node in session.exec(select(KeyNode).where(KeyNode.campaign_id == campaign_id)):
        node.at = shift(node.anchor, node.at, before, campaign)
        session.add(node)


def _fit_daily_nodes(session: Session, campaign: Campaign, playbook) -> None:
    """After the group's life changed: daily nodes on days the group no longer has go, the
    days it gained get theirs from the playbook."""
    from sqlmodel import select

    from flashdesk.groups.tables import KeyNode, NodeBeat

    specs = {spec["key"]: spec for spec in playbook.section(SECTION)["node"] if spec.get("day") == "daily"}
    have: set[tuple[str, object]] = set()
    for node in list(session.exec(select(KeyNode).where(KeyNode.campaign_id == campaign.id,
                                                        KeyNode.anchor == "D"))):
        if (node.at.date() - campaign.launch_at.date()).days >= campaign.lifetime_days:
            for beat in list(session.exec(select(NodeBeat).where(NodeBeat.node_id == node.id))):
                session.delete(beat)
            session.flush()  # the beats first: the node's own delete would cascade to them
            session.delete(node)
            session.flush()
        else:
            have.add((node.key, node.at.date()))
    position = len(_rows(session, KeyNode, campaign.id))
    for spec in specs.values():
        for anchor, at in node_times(spec, campaign.launch_at, campaign.lifetime_days):
            if (spec["key"], at.date()) in have:
                continue
            node = KeyNode(campaign_id=campaign.id, position=position, key=spec["key"], name=spec["name"],
                           owner=spec["owner"], at=at, anchor=anchor)
            position += 1
            session.add(node)
            session.flush()
            session.add_all(NodeBeat(node_id=node.id, position=j, kind=b["kind"], text=b["text"],
                                     wait_minutes=b["wait"]) for j, b in enumerate(spec["beats"]))


def campaign_changed(session: Session, before, campaign: Campaign, playbook) -> None:
    from sqlmodel import select

    from flashdesk.groups.days import fit_items, shift_items
    from flashdesk.groups.tables import ChatGroup

    delta = campaign.launch_at - before.launch_at
    _shift_nodes(session, campaign.id, before, campaign)
    if campaign.lifetime_days != before.lifetime_days:
        _fit_daily_nodes(session, campaign, playbook)
    shift_items(session, campaign.id, before.launch_at, campaign.launch_at)
    fit_items(session, campaign)
    if not delta:
        return
    for group in session.exec(select(ChatGroup).where(ChatGroup.campaign_id == campaign.id)):
        if group.qr_payload:  # a real QR's dates are facts, not plan
            continue
        group.created_on += delta
        group.expires_at += delta
        session.add(group)


def _rows(session: Session, table, campaign_id: int):
    from sqlmodel import col, select

    return list(session.exec(select(table).where(table.campaign_id == campaign_id)
                             .order_by(col(table.position))))


def _clone(row, **changes):
    data = row.model_dump(exclude={"id"})
    data.update(changes)
    return type(row)(**data)


def copy(session: Session, source: Campaign, target: Campaign) -> None:
    """Duplicate as template; copy links follow the copies part's duplicates (it runs first)."""
    from sqlmodel import col, select

    from flashdesk.copies.links import duplicated_link
    from flashdesk.groups.days import add_items
    from flashdesk.groups.tables import (
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

    delta = target.launch_at - source.launch_at
    head = session.get(GroupCampaign, source.id)
    session.add(GroupCampaign(campaign_id=target.id, live_code_url=head.live_code_url if head else ""))
    for group in _rows(session, ChatGroup, source.id):
        if group.deleted:
            continue
        twin = _clone(group, campaign_id=target.id, qr_payload="", members=0, state="open",
                      created_on=group.created_on + delta, expires_at=group.expires_at + delta)
        session.add(twin)
        session.flush()
        for item in session.exec(select(GroupSetupItem).where(GroupSetupItem.group_id == group.id)):
            session.add(_clone(item, group_id=twin.id, done=False,
                               copy_id=duplicated_link(session, item.copy_id)))
    for node in _rows(session, KeyNode, source.id):
        twin = _clone(node, campaign_id=target.id, copy_id=duplicated_link(session, node.copy_id))
        session.add(twin)
        session.flush()
        for beat in session.exec(select(NodeBeat).where(NodeBeat.node_id == node.id,
                                                        col(NodeBeat.deleted).is_(False))):
            session.add(_clone(beat, node_id=twin.id, state="pending", finished_at=None))
    session.flush()
    _shift_nodes(session, target.id, source, target)
    for table in (TimetableSlot, WeeklyRhythm, SetupSopItem, CrisisPlan):
        for row in _rows(session, table, source.id):
            if not row.deleted:
                twin = _clone(row, campaign_id=target.id)
                session.add(twin)
                if table is TimetableSlot:  # a fresh launch: every item of its days pending
                    session.flush()
                    add_items(session, target, twin)
