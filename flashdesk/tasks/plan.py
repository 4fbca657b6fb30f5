"""The task board's plan part: the [tasks] playbook section becomes the campaign's task plan
(roles, tasks at their times, links), moves with the launch, and is copied with a campaign.

A playbook task may name the warm-up post it carries out (`post = { channel, stage }`): the
post of that channel type and stage on the task's own day. It runs after the channels part
(PART_MODULES order), so those posts exist when tasks are planned and copied."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

from flashdesk.playbook.calendar import close_day
from flashdesk.playbook.loader import Checker
from flashdesk.tasks import schedule
from flashdesk.tasks.schedule import KINDS, Link
from flashdesk.tasks.timeref import At, parse_duration, parse_signed_duration, shift_for

# The ORM loads when a function needs it: checking the playbook imports every plan part,
# and the command line's listing commands run without the ORM (store/reader.py).
if TYPE_CHECKING:
    from sqlmodel import Session

    from flashdesk.campaigns.service import Campaign

SECTION = "tasks"
PHASES = ("warm_up", "entry", "launch", "close", "follow_up", "review")
# Key-node tasks → the runbook node ([[groups.node]]) that sets their time, so the Gantt and
# the 关键节点执行表 cannot disagree; such a task has no `at` of its own. The nodes of the
# later group days that name a `role` get their tasks from the runbook itself (node_tasks).
RUNBOOK_NODES = {"wake_up_packet": "wake_up", "sign_up_chain": "sign_up",
                 "order_flood": "order_flood", "countdown": "countdown", "close_preview": "close"}
NODE_PHASES = {"daily": "launch", "last": "close"}


def parse_after(text: str) -> tuple[str, str, int]:
    """ "key", "key SS", "key SS+30m" → (key, kind, lag minutes)."""
    parts = text.split()
    if not parts or len(parts) > 2:
        raise ValueError(f"{text!r}: write a task key, optionally with SS, FF, SF and a lag")
    key, kind, lag = parts[0], "FS", 0
    if len(parts) == 2:
        spec = parts[1].upper()
        kind, rest = spec[:2], spec[2:]
        if kind not in KINDS:
            raise ValueError(f"{text!r}: the link type is FS, SS, FF or SF")
        if rest:
            if rest[0] not in "+-":
                raise ValueError(f"{text!r}: the lag starts with + or -")
            lag = parse_signed_duration(rest[0], rest[1:].lower())
    return key, kind, lag


def validate(section, check: Checker) -> None:
    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    roles = check.require(section, "roles", list, SECTION)
    role_keys = []
    for i, role in enumerate(roles):
        where = f"{SECTION}.roles[{i}]"
        if not isinstance(role, dict):
            check.fail(where, "should be a table { key = ..., name = ... }")
        role_keys.append(check.require(role, "key", str, where))
        check.require(role, "name", str, where)
        also = role.get("also", [])
        if not isinstance(also, list) or not all(isinstance(name, str) for name in also):
            check.fail(f"{where}.also", "should be a list of names, e.g. [\"群主\"]")
    if not role_keys or len(set(role_keys)) != len(role_keys):
        check.fail(f"{SECTION}.roles", "needs at least one role and unique keys")
    keys: list[str] = []
    links: list[Link] = []
    pending: list[tuple[str, str, str]] = []
    for i, item in enumerate(check.table_list(section, "task", SECTION)):
        where = f"{SECTION}.task[{i}]"
        key = check.require(item, "key", str, where)
        if key in keys:
            check.fail(f"{where}.key", f"{key!r} is used twice")
        keys.append(key)
        check.require(item, "name", str, where)
        if check.require(item, "phase", str, where) not in PHASES:
            check.fail(f"{where}.phase", f"should be one of {', '.join(PHASES)}")
        if check.require(item, "role", str, where) not in role_keys:
            check.fail(f"{where}.role", f"is not one of the roles ({', '.join(role_keys)})")
        timed = (("length", parse_duration),) if item.get("key_node") in RUNBOOK_NODES \
            else (("at", At.parse), ("length", parse_duration))
        if "at" in item and item.get("key_node") in RUNBOOK_NODES:
            check.fail(f"{where}.at", "a launch-night key node takes its time from [[groups.node]]; "
                       "remove `at`")
        for name, parse in timed:
            try:
                parse(check.require(item, name, str, where))
            except ValueError as exc:
                check.fail(f"{where}.{name}", str(exc))
        if "milestone" in item:
            check.require(item, "milestone", bool, where)
        if "key_node" in item:
            check.require(item, "key_node", str, where)
        if "post" in item:
            post = check.require(item, "post", dict, where)
            check.require(post, "channel", str, f"{where}.post")
            check.require(post, "stage", str, f"{where}.post")
            if "at" not in item or At.parse(item["at"]).anchor == "L":
                check.fail(f"{where}.post", "needs a task on a day (D-1 10:00), not relative to launch")
        for ref in item.get("after", []) if isinstance(item.get("after", []), list) else [None]:
            if not isinstance(ref, str):
                check.fail(f"{where}.after", "should be a list of strings")
            try:
                parse_after(ref)
                pending.append((where, key, ref))
            except ValueError as exc:
                check.fail(f"{where}.after", str(exc))
    index = {key: i for i, key in enumerate(keys)}
    for where, key, ref in pending:
        other, kind, lag = parse_after(ref)
        if other not in index:
            check.fail(f"{where}.after", f"{other!r} is not a task key")
        cycle = schedule.find_cycle(links, index[other], index[key])
        if cycle:
            check.fail(f"{where}.after", "closes a loop: " + " → ".join(keys[i] for i in cycle))
        links.append(Link(index[other], index[key], kind, lag))


def generate(session: Session, campaign: Campaign, playbook) -> None:
    # plain rows, one statement per table (store/bulk.py), the tasks pushed by their links
    # before they are written: see groups/plan.py's generate
    from flashdesk.store.bulk import insert_new, insert_rows
    from flashdesk.store.ids import new_ids
    from flashdesk.tasks.tables import Task, TaskLink, TaskRole

    section = playbook.section(SECTION)
    role_rows = [dict(campaign_id=campaign.id, key=item["key"], name=item["name"], position=position)
                 for position, item in enumerate(section["roles"])]
    roles = dict(zip((row["key"] for row in role_rows), insert_new(session, TaskRole.__table__, role_rows)))
    nodes = {node["key"]: node for node in playbook.section("groups")["node"]}
    posts = _post_links(session, campaign, section["task"])
    rows = []
    for position, item in enumerate(section["task"], start=1):
        at = task_at(item, nodes)
        start = at.resolve(campaign.launch_at, campaign.lifetime_days)
        milestone = item.get("milestone", False)
        end = start if milestone else start + timedelta(minutes=parse_duration(item["length"]))
        rows.append(dict(campaign_id=campaign.id, position=position, key=item["key"], name=item["name"],
                         phase=item["phase"], role_id=roles[item["role"]], start=start, end=end,
                         deadline=end, milestone=milestone, anchor=at.anchor,
                         key_node=item.get("key_node", ""), post_id=posts.get(item["key"])))
    tasks_of_playbook = len(rows)
    rows += _node_task_rows(campaign, nodes.values(), roles, len(section["task"]) + 1)
    ids = new_ids(session, Task, len(rows))
    tasks = {row["key"]: task_id for task_id, row in zip(ids, rows[:tasks_of_playbook])}
    links = []
    for item in section["task"]:
        for ref in item.get("after", []):
            other, kind, lag = parse_after(ref)
            links.append(dict(campaign_id=campaign.id, predecessor_id=tasks[other],
                              successor_id=tasks[item["key"]], kind=kind, lag_minutes=lag))
    times = {task_id: (row["start"], row["end"], row["deadline"]) for task_id, row in zip(ids, rows)}
    pushed = _pushed(times, [Link(k["predecessor_id"], k["successor_id"], k["kind"], k["lag_minutes"])
                             for k in links])
    for task_id, row in zip(ids, rows):
        row["id"] = task_id
        if task_id in pushed:
            row["start"], row["end"], row["deadline"] = pushed[task_id]
    insert_rows(session, Task.__table__, rows)
    insert_new(session, TaskLink.__table__, links)


def task_at(item: dict, nodes: dict[str, dict]) -> At:
    """When a playbook task starts: its `at`, or for a key node the node's time in the
    runbook (launch night: its offset from the launch; the close day: its time of day)."""
    key = RUNBOOK_NODES.get(item.get("key_node", ""))
    if key is None:
        return At.parse(item["at"])
    if key not in nodes:
        raise ValueError(f"task {item['key']!r}: the runbook has no key node {key!r} to take its time from")
    return node_at(nodes[key])


def node_at(node: dict, day: int = 0) -> At:
    """A runbook node's time as a task time; `day` counts from launch day for a daily node."""
    kind = node.get("day", "launch")
    if kind == "launch":
        return At("L", minutes=node["offset"])
    clock = time.fromisoformat(node["time"])
    return At("C", 0, clock) if kind == "last" else At("D", day, clock)


