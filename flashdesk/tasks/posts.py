"""The channel posts a task can carry out, as the task dialog and the board name them:
"channel · day time · stage", in calendar order."""

from __future__ import annotations

from flashdesk.channels.places import post_places
from flashdesk.channels.rules import channel_rules
from flashdesk.store import Store


def post_labels(store: Store, campaign_id: int) -> dict[int, str]:
    """post id → label for every post of the campaign, by day, time and matrix row."""
    stages = channel_rules().stage_names()
    labels = {}
    with store.session() as session:
        for post in post_places(session, campaign_id):
            when = f"{post.day:%m-%d}" + (f" {post.time_of_day:%H:%M}" if post.time_of_day else "")
            labels[post.id] = f"{post.channel} · {when} · {stages.get(post.stage, post.stage)}"
    return labels
