"""The plan as dated items across every capability — tasks, warm-up posts, runbook beats and
the daily timetable's items — for the calendar export and the Today view. It reads every
capability (it sits above them, below the workbook and the GUI), picks a role's share, sorts
what is due into now / later today / overdue, and marks an item done or skipped where it
lives: the task's status, the post's status, the beat, the timetable item.

A role is the playbook's (运营, 文案 …), picked by key or name. Its share: its tasks, the posts
those tasks carry out or that name it as owner, the key nodes and timetable slots whose owner
is one of its names (its current name on the board, the playbook's name, and the playbook's
`also` names such as 群主); a slot with no owner is the whole team's and in everyone's share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from flashdesk.errors import UserError
from flashdesk.i18n import translate

if TYPE_CHECKING:  # the window's role picker reads the roles before SQLAlchemy loads
    from flashdesk.store import Store
    from flashdesk.store.change import Change

KINDS = ("task", "post", "beat", "slot")
SOON = timedelta(minutes=15)  # an item starting this soon is already "now"


@dataclass(frozen=True)
class RoleChoice:
    """A role of the playbook, as the operator picks it."""

    key: str
    name: str
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """A picked role inside one campaign: its board role (if the campaign has it) and every
    name its work goes by."""

    key: str
    role_id: int | None
    names: frozenset[str]

    def owns(self, owner: str) -> bool:
        return owner.strip() in self.names


@dataclass(frozen=True)
class Item:
    kind: str  # task, post, beat, slot
    uid: str
    ref: int  # the row where it lives: task, post, beat or timetable item id
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    owner: str = ""
    state: str = "pending"  # pending, done, skipped

    @property
    def can_skip(self) -> bool:
        """Beats and timetable items can be skipped; a task or a post is done or still to do."""
        return self.kind in ("beat", "slot")


@dataclass
class Agenda:
    now: list[Item] = field(default_factory=list)
    later: list[Item] = field(default_factory=list)
    overdue: list[Item] = field(default_factory=list)
    finished: list[Item] = field(default_factory=list)  # today's done or skipped


def playbook_roles(playbook=None) -> list[RoleChoice]:
    from flashdesk.playbook import default_playbook

    section = (playbook or default_playbook()).section("tasks")
    return [RoleChoice(r["key"], r["name"], tuple(r.get("also", ()))) for r in section["roles"]]


def resolve_role(store: Store, campaign_id: int, role: str, playbook=None) -> Role | None:
    """The role named by key or name in this campaign (None for no role); a name nobody
    knows is a UserError listing the roles."""
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.tasks.service import list_roles

    if not role:
        return None
    board = list_roles(store, campaign_id)
    choices = {c.key: c for c in playbook_roles(playbook)}
    picked = next((r for r in board if role in (r.key, r.name)), None)
    choice = choices.get(picked.key if picked else role) or next(
        (c for c in choices.values() if c.name == role), None)
    if picked is None and choice is not None:
        picked = next((r for r in board if r.key == choice.key), None)
    if picked is None and choice is None:
        names = ", ".join(f"{r.key} ({r.name})" if r.key else r.name for r in board)
        raise UserError(translate("Agenda", "No role {role!r} in {campaign}; use one of: {names}.").format(
            role=role, campaign=get_campaign(store, campaign_id).name, names=names))
    names = {n for n in (picked.name if picked else "", choice.name if choice else "") if n}
    names |= set(choice.also if choice else ())
    return Role(choice.key if choice else picked.key, picked.id if picked else None, frozenset(names))


def one_line(text: str) -> str:
    """A text whole on one line: an item's summary is a calendar event's title and a row of
    Today, and each shortens it (with …) to the room it has."""
    return " ".join(text.split())


def shortened(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where there is one, with … when cut (for
    undo labels and notifications, which have no view to elide in)."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = text.rfind(" ", 0, limit)  # a space just past the cut ends a whole word too
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ，,。.：:") + "…"


def plan_items(store: Store, campaign_id: int, role: str = "") -> list[Item]:
    """Every dated item of the plan, in time order; with `role` only that role's share."""
    from flashdesk.channels.service import list_posts
    from flashdesk.groups.runbook import load_runbook
    from flashdesk.groups.timetable import day_items
    from flashdesk.tasks.posts import post_labels
    from flashdesk.tasks.service import load_board

    picked = resolve_role(store, campaign_id, role)
    board = load_board(store, campaign_id)
    roles = {r.id: r for r in board.roles}
    items = []
    carried: set[int] = set()
    for task in board.tasks:
        if picked is not None and (picked.role_id is None or task.role_id != picked.role_id):
            continue
        if task.post_id:
            carried.add(task.post_id)
        owner = roles[task.role_id].name if task.role_id in roles else ""
        items.append(Item("task", f"task-{task.id}", task.id, task.name, task.start,
                          max(task.end, task.start + timedelta(minutes=15)), owner, owner,
                          "done" if task.status == "done" else "pending"))
    labels = post_labels(store, campaign_id)
    for post in list_posts(store, campaign_id):
        if picked is not None and post.id not in carried and not picked.owns(post.owner):
            continue
        start = datetime.combine(post.day, post.time_of_day or time(9, 0))
        items.append(Item("post", f"post-{post.id}", post.id, f"发布：{labels.get(post.id, post.stage)}",
                          start, start + timedelta(minutes=15), post.title, post.owner,
                          "done" if post.status == "published" else "pending"))
    for node in load_runbook(store, campaign_id).nodes:
        if picked is not None and not picked.owns(node.owner):
            continue
        for beat in node.beats:
            items.append(Item("beat", f"beat-{beat.id}", beat.id, f"{node.name}：{one_line(beat.filled)}", beat.due,
                              beat.due + timedelta(minutes=max(beat.wait_minutes, 1)), beat.filled,
                              node.owner, beat.state))
    for entry in day_items(store, campaign_id):
        if picked is not None and entry.owner and not picked.owns(entry.owner):
            continue
        items.append(Item("slot", f"slot-{entry.slot_id}-{entry.day:%Y%m%d}", entry.id, one_line(entry.content),
                          entry.start, entry.end, f"{entry.interaction}\n{entry.purpose}".strip(),
                          entry.owner, entry.state))
    return sorted(items, key=lambda item: (item.start, item.uid))