def _node_task_rows(campaign: Campaign, nodes, roles: dict[str, int], position: int) -> list[dict]:
    """A task for each showing of a later-day node that names a role: every day between
    launch and close for a daily node, the close day for a last-day one."""
    rows = []
    for node in nodes:
        kind = node.get("day", "launch")
        if kind == "launch" or node.get("role") not in roles:
            continue
        days = [0] if kind == "last" else range(1, campaign.lifetime_days)
        for day in days:
            start = node_at(node, day).resolve(campaign.launch_at, campaign.lifetime_days)
            key, name = (node["key"], node["name"]) if kind == "last" else \
                (f"{node['key']}_d{day}", f"{node['name']}（D+{day}）")
            if key in node.get("skip", ()):  # already planned (a changed group life keeps it)
                continue
            rows.append(dict(campaign_id=campaign.id, position=position, key=key, name=name,
                             phase=NODE_PHASES[kind], role_id=roles[node["role"]], start=start,
                             end=start + timedelta(hours=1), deadline=start + timedelta(hours=1),
                             anchor=node_at(node, day).anchor, key_node=node["key"]))
            position += 1
    return rows


def _post_links(session: Session, campaign: Campaign, items: list[dict]) -> dict[str, int | None]:
    """Task key → the campaign's post of the channel type and stage the task names, on the
    task's day (the first channel of the type); None when there is none."""
    from flashdesk.channels.places import post_places

    posts: dict[tuple[str, str, object], int] = {}
    for post in sorted(post_places(session, campaign.id), key=lambda p: (p.channel_position, p.position)):
        posts.setdefault((post.kind, post.stage, post.day), post.id)
    links = {}
    for item in items:
        if "post" in item:
            day = At.parse(item["at"]).resolve(campaign.launch_at, campaign.lifetime_days).date()
            links[item["key"]] = posts.get((item["post"]["channel"], item["post"]["stage"], day))
    return links


