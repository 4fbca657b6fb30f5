"""The warm-up posts as the capabilities above the channels read them: where each post
stands (channel, day, time, stage) and, once published, its results. Tasks link and label
posts, the review counts published results; neither queries the channel tables itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session, select

from flashdesk.channels.tables import Channel, Post


@dataclass(frozen=True)
class PostPlace:
    id: int
    channel: str  # the channel's name in the publicity matrix
    kind: str  # its channel type (playbook key, "custom" when typed by hand)
    channel_position: int
    day: date
    time_of_day: time | None
    anchor: str  # the key date the post follows: "D" launch day, "C" group close day
    position: int  # its place among the channel's posts that day
    stage: str
    status: str
    participants: int | None
    likes: int | None
    comments: int | None
    channel_id: int


def post_places(session: Session, campaign_id: int) -> list[PostPlace]:
    """Every post of the campaign in calendar order: day, time (untimed first), matrix row,
    place in the day."""
    query = (select(Post, Channel.name, Channel.kind, Channel.position)
             .join(Channel, Post.channel_id == Channel.id).where(Post.campaign_id == campaign_id))
    places = [PostPlace(post.id, name, kind, channel_position, post.day, post.time_of_day,
                        post.anchor, post.position, post.stage, post.status, post.participants,
                        post.likes, post.comments, post.channel_id)
              for post, name, kind, channel_position in session.exec(query)]
    return sorted(places, key=lambda p: (p.day, p.time_of_day is not None, p.time_of_day or time.min,
                                         p.channel_position, p.position, p.id))


def channel_names(session: Session, campaign_id: int) -> list[str]:
    """The campaign's channels by name, in matrix order."""
    return list(session.exec(select(Channel.name).where(Channel.campaign_id == campaign_id)
                             .order_by(Channel.position, Channel.id)))