def agenda(items: list[Item], now: datetime) -> Agenda:
    """Today's share of the items at `now`: pending ones under way or starting within
    SOON (now), starting later today (later), ended before now (overdue, any earlier day
    too); today's done or skipped ones (finished)."""
    today = now.date()
    sorted_out = Agenda()
    for item in items:
        if item.state != "pending":
            if item.start.date() == today:
                sorted_out.finished.append(item)
        elif item.end < now:
            sorted_out.overdue.append(item)
        elif item.start <= now + SOON:
            sorted_out.now.append(item)
        elif item.start.date() == today:
            sorted_out.later.append(item)
    return sorted_out


def mark(store: Store, item: Item, state: str, who: str = "", now: datetime | None = None) -> Change:
    """Done (or skipped) where the item lives: a task's status (done, 100 %), a post's status
    (published), a beat's or a timetable item's state."""
    now = (now or datetime.now()).replace(microsecond=0)
    if state not in ("done", "skipped"):
        raise UserError(translate("Agenda", "Mark an item done or skipped."))
    if state == "skipped" and not item.can_skip:
        raise UserError(translate("Agenda", "A task or a post cannot be skipped: mark it done, or change it "
                                  "on its own tab."))
    if item.kind == "task":
        from flashdesk.tasks.service import TaskDraft, get_tasks, update_task

        [row] = get_tasks(store, [item.ref]) or [None]
        if row is None:
            raise UserError(translate("Agenda", "That task no longer exists; it may have been deleted."))
        draft = TaskDraft.of(row)
        draft.status, draft.progress = "done", 100
        return update_task(store, item.ref, draft)
    if item.kind == "post":
        from flashdesk.channels.drafts import PostDraft
        from flashdesk.channels.service import get_post, update_post

        draft = PostDraft.of(get_post(store, item.ref))
        draft.status = "published"
        return update_post(store, item.ref, draft)
    if item.kind == "beat":
        from flashdesk.groups.runbook import set_beat_state

        return set_beat_state(store, item.ref, state, now)
    from flashdesk.groups.timetable import set_item_state

    return set_item_state(store, item.ref, state, who, now)


def launch_week(campaign, now: datetime, playbook=None) -> bool:
    """Whether `now` lies in the campaign's window: from the first warm-up to the group's close."""
    from flashdesk.playbook.calendar import key_dates

    return key_dates(campaign, playbook).in_window(now.date())
