"""The channels plan part: a new campaign gets the playbook's channel types as matrix rows
and their warm-up posts on the calendar; a moved launch or a changed lifetime moves every
post with the key date it follows; duplicate-as-template copies the rows and posts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from flashdesk.channels.rules import MAX_NAME, MAX_TEXT, SECTION, channel_rules, parse_time
from flashdesk.playbook.calendar import close_day

# The ORM loads when a function needs it: checking the playbook imports every plan part,
# and the command line's listing commands run without the ORM (store/reader.py).
if TYPE_CHECKING:
    from sqlmodel import Session

    from flashdesk.channels.tables import Channel

__all__ = ["SECTION", "validate", "generate", "campaign_changed", "copy", "plan_channel"]


def validate(section, check) -> None:
    if not isinstance(section, dict):
        check.fail(SECTION, "should be a table")
    forms = check.table_list(section, "form", SECTION)
    stages = check.table_list(section, "stage", SECTION)
    types = check.table_list(section, "type", SECTION)
    form_keys, stage_keys, type_keys = set(), set(), set()
    for i, item in enumerate(forms):
        where = f"{SECTION}.form[{i}]"
        key = check.require(item, "key", str, where)
        check.require(item, "name", str, where)
        if key in form_keys:
            check.fail(where, f"form {key!r} is listed twice")
        form_keys.add(key)
    for i, item in enumerate(stages):
        where = f"{SECTION}.stage[{i}]"
        key = check.require(item, "key", str, where)
        check.require(item, "name", str, where)
        if "entry" in item:
            check.require(item, "entry", bool, where)
        if key in stage_keys:
            check.fail(where, f"stage {key!r} is listed twice")
        stage_keys.add(key)
    for i, item in enumerate(types):
        where = f"{SECTION}.type[{i}]"
        key = check.require(item, "key", str, where)
        name = check.require(item, "name", str, where)
        if key in type_keys or key == "custom":
            check.fail(f"{where}.key", f"{key!r} is used twice or reserved; give each type its own key")
        type_keys.add(key)
        if not name.strip() or len(name) > MAX_NAME:
            check.fail(f"{where}.name", f"should be 1 to {MAX_NAME} characters")
        for form in check.require(item, "forms", list, where):
            if form not in form_keys:
                check.fail(f"{where}.forms", f"form {form!r} is not among [[{SECTION}.form]]")
        if len(check.require(item, "direction", str, where)) > MAX_TEXT:
            check.fail(f"{where}.direction", f"is longer than {MAX_TEXT} characters")
        for flag in ("one_post_per_day", "follow_up_engagement"):
            if flag in item:
                check.require(item, flag, bool, where)
        for j, post in enumerate(item.get("post", [])):
            at = f"{where}.post[{j}]"
            check.dayref(post, "day", at)
            try:
                parse_time(check.require(post, "time", str, at))
            except ValueError as exc:
                check.fail(f"{at}.time", str(exc))
            if check.require(post, "stage", str, at) not in stage_keys:
                check.fail(f"{at}.stage", f"stage {post['stage']!r} is not among [[{SECTION}.stage]]")
    entry = section.get("entry_channel", "")
    if entry and entry not in type_keys:
        check.fail(f"{SECTION}.entry_channel", f"{entry!r} is not a channel type key")


def generate(session: Session, campaign, playbook) -> None:
    # plain rows, one statement per table (store/bulk.py): see groups/plan.py's generate
    from flashdesk.channels.tables import Channel, Post
    from flashdesk.store.bulk import insert_new

    kinds = channel_rules(playbook).types
    ids = insert_new(session, Channel.__table__, [_channel_row(campaign, kind, position, kind.name)
                                                  for position, kind in enumerate(kinds)])
    insert_new(session, Post.__table__, [row for channel_id, kind in zip(ids, kinds)
                                         for row in _post_rows(campaign, kind, channel_id)])


def plan_channel(session: Session, campaign, kind, position: int, name: str) -> Channel:
    """One playbook channel type as a matrix row with its default warm-up posts."""
    from flashdesk.channels.tables import Channel, Post

    channel = Channel(**_channel_row(campaign, kind, position, name))
    session.add(channel)
    session.flush()
    session.add_all(Post(**row) for row in _post_rows(campaign, kind, channel.id))
    return channel


def _channel_row(campaign, kind, position: int, name: str) -> dict:
    return dict(campaign_id=campaign.id, position=position, kind=kind.key, name=name,
                forms=",".join(kind.forms), direction=kind.direction)


def _post_rows(campaign, kind, channel_id: int) -> list[dict]:
    """The channel type's default warm-up posts, numbered within each day."""
    launch, closing = campaign.launch_at.date(), close_day(campaign.launch_at, campaign.lifetime_days)
    per_day: dict[date, int] = {}
    rows = []
    for template in kind.posts:
        day = template.day.resolve(launch, closing)
        rows.append(dict(campaign_id=campaign.id, channel_id=channel_id, day=day,
                         time_of_day=template.time_of_day, anchor=template.day.anchor,
                         position=per_day.setdefault(day, 0), stage=template.stage,
                         title=template.title))
        per_day[day] += 1
    return rows


def _bases(launch_at, lifetime_days: int) -> dict[str, date]:
    return {"D": launch_at.date(), "C": close_day(launch_at, lifetime_days)}


def moved_day(day: date, anchor: str, before: dict[str, date], after: dict[str, date]) -> date:
    """The same offset from the post's key date, taken from the old dates to the new."""
    anchor = anchor if anchor in before else "D"
    return after[anchor] + (day - before[anchor])


def campaign_changed(session: Session, before, campaign, playbook) -> None:
    from sqlmodel import select

    from flashdesk.channels.tables import Post

    old = _bases(before.launch_at, before.lifetime_days)
    new = _bases(campaign.launch_at, campaign.lifetime_days)
    for post in session.exec(select(Post).where(Post.campaign_id == campaign.id)):
        post.day = moved_day(post.day, post.anchor, old, new)
        session.add(post)


def copy(session: Session, source, target) -> None:
    """Rows and posts as a template: same offsets from the new dates, every post back to
    planned with no results. A linked library copy stays linked, a campaign copy is
    replaced by its duplicate (the copies part ran first); so is a linked poster (the posters
    part ran before this one too)."""
    from sqlmodel import col, select

    from flashdesk.channels.tables import Channel, Post
    from flashdesk.copies.links import duplicated_link
    from flashdesk.posters.service import duplicated_poster

    old = _bases(source.launch_at, source.lifetime_days)
    new = _bases(target.launch_at, target.lifetime_days)
    ids: dict[int, int] = {}
    query = select(Channel).where(Channel.campaign_id == source.id).order_by(col(Channel.position))
    for channel in session.exec(query).all():
        twin = Channel(campaign_id=target.id, **channel.model_dump(exclude={"id", "campaign_id"}))
        session.add(twin)
        session.flush()
        ids[channel.id] = twin.id
    for post in session.exec(select(Post).where(Post.campaign_id == source.id)).all():
        session.add(Post(campaign_id=target.id, channel_id=ids[post.channel_id],
                         day=moved_day(post.day, post.anchor, old, new),
                         time_of_day=post.time_of_day, anchor=post.anchor, position=post.position,
                         stage=post.stage, title=post.title, owner=post.owner,
                         copy_id=duplicated_link(session, post.copy_id),
                         poster_id=duplicated_poster(session, post.poster_id)))