def _pushed(times: dict[int, tuple], links: list[Link]) -> dict[int, tuple]:
    """Task id → (start, end, deadline) for the tasks the links push later, from each task's
    (start, end, deadline); a deadline before the new end moves with the start."""
    spans = {i: (schedule.to_minutes(start), schedule.to_minutes(end)) for i, (start, end, _d) in times.items()}
    moved = {}
    for task_id, (start, end) in schedule.push(spans, links, list(spans)).items():
        before, _end, deadline = times[task_id]
        start, end = schedule.from_minutes(start), schedule.from_minutes(end)
        if deadline is not None and deadline < end:
            deadline = deadline + (start - before)
        moved[task_id] = (start, end, deadline)
    return moved


def _settle(session: Session, campaign_id: int) -> None:
    """Push every task the links require later (after moving the plan)."""
    from sqlmodel import col, select

    from flashdesk.tasks.tables import Task, TaskLink

    tasks = {t.id: t for t in session.exec(select(Task).where(
        Task.campaign_id == campaign_id, col(Task.deleted).is_(False)))}
    links = [Link(k.predecessor_id, k.successor_id, k.kind, k.lag_minutes)
             for k in session.exec(select(TaskLink).where(TaskLink.campaign_id == campaign_id))
             if k.predecessor_id in tasks and k.successor_id in tasks]
    times = {i: (t.start, t.end, t.deadline) for i, t in tasks.items()}
    for task_id, (start, end, deadline) in _pushed(times, links).items():
        task = tasks[task_id]
        task.start, task.end, task.deadline = start, end, deadline
    session.flush()


