"""Channel numbers the warm-up calendar already holds: a published post carries its results
(likes, comments, participants), so the review counts them without retyping.

Rule against double counting, per channel and day: a row the operator recorded in the
review's own channel table wins — it is the day's total for that channel, posts included.
Only channel-days with no review row take their numbers from the published posts of that
day (actions = posts published, participants = their participants summed, a post without
a count adds 0). Channels match by name (the review table names channels in words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from flashdesk.channels.service import Channel, Post
from flashdesk.review.tables import ReviewChannelDay


@dataclass(frozen=True)
class ChannelDay:
    channel: str
    day: date
    actions: int
    participants: int
    likes: int = 0
    comments: int = 0
    from_posts: bool = False  # True: taken from the calendar, no review row that day


def channel_days(session: Session, campaign_id: int) -> list[ChannelDay]:
    """Every channel-day with numbers, review rows first in effect, by day then channel."""
    c = ReviewChannelDay.__table__.c
    merged = {(channel, day): ChannelDay(channel, day, actions, participants)
              for channel, day, actions, participants in session.execute(
                  select(c.channel, c.day, c.actions, c.participants)
                  .where(c.campaign_id == campaign_id))}
    p, ch = Post.__table__.c, Channel.__table__.c
    for channel, day, posts, participants, likes, comments in session.execute(
            select(ch.name, p.day, func.count(), func.coalesce(func.sum(p.participants), 0),
                   func.coalesce(func.sum(p.likes), 0), func.coalesce(func.sum(p.comments), 0))
            .join(Channel, ch.id == p.channel_id)
            .where(p.campaign_id == campaign_id, p.status == "published")
            .group_by(ch.name, p.day)):
        key = (channel, day)
        if key in merged:  # the review row wins
            continue
        merged[key] = ChannelDay(channel, day, posts, participants, likes, comments, True)
    return sorted(merged.values(), key=lambda d: (d.day, d.channel))
