"""Channel numbers the warm-up calendar already holds: a published post carries its results
(likes, comments, participants), so the review counts them without retyping.

Rule against double counting, per channel and day: a row the operator recorded in the
review's own channel table wins — it is the day's total for that channel, posts included.
Only channel-days with no review row take their numbers from the published posts of that
day (actions = posts published, participants = their participants summed, a post without
a count adds 0). Channels match by name (the review table names channels in words)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from flashdesk.channels.places import post_places
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
    orders: int = 0  # paid orders of imported shop exports credited to the channel that day


def channel_days(session: Session, campaign_id: int,
                 orders: dict[tuple[str, date], int] | None = None) -> list[ChannelDay]:
    """Every channel-day with numbers, review rows first in effect, by day then channel;
    `orders` (channel, day) -> paid orders from the shop export are added to the channel
    they name (by its name, or the one name containing the other: 朋友圈 is 企业微信朋友圈)."""
    c = ReviewChannelDay.__table__.c
    merged = {(channel, day): ChannelDay(channel, day, actions, participants)
              for channel, day, actions, participants in session.execute(
                  select(c.channel, c.day, c.actions, c.participants)
                  .where(c.campaign_id == campaign_id))}
    published: dict[tuple[str, date], list[int]] = {}
    places = post_places(session, campaign_id)
    for post in places:
        if post.status == "published":
            sums = published.setdefault((post.channel, post.day), [0, 0, 0, 0])
            for i, value in enumerate((1, post.participants, post.likes, post.comments)):
                sums[i] += value or 0
    for (channel, day), (posts, participants, likes, comments) in published.items():
        if (channel, day) not in merged:  # the review row wins
            merged[(channel, day)] = ChannelDay(channel, day, posts, participants, likes, comments, True)
    known = sorted({channel for channel, _day in merged}
                   | {place.channel for place in places} if orders else ())
    for (named, day), count in (orders or {}).items():
        channel = _channel_named(named, known)
        found = merged.get((channel, day))
        merged[(channel, day)] = (ChannelDay(channel, day, 0, 0, orders=count) if found is None
                                  else replace(found, orders=found.orders + count))
    return sorted(merged.values(), key=lambda d: (d.day, d.channel))


def _channel_named(name: str, known: list[str]) -> str:
    if name in known:
        return name
    return next((channel for channel in known if name in channel or channel in name), name)
