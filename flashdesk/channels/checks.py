"""Live checks on a campaign's channels and posts. Pure functions over rows already loaded:
the tab runs them after every edit, the workbook and the review can run them too. Each
problem names the cell it belongs to (channel and day) so the problems list can select it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from flashdesk.channels.rules import ChannelRules
from flashdesk.i18n import translate
from flashdesk.playbook.calendar import KeyDates

RESULTS = ("likes", "comments", "participants")


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    channel_id: int | None = None
    day: date | None = None  # None: the problem is the whole row
    post_ids: tuple[int, ...] = field(default=())


def day_label(day: date, dates: KeyDates) -> str:
    offset = dates.day_offset(day)
    return f"{day:%m-%d} (D{offset:+d})" if offset else f"{day:%m-%d} (D0)"


def _names(channels) -> dict[int, str]:
    return {channel.id: channel.name for channel in channels}


def crowded_days(channels, posts, dates: KeyDates, rules: ChannelRules) -> list[Problem]:
    """Two or more posts on a one-post-a-day channel (Moments) the same day."""
    limited = {c.id: c.name for c in channels
               if (kind := rules.type_of(c.kind)) is not None and kind.one_post_per_day}
    cells: dict[tuple[int, date], list[int]] = defaultdict(list)
    for post in posts:
        if post.channel_id in limited:
            cells[(post.channel_id, post.day)].append(post.id)
    return [Problem("crowded_day", translate(
        "ChannelChecks", "{channel}, {day}: {count} posts on one day, but customers see only "
        "one a day here. Keep one and move the others to free days.").format(
            channel=limited[channel_id], day=day_label(day, dates), count=len(ids)),
        channel_id, day, tuple(ids))
        for (channel_id, day), ids in sorted(cells.items(), key=lambda item: item[0][1])
        if len(ids) > 1]


def after_close(channels, posts, dates: KeyDates) -> list[Problem]:
    names = _names(channels)
    return [Problem("after_close", translate(
        "ChannelChecks", "{channel}, {day}: this post comes after the group closes on {close}. "
        "Move it into the window or delete it.").format(
            channel=names.get(post.channel_id, "?"), day=day_label(post.day, dates),
            close=day_label(dates.group_close, dates)), post.channel_id, post.day, (post.id,))
        for post in posts if post.day > dates.group_close]


def silent_channels(channels, posts) -> list[Problem]:
    used = {post.channel_id for post in posts}
    return [Problem("no_post", translate(
        "ChannelChecks", "{channel} has no post planned. Add one on the calendar or remove the "
        "channel from the matrix.").format(channel=channel.name), channel.id)
        for channel in channels if channel.id not in used]


def _moment(post) -> datetime:
    return datetime.combine(post.day, post.time_of_day or time(0, 0))


def entry_not_open(channels, posts, dates: KeyDates, rules: ChannelRules) -> list[Problem]:
    """Someone has to publish the way into the group before buying opens."""
    if not channels:
        return []
    entry_posts = sorted((p for p in posts if p.stage in rules.entry_stages()), key=_moment)
    if any(_moment(post) < dates.launch for post in entry_posts):
        return []
    stage = "、".join(s.name for s in rules.stages if s.entry)
    if entry_posts:
        first = entry_posts[0]
        return [Problem("entry_late", translate(
            "ChannelChecks", "The first “{stage}” post is on {day}, not before the launch at "
            "{launch}: people cannot join in time. Move it earlier.").format(
                stage=stage, day=day_label(first.day, dates), launch=f"{dates.launch:%m-%d %H:%M}"),
            first.channel_id, first.day, (first.id,))]
    home = next((c for c in channels if c.kind == rules.entry_channel), channels[0])
    day = min(dates.group_open, dates.launch_day)
    return [Problem("entry_missing", translate(
        "ChannelChecks", "No channel opens the way into the group before the launch. Plan a "
        "“{stage}” post, for example on {channel} on {day}.").format(
            stage=stage, channel=home.name, day=day_label(day, dates)), home.id, day)]


def results_missing(channels, posts, dates: KeyDates, today: date) -> list[Problem]:
    """Published posts whose likes, comments and participants are still blank on review day."""
    if today < dates.review_day:
        return []
    names = _names(channels)
    return [Problem("no_results", translate(
        "ChannelChecks", "{channel}, {day}: published, but no results recorded for the review. "
        "Enter its likes, comments and participants.").format(
            channel=names.get(post.channel_id, "?"), day=day_label(post.day, dates)),
        post.channel_id, post.day, (post.id,))
        for post in posts if post.status == "published"
        and all(getattr(post, name) is None for name in RESULTS)]


def not_followed_up(channels, posts, dates: KeyDates, rules: ChannelRules) -> list[Problem]:
    """Likers and commenters of a Moments post are high-intent: tag them, follow up."""
    eager = {c.id: c.name for c in channels
             if (kind := rules.type_of(c.kind)) is not None and kind.follow_up_engagement}
    return [Problem("follow_up", translate(
        "ChannelChecks", "{channel}, {day}: {likes} likes and {comments} comments not followed "
        "up. Tag them as high intent, message each one, then tick “followed up”.").format(
            channel=eager[post.channel_id], day=day_label(post.day, dates),
            likes=post.likes or 0, comments=post.comments or 0),
        post.channel_id, post.day, (post.id,))
        for post in posts if post.channel_id in eager and post.status == "published"
        and ((post.likes or 0) + (post.comments or 0)) > 0 and not post.followed_up]


def copy_wording(channels, posts, dates: KeyDates, copies, values) -> list[Problem]:
    """A Moments post's linked copy is checked as the copy editor checks it (risky words,
    links without the comment hint, empty variables, length), one problem per post."""
    from flashdesk.copies.links import CHANNEL_OF_KIND
    from flashdesk.copies.lint import lint

    moments = {c.id: c.name for c in channels if CHANNEL_OF_KIND.get(c.kind) == "moments"}
    found = []
    for post in posts:
        copy = copies.get(post.copy_id) if post.channel_id in moments else None
        if copy is None or copy.deleted:
            continue
        findings = lint(copy.body, "moments", values=values)
        if not findings:
            continue
        reasons = list(dict.fromkeys(f.reason for f in findings))
        found.append(Problem("copy_wording", translate(
            "ChannelChecks", "{channel}, {day}: the linked copy “{title}” needs rewording: "
            "{reasons}. Edit it in the copy library or pick another copy.").format(
                channel=moments[post.channel_id], day=day_label(post.day, dates), title=copy.title,
                reasons="; ".join(reasons[:3]) + ("…" if len(reasons) > 3 else "")),
            post.channel_id, post.day, (post.id,)))
    return found


def poster_problems(channels, posts, dates: KeyDates, posters) -> list[Problem]:
    """A post whose linked poster has checker errors (or was deleted): one problem per post."""
    names = {c.id: c.name for c in channels}
    found = []
    for post in posts:
        poster = posters.get(post.poster_id)
        if poster is None or not (poster.deleted or poster.errors):
            continue
        where = {"channel": names.get(post.channel_id, ""), "day": day_label(post.day, dates),
                 "poster": poster.label()}
        if poster.deleted:
            message = translate("ChannelChecks", "{channel}, {day}: the linked poster “{poster}” was "
                                "deleted. Pick another poster in the post.").format(**where)
        else:
            message = translate("ChannelChecks", "{channel}, {day}: the linked poster “{poster}” has "
                                "checker errors ({n}). Fix it in the Posters tab before it goes out."
                                ).format(n=poster.errors, **where)
        found.append(Problem("poster_errors", message, post.channel_id, post.day, (post.id,)))
    return found


def check_plan(channels, posts, dates: KeyDates, rules: ChannelRules, today: date,
               copies=None, values=None, posters=None) -> list[Problem]:
    """Every problem of the plan, cell problems in calendar order, row problems after.
    `copies` (id -> linked Copy) and `values` (the campaign's variables) add the wording
    check of linked Moments copies; `posters` (id -> LinkedPoster) the linked posters' errors."""
    channels, posts = list(channels), list(posts)
    found = (crowded_days(channels, posts, dates, rules) + after_close(channels, posts, dates)
             + entry_not_open(channels, posts, dates, rules)
             + results_missing(channels, posts, dates, today)
             + not_followed_up(channels, posts, dates, rules) + silent_channels(channels, posts))
    if copies:
        found += copy_wording(channels, posts, dates, copies, values)
    if posters:
        found += poster_problems(channels, posts, dates, posters)
    order = {channel.id: i for i, channel in enumerate(channels)}
    return sorted(found, key=lambda p: (p.day is None, p.day or date.min, order.get(p.channel_id, -1)))


def by_cell(problems: Iterable[Problem]) -> dict[tuple[int | None, date | None], list[Problem]]:
    cells: dict[tuple[int | None, date | None], list[Problem]] = defaultdict(list)
    for problem in problems:
        cells[(problem.channel_id, problem.day)].append(problem)
    return dict(cells)
