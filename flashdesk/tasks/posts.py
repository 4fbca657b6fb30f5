"""The channel posts a task can carry out, as the task dialog and the board name them:
"channel · day time · stage", in calendar order."""

from __future__ import annotations

from sqlmodel import col, select

from flashdesk.channels.places import post_places
from flashdesk.channels.rules import channel_rules
from flashdesk.store import Store
from flashdesk.tasks.tables import Task, TaskRole


def post_labels(store: Store, campaign_id: int) -> dict[int, str]:
    """post id → label for every post of the campaign, by day, time and matrix row."""
    stages = channel_rules().stage_names()
    labels = {}
    with store.session() as session:
        for post in post_places(session, campaign_id):
            when = f"{post.day:%m-%d}" + (f" {post.time_of_day:%H:%M}" if post.time_of_day else "")
            labels[post.id] = f"{post.channel} · {when} · {stages.get(post.stage, post.stage)}"
    return labels


def channel_owners(store: Store, campaign_id: int) -> dict[int, str]:
    """channel id → the roles of the Gantt tasks that carry out its posts ("文案、群托小号"),
    in the order the tasks come, for a matrix row whose owner the operator left empty."""
    owners: dict[int, list[str]] = {}
    with store.session() as session:
        channel_of = {post.id: post.channel_id for post in post_places(session, campaign_id)}
        query = (select(Task.post_id, TaskRole.name).join(TaskRole, Task.role_id == TaskRole.id)
                 .where(Task.campaign_id == campaign_id, col(Task.deleted).is_(False),
                        col(Task.post_id).is_not(None))
                 .order_by(col(Task.start), col(Task.position)))
        for post_id, role in session.exec(query):
            if post_id in channel_of:
                names = owners.setdefault(channel_of[post_id], [])
                if role not in names:
                    names.append(role)
    return {channel_id: "、".join(names) for channel_id, names in owners.items()}
