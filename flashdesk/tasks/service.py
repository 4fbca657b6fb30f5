"""Task board operations over the store. Each edit is one transaction (`store.edit()`) and
returns its `Change`, so the GUI can undo and redo it exactly and update only the bars and
links it touched (`change.ids("task")`, `change.ids("task_link")`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign, live_campaign
from flashdesk.channels.service import Post
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import default_playbook, key_dates
from flashdesk.store import Store
from flashdesk.store.change import Change
from flashdesk.store.ids import new_ids
from flashdesk.tasks import schedule
from flashdesk.tasks.board import Board, LinkRow, TaskRow, overdue  # noqa: F401  (importable from here too)
from flashdesk.tasks.schedule import KINDS, Link
from flashdesk.tasks.tables import Task, TaskLink, TaskRole
from flashdesk.tasks.timeref import format_lag

STATUSES = ("todo", "doing", "done", "blocked")
PHASES = ("warm_up", "entry", "launch", "close", "follow_up", "review")
MAX_NAME = 200
MAX_TASKS = 20_000  # per campaign; a paste beyond it is refused whole
EDIT_FIELDS = ("name", "phase", "role_id", "start", "end", "deadline", "progress", "milestone",
               "status", "notes", "key_node", "post_id")
# The launch-day key nodes (关键节点) a task can carry out.
KEY_NODES = ("wake_up_packet", "sign_up_chain", "order_flood", "countdown", "close_preview",
             "show_off", "whats_left", "questions", "last_countdown")


class TaskError(UserError):
    """A task edit the board cannot take; the store is unchanged."""


@dataclass
class TaskDraft:
    name: str = ""
    phase: str = "launch"
    role_id: int | None = None
    start: datetime = field(default_factory=lambda: datetime.now().replace(second=0, microsecond=0))
    end: datetime | None = None
    deadline: datetime | None = None
    progress: int = 0
    milestone: bool = False
    status: str = "todo"
    notes: str = ""
    key_node: str = ""
    post_id: int | None = None  # the channel post the task carries out

    @classmethod
    def of(cls, task: Task) -> TaskDraft:
        return cls(**{name: getattr(task, name) for name in EDIT_FIELDS})


def _campaign(session: Session, campaign_id: int) -> Campaign:
    return live_campaign(session, campaign_id, TaskError)


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted:
        raise TaskError(translate("TaskService", "Task {id} does not exist (it may have been deleted).")
                        .format(id=task_id))
    return task


_TASK_COLUMNS = [Task.__table__.c[name] for name in TaskRow.__slots__]
_LINK_COLUMNS = [TaskLink.__table__.c[name] for name in LinkRow.__slots__]


def _task_rows(session: Session, *where) -> list[TaskRow]:
    return [TaskRow(*r) for r in session.connection().execute(
        select(*_TASK_COLUMNS).where(*where).order_by(col(Task.position), col(Task.id)))]


def _link_rows(session: Session, *where) -> list[LinkRow]:
    return [LinkRow(*r) for r in session.connection().execute(select(*_LINK_COLUMNS).where(*where))]


def load_board(store: Store, campaign_id: int) -> Board:
    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        tasks = _task_rows(session, Task.campaign_id == campaign_id, col(Task.deleted).is_(False))
        alive = {t.id for t in tasks}
        links = [k for k in _link_rows(session, TaskLink.campaign_id == campaign_id)
                 if k.predecessor_id in alive and k.successor_id in alive]
        roles = list(session.exec(select(TaskRole).where(TaskRole.campaign_id == campaign_id)
                                  .order_by(col(TaskRole.position), col(TaskRole.id))))
        return Board(campaign, tasks, links, roles)


def _window_minutes(campaign: Campaign) -> int:
    dates = key_dates(campaign, default_playbook())
    first = datetime.combine(dates.warm_up_start, datetime.min.time())
    last = datetime.combine(dates.review_day, datetime.min.time()) + timedelta(days=1)
    return int((last - first).total_seconds() // 60)


def validate(draft: TaskDraft, roles: set[int] | None = None) -> dict[str, str]:
    errors = {}
    if not draft.name.strip():
        errors["name"] = translate("TaskService", "Give the task a name.")
    elif len(draft.name) > MAX_NAME:
        errors["name"] = translate("TaskService", "Name too long: {count} characters, at most {limit}.").format(
            count=len(draft.name), limit=MAX_NAME)
    end = draft.start if draft.milestone or draft.end is None else draft.end
    if end < draft.start:
        errors["end"] = translate("TaskService", "Ends {end:%m-%d %H:%M}, before it starts ({start:%m-%d %H:%M}); "
                           "pick a later end.").format(end=end, start=draft.start)
    if not 0 <= draft.progress <= 100:
        errors["progress"] = translate("TaskService", "Progress is a percentage from 0 to 100.")
    if draft.status not in STATUSES:
        errors["status"] = translate("TaskService", "Unknown status {status!r}; use one of {known}.").format(
            status=draft.status, known=", ".join(STATUSES))
    if not draft.phase.strip() or len(draft.phase) > 64:
        errors["phase"] = translate("TaskService", "Pick a phase.")
    if draft.key_node and draft.key_node not in KEY_NODES:
        errors["key_node"] = translate("TaskService", "Unknown key node {node!r}.").format(node=draft.key_node)
    if roles is not None and draft.role_id is not None and draft.role_id not in roles:
        errors["role_id"] = translate("TaskService", "That owner does not belong to this campaign.")
    return errors


def _check(session: Session, campaign_id: int, draft: TaskDraft) -> None:
    roles = set(session.exec(select(TaskRole.id).where(TaskRole.campaign_id == campaign_id)))
    errors = validate(draft, roles)
    if draft.post_id is not None:
        post = session.get(Post, draft.post_id)
        if post is None or post.campaign_id != campaign_id:
            errors["post_id"] = translate("TaskService", "That channel post is gone or belongs to "
                                          "another campaign; pick one of this campaign's posts.")
    if errors:
        raise TaskError(translate("TaskService", "The task was not saved: {problems}").format(
            problems=" ".join(errors.values())))


# Scheduling reads every span and link of a campaign on each edit: plain Core statements on
# the session's connection skip the ORM's row processing (a third of an edit's time at 2,000
# tasks).
_LINK_TABLE, _TASK_TABLE = TaskLink.__table__, Task.__table__


def _links(session: Session, campaign_id: int) -> list[Link]:
    c = _LINK_TABLE.c
    rows = session.connection().execute(select(c.predecessor_id, c.successor_id, c.kind,
                                               c.lag_minutes).where(c.campaign_id == campaign_id))
    return [Link(*r) for r in rows]


def _spans(session: Session, campaign_id: int) -> dict[int, tuple[int, int]]:
    c = _TASK_TABLE.c
    rows = session.connection().execute(select(c.id, c.start, c.end).where(
        c.campaign_id == campaign_id, c.deleted.is_(False)))
    return {i: (schedule.to_minutes(s), schedule.to_minutes(e)) for i, s, e in rows}


def _push(session: Session, campaign_id: int, moved: list[int],
          spans: dict[int, tuple[int, int]] | None = None) -> None:
    """Push the successors of `moved` as the links require."""
    session.flush()
    spans = spans if spans is not None else _spans(session, campaign_id)
    links = [link for link in _links(session, campaign_id)
             if link.predecessor in spans and link.successor in spans]
    pushed = schedule.push(spans, links, moved)
    if not pushed:
        return
    updates = [{"id": task_id, "start": schedule.from_minutes(start),
                "end": schedule.from_minutes(end)} for task_id, (start, end) in pushed.items()]
    # one executemany by primary key: a push of a thousand tasks stays one quick statement
    session.execute(update(Task), updates)
    session.expire_all()


def add_task(store: Store, campaign_id: int, draft: TaskDraft, position: int | None = None,
             anchor: str = "L", predecessors: list[tuple[int, str, int]] | None = None) -> Change:
    """A new task (at `position` in the list, else at the end) with its predecessors, as
    (task id, kind, lag minutes); `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        campaign = _campaign(session, campaign_id)
        _check(session, campaign_id, draft)
        count = len(session.exec(select(Task.id).where(Task.campaign_id == campaign_id)).all())
        if count >= MAX_TASKS:
            raise TaskError(translate("TaskService", "A campaign holds at most {limit} tasks.").format(limit=MAX_TASKS))
        if position is None:
            last = session.exec(select(Task.position).where(Task.campaign_id == campaign_id)
                                .order_by(col(Task.position).desc())).first()
            position = (last or 0) + 1
        else:
            session.exec(update(Task).where(Task.campaign_id == campaign_id,
                                            col(Task.position) >= position)
                         .values(position=Task.position + 1))
        values = {name: getattr(draft, name) for name in EDIT_FIELDS}
        if draft.milestone or draft.end is None:
            values["end"] = draft.start
        task = Task(campaign_id=campaign_id, position=position, anchor=anchor, **values)
        session.add(task)
        session.flush()
        moved = _set_predecessors(session, campaign, task, predecessors) if predecessors else []
        _push(session, campaign_id, [task.id, *moved])
        edit.result = task.id
    return edit.change


def update_task(store: Store, task_id: int, draft: TaskDraft,
                predecessors: list[tuple[int, str, int]] | None = None) -> Change:
    """Save a task's fields and, when given, its predecessors as (task id, kind, lag
    minutes), all in one step; a later start or end pushes its successors."""
    with store.edit() as edit:
        session = edit.session
        task = _task(session, task_id)
        campaign = _campaign(session, task.campaign_id)
        _check(session, task.campaign_id, draft)
        for name in EDIT_FIELDS:
            setattr(task, name, getattr(draft, name))
        if task.milestone:
            task.end = task.start
        session.flush()
        moved = [task.id]
        if predecessors is not None:
            moved += _set_predecessors(session, campaign, task, predecessors)
        _push(session, task.campaign_id, moved)
        edit.result = task.id
    return edit.change


def _set_predecessors(session: Session, campaign: Campaign, task: Task,
                      predecessors: list[tuple[int, str, int]]) -> list[int]:
    """Make the task's live predecessor links exactly `predecessors`; returns the
    predecessors linked anew (their successors may need a push)."""
    wanted = {(p, k.upper(), lag) for p, k, lag in predecessors}
    alive = _spans(session, campaign.id)
    for link in session.exec(select(TaskLink).where(TaskLink.successor_id == task.id)):
        if link.predecessor_id not in alive:
            continue  # a link to a deleted task waits for its undo
        if (link.predecessor_id, link.kind, link.lag_minutes) in wanted:
            wanted.discard((link.predecessor_id, link.kind, link.lag_minutes))
        else:
            session.delete(link)
    session.flush()
    spans = _spans(session, campaign.id)
    added = []
    for pred_id, kind, lag in sorted(wanted):
        pred = _task(session, pred_id)
        _check_link(session, campaign, pred, task, kind, lag,
                    _live_links(session, campaign.id, spans))
        session.add(TaskLink(campaign_id=campaign.id, predecessor_id=pred_id,
                             successor_id=task.id, kind=kind, lag_minutes=lag))
        session.flush()
        added.append(pred_id)
    return added


def move_task(store: Store, task_id: int, start: datetime, end: datetime) -> Change:
    """Move or resize a bar (drag, arrow keys); successors are pushed as the links require."""
    if end < start:
        raise TaskError(translate("TaskService", "Ends {end:%m-%d %H:%M}, before it starts ({start:%m-%d %H:%M}); "
                           "pick a later end.").format(end=end, start=start))
    with store.edit() as edit:
        session = edit.session
        task = _task(session, task_id)
        task.start, task.end = start, (start if task.milestone else end)
        session.flush()
        _push(session, task.campaign_id, [task.id])
    return edit.change


def dependents(store: Store, task_ids: list[int]) -> list[Task]:
    """Tasks (not among `task_ids`) that depend on them: asked about before a delete."""
    with store.session() as session:
        succ = set(session.exec(select(TaskLink.successor_id).where(
            col(TaskLink.predecessor_id).in_(task_ids))))
        succ -= set(task_ids)
        if not succ:
            return []
        return list(session.exec(select(Task).where(col(Task.id).in_(succ),
                                                    col(Task.deleted).is_(False))))


def delete_tasks(store: Store, task_ids: list[int]) -> Change:
    """Delete tasks; their links stay in the store so that Undo brings them back whole."""
    with store.edit() as edit:
        for task_id in task_ids:
            _task(edit.session, task_id).deleted = True
    return edit.change


def _check_link(session: Session, campaign: Campaign, pred: Task, succ: Task, kind: str,
                lag_minutes: int, links: list[Link]) -> None:
    """Refuse a link to itself, across campaigns, with a lag longer than the campaign, twice,
    or closing a cycle (naming its tasks)."""
    if kind not in KINDS:
        raise TaskError(translate("TaskService", "Unknown link type {kind!r}; use FS, SS, FF or SF.").format(kind=kind))
    if pred.campaign_id != succ.campaign_id:
        raise TaskError(translate("TaskService", "Both tasks must belong to the same campaign."))
    if pred.id == succ.id:
        raise TaskError(translate("TaskService", "A task cannot depend on itself ({name}).").format(name=pred.name))
    window = _window_minutes(campaign)
    if abs(lag_minutes) > window:
        raise TaskError(translate("TaskService", "A lag of {lag} is longer than the whole campaign ({days} days); "
                                  "use a shorter lag.").format(lag=format_lag(lag_minutes),
                                                               days=window // 1440))
    if any(link.predecessor == pred.id and link.successor == succ.id for link in links):
        raise TaskError(translate("TaskService", "{a} and {b} are already linked; edit that link instead.")
                        .format(a=pred.name, b=succ.name))
    cycle = schedule.find_cycle(links, pred.id, succ.id)
    if cycle:
        names = dict(session.exec(select(Task.id, Task.name).where(col(Task.id).in_(cycle))).all())
        path = " → ".join(names[i] for i in cycle + [cycle[0]])
        raise TaskError(translate("TaskService", "This link would close a loop: {path}. Remove one of those links "
                                  "first.").format(path=path))


def _live_links(session: Session, campaign_id: int, spans: dict) -> list[Link]:
    return [link for link in _links(session, campaign_id)
            if link.predecessor in spans and link.successor in spans]


def add_link(store: Store, predecessor_id: int, successor_id: int, kind: str = "FS",
             lag_minutes: int = 0) -> Change:
    """Link two tasks (refused with a message when `_check_link` says no); pushes the
    successor (and further) as needed."""
    kind = kind.upper()
    with store.edit() as edit:
        session = edit.session
        pred, succ = _task(session, predecessor_id), _task(session, successor_id)
        campaign = _campaign(session, pred.campaign_id)
        spans = _spans(session, campaign.id)
        _check_link(session, campaign, pred, succ, kind, lag_minutes,
                    _live_links(session, campaign.id, spans))
        link = TaskLink(campaign_id=campaign.id, predecessor_id=pred.id, successor_id=succ.id,
                        kind=kind, lag_minutes=lag_minutes)
        session.add(link)
        session.flush()
        _push(session, campaign.id, [pred.id], spans)
        edit.result = link.id
    return edit.change


def remove_link(store: Store, link_id: int) -> Change:
    with store.edit() as edit:
        link = edit.session.get(TaskLink, link_id)
        if link is None:
            raise TaskError(translate("TaskService", "That link no longer exists."))
        edit.session.delete(link)
    return edit.change


def rename_roles(store: Store, campaign_id: int, names: dict[int, str]) -> Change:
    """Rename owner roles (e.g. 文案 → 小王) in one step; names stay unique per campaign."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        roles = {r.id: r for r in session.exec(select(TaskRole).where(
            TaskRole.campaign_id == campaign_id))}
        for role_id, name in names.items():
            name = name.strip()
            if role_id not in roles:
                raise TaskError(translate("TaskService", "That owner no longer exists."))
            if not name or len(name) > 100:
                raise TaskError(translate("TaskService", "An owner's name is 1 to 100 characters."))
            roles[role_id].name = name
        final = [r.name for r in roles.values()]
        for name in final:
            if final.count(name) > 1:
                raise TaskError(translate("TaskService", "Another owner is already called {name}.")
                                .format(name=name))
    return edit.change


def rename_role(store: Store, role_id: int, name: str) -> Change:
    """Rename one owner role."""
    with store.session() as session:
        role = session.get(TaskRole, role_id)
        if role is None:
            raise TaskError(translate("TaskService", "That owner no longer exists."))
        campaign_id = role.campaign_id
    return rename_roles(store, campaign_id, {role_id: name})


def get_tasks(store: Store, task_ids) -> list[TaskRow]:
    """Tasks by id, deleted ones included (the board drops those)."""
    with store.session() as session:
        return _task_rows(session, col(Task.id).in_(list(task_ids)))


def get_links(store: Store, link_ids) -> list[LinkRow]:
    with store.session() as session:
        return _link_rows(session, col(TaskLink.id).in_(list(link_ids)))


def list_roles(store: Store, campaign_id: int) -> list[TaskRole]:
    with store.session() as session:
        return list(session.exec(select(TaskRole).where(TaskRole.campaign_id == campaign_id)
                                 .order_by(col(TaskRole.position), col(TaskRole.id))))


def import_tasks(store: Store, campaign_id: int, drafts: list[TaskDraft],
                 predecessors: list[list[tuple[int, str, int]]] | None = None) -> Change:
    """Add many tasks at once (a paste, a workbook), at the end of the list, in one
    transaction: all rows are checked first and a bad one refuses the whole lot, naming its
    row. `predecessors[i]` are (row index within `drafts`, kind, lag) links; `change.result`
    is the new tasks' ids."""
    if not drafts:
        raise TaskError(translate("TaskService", "There are no task rows to add; give at least one "
                                  "row with a name and a start."))
    # the write lock first: on SQLite the new ids are max(id)+1 (store/ids.py)
    with store.edit(campaign_id, immediate=True) as edit:
        session = edit.session
        campaign = _campaign(session, campaign_id)
        roles = set(session.exec(select(TaskRole.id).where(TaskRole.campaign_id == campaign_id)))
        for number, draft in enumerate(drafts, start=1):
            errors = validate(draft, roles)
            if errors:
                raise TaskError(translate("TaskService", "Row {row}: {problems} Nothing was added.")
                                .format(row=number, problems=" ".join(errors.values())))
        count = len(session.exec(select(Task.id).where(Task.campaign_id == campaign_id)).all())
        if count + len(drafts) > MAX_TASKS:
            raise TaskError(translate("TaskService", "{count} tasks would make {total}; a campaign "
                                      "holds at most {limit}. Nothing was added.").format(
                count=len(drafts), total=count + len(drafts), limit=MAX_TASKS))
        last = session.exec(select(Task.position).where(Task.campaign_id == campaign_id)
                            .order_by(col(Task.position).desc())).first() or 0
        rows = []
        for offset, draft in enumerate(drafts, start=1):
            values = {name: getattr(draft, name) for name in EDIT_FIELDS}
            if draft.milestone or draft.end is None:
                values["end"] = draft.start
            rows.append(dict(values, campaign_id=campaign_id, position=last + offset, key="",
                             anchor="L", key_node="", post_id=None, deleted=False))
        ids = new_ids(session, Task, len(rows))
        session.exec(insert(Task), params=[dict(r, id=i) for i, r in zip(ids, rows)])
        edit.result = ids
        links = _links(session, campaign_id)
        new_links = []
        window = _window_minutes(campaign)
        for index, refs in enumerate(predecessors or []):
            for row_index, kind, lag in refs:
                if not 0 <= row_index < len(ids) or row_index == index:
                    raise TaskError(translate("TaskService", "Row {row}: predecessor row {other} is not "
                                              "among the added rows. Nothing was added.")
                                    .format(row=index + 1, other=row_index + 1))
                if kind not in KINDS:
                    raise TaskError(translate("TaskService", "Unknown link type {kind!r}; use FS, SS, FF or SF.")
                                    .format(kind=kind))
                if abs(lag) > window:
                    raise TaskError(translate("TaskService", "Row {row}: a lag of {lag} is longer than "
                                              "the whole campaign ({days} days). Nothing was added.")
                                    .format(row=index + 1, lag=format_lag(lag), days=window // 1440))
                links.append(Link(ids[row_index], ids[index], kind, lag))
                new_links.append(dict(campaign_id=campaign_id, predecessor_id=ids[row_index],
                                      successor_id=ids[index], kind=kind, lag_minutes=lag))
        cycle = schedule.any_cycle(links)
        if cycle:
            rows_in = sorted(ids.index(i) + 1 for i in cycle if i in ids)
            raise TaskError(translate("TaskService", "Row {row}: its predecessors close a loop "
                                      "through rows {rows}. Nothing was added.").format(
                row=rows_in[-1], rows=", ".join(map(str, rows_in))))
        if new_links:
            new_links = [dict(v, id=i) for i, v in zip(new_ids(session, TaskLink, len(new_links)), new_links)]
            session.exec(insert(TaskLink), params=new_links)
            _push(session, campaign_id, ids)
    return edit.change


def positions(store: Store, campaign_id: int) -> dict[int, int]:
    """Every task's place in the list (an insert shifts the tasks after it)."""
    c = _TASK_TABLE.c
    with store.session() as session:
        return dict(session.connection().execute(
            select(c.id, c.position).where(c.campaign_id == campaign_id)).all())


READ_BACK_FIELDS = ("name", "phase", "role_id", "start", "end", "deadline", "progress", "milestone",
                    "status")


def read_back(session: Session, campaign_id: int, updates: dict[int, dict],
              additions: list[dict]) -> None:
    """Write a team workbook's task rows inside the caller's edit (the workbook's read-back
    is one Change across sheets). `updates` by task id set only the fields given (the cells
    the team changed: name, milestone, phase, role (its name) or role_id, start, end,
    deadline, progress, status, predecessors); `additions` are whole rows, appended, each
    with its workbook `key` ("r40"), by which predecessors may name it. Predecessors are
    [(task id or key, kind, lag minutes)]; a loop among them is refused naming its tasks.
    Successors are pushed as their links require."""
    campaign = _campaign(session, campaign_id)
    roles = {r.name: r.id for r in session.exec(select(TaskRole).where(TaskRole.campaign_id == campaign_id))}

    def draft_of(base: TaskDraft, fields: dict) -> TaskDraft:
        for name in READ_BACK_FIELDS:
            if name in fields:
                setattr(base, name, fields[name])
        if "role" in fields:
            base.role_id = roles.get(fields["role"]) if fields["role"] else None
        errors = validate(base, set(roles.values()))
        if errors:
            raise TaskError(" ".join(errors.values()))
        return base

    ids: dict[object, int] = {}
    for task_id, fields in updates.items():
        task = session.get(Task, task_id)
        if task is None or task.campaign_id != campaign_id or task.deleted:
            raise TaskError(translate("TaskService", "That task no longer exists."))
        draft = draft_of(TaskDraft.of(task), fields)
        for name in READ_BACK_FIELDS:
            setattr(task, name, getattr(draft, name))
        if task.milestone:
            task.end = task.start
        ids[task_id] = task_id
    last = session.exec(select(Task.position).where(Task.campaign_id == campaign_id)
                        .order_by(col(Task.position).desc())).first() or 0
    added = []
    for offset, fields in enumerate(additions, start=1):
        draft = draft_of(TaskDraft(), fields)
        values = {name: getattr(draft, name) for name in EDIT_FIELDS}
        if draft.milestone or draft.end is None:
            values["end"] = draft.start
        task = Task(**values, campaign_id=campaign_id, position=last + offset, key="", anchor="L",
                    deleted=False)
        session.add(task)
        added.append((fields, task))
    session.flush()
    for fields, task in added:
        ids[fields.get("key", task.id)] = task.id
    moved = list(updates)
    for fields, task in [*((f, session.get(Task, i)) for i, f in updates.items()), *added]:
        if "predecessors" not in fields:
            continue
        wanted = []
        for ref, kind, lag in fields["predecessors"]:
            if ref not in ids and not isinstance(ref, int):
                raise TaskError(translate("TaskService", "A predecessor of {name} is not among the rows "
                                          "read back.").format(name=task.name))
            wanted.append((ids.get(ref, ref), kind, lag))
        moved += _set_predecessors(session, campaign, task, wanted)
    session.flush()
    if moved:
        _push(session, campaign_id, moved)


def import_exported(store: Store, campaign_id: int, updates: dict[int, TaskDraft],
                    additions: list[TaskDraft]) -> Change:
    """Rows of an exported 甘特图 sheet (tasks-import): updates and additions in one
    transaction."""
    def fields(draft: TaskDraft) -> dict:
        return {name: getattr(draft, name) for name in READ_BACK_FIELDS}

    with store.edit(campaign_id, immediate=True) as edit:
        read_back(edit.session, campaign_id, {key: fields(d) for key, d in updates.items()},
                  [fields(d) for d in additions])
    return edit.change
