"""The channel posts a task can carry out, as the task dialog and the board name them:
"channel · day time · stage", in calendar order."""

from __future__ import annotations

from sqlmodel import col, select

from flashdesk.channels.rules import channel_rules
from flashdesk.store import Store
from flashdesk.channels.service import Channel, Post
from flashdesk.tasks.tables import Task, TaskRole


def post_labels(store: Store, campaign_id: int) -> dict[int, str]:
    """post id → label for every post of the campaign, by day, time and matrix row."""
    stages = channel_rules().stage_names()
    query = (select(Post.id, Channel.name, Post.day, Post.time_of_day, Post.stage)
             .join(Channel, Post.channel_id == Channel.id).where(Post.campaign_id == campaign_id)
             .order_by(col(Post.day), col(Post.time_of_day), col(Channel.position), col(Post.position)))
    labels = {}
    with store.session() as session:
        for post_id, channel, day, at, stage in session.exec(query):
            when = f"{day:%m-%d}" + (f" {at:%H:%M}" if at else "")
            labels[post_id] = f"{channel} · {when} · {stages.get(stage, stage)}"
    return labels


def channel_owners(store: Store, campaign_id: int) -> dict[int, str]:
    """channel id → the roles of the Gantt tasks that carry out its posts ("文案、群托小号"),
    in the order the tasks come, for a matrix row whose owner the operator left empty."""

    query = (select(Post.channel_id, TaskRole.name)
             .join(Task, Task.post_id == Post.id).join(TaskRole, Task.role_id == TaskRole.id)
             .where(Post.campaign_id == campaign_id, col(Task.deleted).is_(False))
             .order_by(col(Task.start), col(Task.position)))
    owners: dict[int, list[str]] = {}
    with store.session() as session:
        for channel_id, role in session.exec(query):
            names = owners.setdefault(channel_id, [])
            if role not in names:
                names.append(role)
    return {channel_id: "、".join(names) for channel_id, names in owners.items()}
