"""The channel posts a task can carry out, as the task dialog and the board name them:
"channel · day time · stage", in calendar order."""

from __future__ import annotations

from sqlmodel import col, select

from flashdesk.channels.rules import channel_rules
from flashdesk.store import Store
from flashdesk.channels.service import Channel, Post


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