def campaign_changed(session: Session, before, campaign: Campaign, playbook) -> None:
    """A moved launch (or a longer group life) moves every task with what it hangs on: the
    launch moment, the launch day or the close day; the operator's own edits keep their
    offsets."""
    from sqlmodel import select

    from flashdesk.tasks.tables import Task

    for task in session.exec(select(Task).where(Task.campaign_id == campaign.id)):
        delta = shift_for(task.anchor, before.launch_at, before.lifetime_days,
                          campaign.launch_at, campaign.lifetime_days)
        if delta:
            task.start, task.end = task.start + delta, task.end + delta
            if task.deadline is not None:
                task.deadline = task.deadline + delta
    session.flush()
    if campaign.lifetime_days != before.lifetime_days:
        _fit_node_tasks(session, campaign, playbook)
    _settle(session, campaign.id)


def _fit_node_tasks(session: Session, campaign: Campaign, playbook) -> None:
    """After the group's life changed: daily key-node tasks on days the group no longer has
    go, the days it gained get theirs (as the runbook's nodes do)."""
    from sqlmodel import col, select

    from flashdesk.tasks.tables import Task, TaskRole

    nodes = [n for n in playbook.section("groups")["node"] if n.get("day") == "daily"]
    keys = {n["key"] for n in nodes}
    have = set()
    for task in session.exec(select(Task).where(Task.campaign_id == campaign.id, Task.anchor == "D",
                                                col(Task.key_node).in_(keys), col(Task.deleted).is_(False))):
        if (task.start.date() - campaign.launch_at.date()).days >= campaign.lifetime_days:
            task.deleted = True  # as the board deletes: its links stay for an undo
        else:
            have.add(task.key)
    session.flush()
    roles = {r.key: r.id for r in session.exec(select(TaskRole).where(TaskRole.campaign_id == campaign.id))}
    position = max((t.position for t in session.exec(select(Task).where(Task.campaign_id == campaign.id))),
                   default=0) + 1
    missing = [dict(n, skip=have) for n in nodes]
    session.add_all(Task(**row) for row in _node_task_rows(campaign, missing, roles, position))
    session.flush()


def copy(session: Session, source: Campaign, target: Campaign) -> None:
    """Duplicate roles, tasks and links for a new launch: shifted, progress reset."""
    from sqlmodel import col, select

    from flashdesk.tasks.tables import Task, TaskLink, TaskRole

    roles = {}
    for role in session.exec(select(TaskRole).where(TaskRole.campaign_id == source.id)):
        twin = TaskRole(campaign_id=target.id, key=role.key, name=role.name, position=role.position)
        session.add(twin)
        roles[role.id] = twin
    session.flush()
    tasks = {}
    posts = _post_twins(session, source, target)
    for task in session.exec(select(Task).where(Task.campaign_id == source.id,
                                                col(Task.deleted).is_(False))):
        delta = shift_for(task.anchor, source.launch_at, source.lifetime_days,
                          target.launch_at, target.lifetime_days)
        values = task.model_dump(exclude={"id", "campaign_id", "role_id", "progress", "status"})
        twin = Task(**values, campaign_id=target.id,
                    role_id=roles[task.role_id].id if task.role_id in roles else None)
        twin.post_id = posts.get(task.post_id)
        twin.start, twin.end = task.start + delta, task.end + delta
        twin.deadline = task.deadline + delta if task.deadline else None
        session.add(twin)
        tasks[task.id] = twin
    session.flush()
    for link in session.exec(select(TaskLink).where(TaskLink.campaign_id == source.id)):
        if link.predecessor_id in tasks and link.successor_id in tasks:
            session.add(TaskLink(campaign_id=target.id, predecessor_id=tasks[link.predecessor_id].id,
                                 successor_id=tasks[link.successor_id].id, kind=link.kind,
                                 lag_minutes=link.lag_minutes))
    session.flush()


def _post_twins(session: Session, source: Campaign, target: Campaign) -> dict[int, int]:
    """Source post id → the target's copy of it, made by the channels part just before:
    same channel position, stage, place in the day and offset from the key date it follows."""
    from flashdesk.channels.places import post_places

    def bases(campaign: Campaign) -> dict[str, object]:
        return {"D": campaign.launch_at.date(), "C": close_day(campaign.launch_at, campaign.lifetime_days)}

    def keyed(campaign: Campaign) -> dict[tuple, int]:
        base = bases(campaign)
        return {(p.channel_position, p.anchor, (p.day - base.get(p.anchor, base["D"])).days, p.position,
                 p.stage): p.id for p in post_places(session, campaign.id)}

    made = keyed(target)
    return {post_id: made[key] for key, post_id in keyed(source).items() if key in made}
