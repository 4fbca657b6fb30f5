"""What the board shows, kept in memory between edits so an edit refreshes only the rows
and bars it touched: tasks by id, the visible order (after filters), links, roles, the
critical path."""

from __future__ import annotations

from datetime import datetime

from flashdesk.tasks import schedule
from flashdesk.tasks.service import Board, overdue
from flashdesk.tasks.tables import Task, TaskLink, TaskRole

PHASE_COLORS = {"warm_up": "#f5b041", "entry": "#5dade2", "launch": "#ec7063",
                "close": "#af7ac5", "follow_up": "#48c9b0", "review": "#99a3a4"}
ROLE_COLORS = ("#5dade2", "#f5b041", "#58d68d", "#ec7063", "#af7ac5", "#48c9b0", "#dc7633",
               "#85929e")


class BoardState:
    def __init__(self, board: Board):
        self.campaign = board.campaign
        self.tasks: dict[int, Task] = {t.id: t for t in board.tasks}
        self.links: dict[int, TaskLink] = {k.id: k for k in board.links}
        self.roles: dict[int, TaskRole] = {r.id: r for r in board.roles}
        self.posts: dict[int, str] = {}  # channel post id → label, set by the tab
        self.touching: dict[int, set[int]] = {}
        for link in self.links.values():
            self._index(link)
        self.close_id = board.close_task().id if board.close_task() else None
        self.owner_filter: int | None = None
        self.phase_filter: str | None = None
        self.order: list[int] = []
        self.row: dict[int, int] = {}
        self.critical: set[int] = set()
        self.refilter()
        self.recompute_critical()

    def visible(self, task: Task) -> bool:
        return ((self.owner_filter is None or task.role_id == self.owner_filter)
                and (self.phase_filter is None or task.phase == self.phase_filter))

    def refilter(self) -> None:
        tasks = sorted(self.tasks.values(), key=lambda t: (t.position, t.id))
        self.number = {t.id: i for i, t in enumerate(tasks, start=1)}
        self.by_number = {i: t.id for i, t in enumerate(tasks, start=1)}
        self.order = [t.id for t in tasks if self.visible(t)]
        self.row = {task_id: i for i, task_id in enumerate(self.order)}

    def recompute_critical(self) -> set[int]:
        """Recompute the critical path; returns the ids whose flag changed."""
        old = self.critical
        if self.close_id in self.tasks:
            # only the close's ancestors can be on its path: walk back through the link index
            ancestors, links, stack = {self.close_id}, [], [self.close_id]
            while stack:
                node = stack.pop()
                for link in self.links_of(node):
                    if link.successor_id == node and link.predecessor_id in self.tasks:
                        links.append(schedule.Link(link.predecessor_id, node, link.kind,
                                                   link.lag_minutes))
                        if link.predecessor_id not in ancestors:
                            ancestors.add(link.predecessor_id)
                            stack.append(link.predecessor_id)
            spans = {i: (schedule.to_minutes(self.tasks[i].start), schedule.to_minutes(self.tasks[i].end))
                     for i in ancestors}
            self.critical = schedule.critical_path(spans, links, self.close_id)
        else:
            self.critical = set()
        return old ^ self.critical

    def _index(self, link: TaskLink) -> None:
        for end in (link.predecessor_id, link.successor_id):
            self.touching.setdefault(end, set()).add(link.id)

    def put_link(self, link: TaskLink) -> None:
        self.links[link.id] = link
        self._index(link)

    def drop_link(self, link_id: int) -> TaskLink | None:
        link = self.links.pop(link_id, None)
        if link is not None:
            for end in (link.predecessor_id, link.successor_id):
                self.touching.get(end, set()).discard(link_id)
        return link

    def links_of(self, task_id: int) -> list[TaskLink]:
        return [self.links[i] for i in self.touching.get(task_id, ()) if i in self.links]

    def overdue(self, task: Task, now: datetime | None = None) -> bool:
        return overdue(task, now)

    def post_label(self, task: Task) -> str:
        return self.posts.get(task.post_id, "") if task.post_id is not None else ""

    def role_name(self, task: Task) -> str:
        role = self.roles.get(task.role_id)
        return role.name if role else ""

    def color(self, task: Task, by: str) -> str:
        if by == "owner":
            role = self.roles.get(task.role_id)
            index = list(self.roles).index(role.id) if role else len(ROLE_COLORS) - 1
            return ROLE_COLORS[index % len(ROLE_COLORS)]
        return PHASE_COLORS.get(task.phase, "#85929e")

    def extent(self) -> tuple[datetime, datetime]:
        """First and last moment the board must show (with the launch)."""
        starts = [t.start for t in self.tasks.values()] + [self.campaign.launch_at]
        ends = [t.end for t in self.tasks.values()] + [self.campaign.launch_at]
        return min(starts), max(ends)
