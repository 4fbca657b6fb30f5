"""A campaign's task board as read from the store — tasks, links and owners as plain rows —
and what is computed from it (critical path, overdue). No ORM here: the command line's
`tasks` reads these rows with plain SQL too (store/reader.py), the service through the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from flashdesk.tasks import schedule
from flashdesk.tasks.schedule import Link

if TYPE_CHECKING:
    from flashdesk.campaigns.service import Campaign
    from flashdesk.tasks.tables import Task, TaskRole


@dataclass(slots=True)
class TaskRow:
    """A task as the board reads it: plain attributes, quick to make by the ten thousand
    (a full ORM object per row made a 10,000-task board open in seconds)."""

    id: int
    campaign_id: int
    position: int
    key: str
    name: str
    phase: str
    role_id: int | None
    start: datetime
    end: datetime
    deadline: datetime | None
    progress: int
    milestone: bool
    status: str
    notes: str
    anchor: str
    key_node: str
    post_id: int | None
    deleted: bool


@dataclass(slots=True)
class LinkRow:
    id: int
    campaign_id: int
    predecessor_id: int
    successor_id: int
    kind: str
    lag_minutes: int


@dataclass
class Board:
    """Everything the board shows for one campaign, read in one transaction."""

    campaign: Campaign
    tasks: list[TaskRow]
    links: list[LinkRow]
    roles: list[TaskRole]

    def spans(self) -> dict[int, tuple[int, int]]:
        return {t.id: (schedule.to_minutes(t.start), schedule.to_minutes(t.end)) for t in self.tasks}

    def schedule_links(self) -> list[Link]:
        return [Link(k.predecessor_id, k.successor_id, k.kind, k.lag_minutes) for k in self.links]

    def close_task(self) -> Task | None:
        """The task that stands for the close of the group: the close milestone from the
        playbook, else the last-ending task of the close phase."""
        closing = [t for t in self.tasks if t.phase == "close"]
        for task in closing:
            if task.milestone and task.key == "group_close":
                return task
        return max(closing, key=lambda t: t.end, default=None)

    def critical(self) -> set[int]:
        target = self.close_task()
        if target is None:
            return set()
        return schedule.critical_path(self.spans(), self.schedule_links(), target.id)


def overdue(task: Task, now: datetime | None = None) -> bool:
    return schedule.is_overdue(task.deadline, task.status, task.progress, now or datetime.now())
