"""Channel rows and posts over the store. Each edit is one transaction (`store.edit()`) and
returns its `Change`; bad input raises ChannelError before anything is written. Removing a
post unlinks the tasks that carried it out (ON DELETE SET NULL): the Change records those
too, so Undo links them again."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign, live_campaign
from flashdesk.channels.drafts import (
    ChannelDraft,
    ChannelError,
    PostDraft,
    check_channel,
    check_post,
    normal_name,
)
from flashdesk.channels.rules import CUSTOM, ChannelRules, channel_rules
from flashdesk.channels.tables import Channel, Post
from flashdesk.i18n import translate
from flashdesk.playbook import key_dates
from flashdesk.store import Store
from flashdesk.store.change import Change


def _campaign(session: Session, campaign_id: int) -> Campaign:
    return live_campaign(session, campaign_id, ChannelError)


def _channel(session: Session, channel_id: int) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None:
        raise ChannelError(translate("ChannelService", "That channel was removed meanwhile; "
                                     "reload the matrix."))
    return channel


def _post(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise ChannelError(translate("ChannelService", "That post was removed meanwhile; "
                                     "reload the calendar."))
    return post


def _rows(session: Session, campaign_id: int) -> list[Channel]:
    return list(session.exec(select(Channel).where(Channel.campaign_id == campaign_id)
                             .order_by(col(Channel.position), col(Channel.id))))


def _renumber(session: Session, rows: list[Channel]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
            session.add(row)


def list_channels(store: Store, campaign_id: int) -> list[Channel]:
    with store.session() as session:
        return _rows(session, campaign_id)


def list_posts(store: Store, campaign_id: int) -> list[Post]:
    with store.session() as session:
        return list(session.exec(select(Post).where(Post.campaign_id == campaign_id).order_by(
            col(Post.day), col(Post.time_of_day), col(Post.position), col(Post.id))))


def get_post(store: Store, post_id: int) -> Post:
    with store.session() as session:
        return _post(session, post_id)


def _taken(rows: list[Channel], except_id: int | None = None) -> set[str]:
    return {normal_name(row.name) for row in rows if row.id != except_id}


def _clean(draft: ChannelDraft) -> ChannelDraft:
    return ChannelDraft(draft.name.strip(), draft.kind or CUSTOM, tuple(dict.fromkeys(draft.forms)),
                        draft.direction, draft.notes, draft.owner.strip())


def add_channel(store: Store, campaign_id: int, draft: ChannelDraft, position: int | None = None,
                rules: ChannelRules | None = None) -> Change:
    """A new row at `position` (the end when None); `change.result` is its id."""
    rules = rules or channel_rules()
    draft = _clean(draft)
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        rows = _rows(session, campaign_id)
        check_channel(draft, rules, _taken(rows))
        channel = Channel(campaign_id=campaign_id, **draft.values())
        session.add(channel)
        session.flush()
        rows.insert(len(rows) if position is None else max(0, min(position, len(rows))), channel)
        _renumber(session, rows)
        edit.result = channel.id
    return edit.change


def add_playbook_channel(store: Store, campaign_id: int, kind: str, position: int | None = None,
                         rules: ChannelRules | None = None) -> Change:
    """Another row of a playbook channel type (a second staff account's Moments, or a type
    removed earlier) with its forms, direction and default posts; named “… 2” when taken."""
    from flashdesk.channels.plan import plan_channel

    rules = rules or channel_rules()
    channel_type = rules.type_of(kind)
    if channel_type is None:
        raise ChannelError(translate("ChannelService", "“{kind}” is not a channel type of the "
                                     "playbook.").format(kind=kind))
    with store.edit(campaign_id) as edit:
        session = edit.session
        campaign = _campaign(session, campaign_id)
        rows = _rows(session, campaign_id)
        taken = _taken(rows)
        name, number = channel_type.name, 2
        while normal_name(name) in taken:
            name, number = f"{channel_type.name} {number}", number + 1
        channel = plan_channel(session, campaign, channel_type, len(rows), name)
        rows.insert(len(rows) if position is None else max(0, min(position, len(rows))), channel)
        _renumber(session, rows)
        edit.result = channel.id
    return edit.change


def update_channel(store: Store, channel_id: int, draft: ChannelDraft,
                   rules: ChannelRules | None = None) -> Change:
    rules = rules or channel_rules()
    draft = _clean(draft)
    with store.edit() as edit:
        channel = _channel(edit.session, channel_id)
        check_channel(draft, rules, _taken(_rows(edit.session, channel.campaign_id), channel_id))
        for key, value in draft.values().items():
            setattr(channel, key, value)
    return edit.change


def set_channel_field(store: Store, channel_id: int, name: str, value) -> Change:
    """Change one column of a row (what an in-place edit does)."""
    with store.session() as session:
        draft = ChannelDraft.of(_channel(session, channel_id))
    if name not in ("name", "forms", "direction", "notes", "owner"):
        raise ChannelError(translate("ChannelService", "{field} cannot be edited here.").format(field=name))
    setattr(draft, name, tuple(value) if name == "forms" else value)
    return update_channel(store, channel_id, draft)


def move_channel(store: Store, channel_id: int, position: int) -> Change:
    """Move a row to `position` (0 = top); `change.result` is where it was."""
    with store.edit() as edit:
        session = edit.session
        channel = _channel(session, channel_id)
        rows = _rows(session, channel.campaign_id)
        before = next(i for i, row in enumerate(rows) if row.id == channel_id)
        rows.pop(before)
        rows.insert(max(0, min(position, len(rows))), channel)
        _renumber(session, rows)
        edit.result = before
    return edit.change


def remove_channels(store: Store, channel_ids: list[int]) -> Change:
    """Remove rows with their posts (the tasks carrying those posts out are unlinked)."""
    with store.edit() as edit:
        session = edit.session
        campaigns = set()
        for channel_id in channel_ids:
            channel = _channel(session, channel_id)
            campaigns.add(channel.campaign_id)
            session.delete(channel)  # its posts go by ON DELETE CASCADE
        session.flush()
        for campaign_id in campaigns:
            _renumber(session, _rows(session, campaign_id))
    return edit.change


def remove_channel(store: Store, channel_id: int) -> Change:
    return remove_channels(store, [channel_id])


_FORM_SPLIT = re.compile(r"[、,，/;；|\s]+")
_HEADERS = {"渠道", "渠道类型", "channel", "channel type"}


def parse_rows(text: str, rules: ChannelRules) -> list[ChannelDraft]:
    """Tab-separated rows as Excel copies them (quoted cells may hold line breaks): channel
    type, forms, content direction, notes, owner. A header row is skipped."""
    rows = [row for row in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
            if any(cell.strip() for cell in row)]
    first = 1
    if rows and rows[0][0].strip().casefold() in _HEADERS:
        rows, first = rows[1:], 2  # rows keep the numbers they had in the sheet
    if not rows:
        raise ChannelError(translate("ChannelService", "Nothing to paste: copy rows of channel type, "
                                     "forms, content direction, notes and owner, separated by tabs."))
    kinds = {t.name: t.key for t in rules.types}
    drafts = []
    for number, row in enumerate(rows, start=first):
        while len(row) > 5 and not row[-1].strip():  # a wider selection's empty columns
            row = row[:-1]
        if len(row) > 5:
            raise ChannelError(translate("ChannelService", "Row {row} has {count} columns; the matrix "
                                         "takes at most 5 (channel type, forms, content direction, "
                                         "notes, owner). Nothing was pasted.").format(row=number, count=len(row)))
        cells = [cell.strip() for cell in row] + [""] * (5 - len(row))
        forms = []
        for word in filter(None, _FORM_SPLIT.split(cells[1])):
            key = rules.form_key(word)
            if key is None:
                raise ChannelError(translate("ChannelService", "Row {row}: “{form}” is not a publicity "
                                             "form (known: {forms}). Nothing was pasted.").format(
                    row=number, form=word, forms="、".join(rules.form_names().values())))
            forms.append(key)
        drafts.append(ChannelDraft(cells[0], kinds.get(cells[0], CUSTOM), tuple(forms),
                                   cells[2], cells[3], cells[4]))
    return drafts


def paste_channels(store: Store, campaign_id: int, text: str, position: int | None = None,
                   rules: ChannelRules | None = None) -> Change:
    """Every pasted row becomes a channel, or none does: the first bad row is named.
    `change.result` is the new rows' ids."""
    rules = rules or channel_rules()
    drafts = [_clean(draft) for draft in parse_rows(text, rules)]
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        rows = _rows(session, campaign_id)
        taken = _taken(rows)
        made = []
        for number, draft in enumerate(drafts, start=1):
            try:
                check_channel(draft, rules, taken)
            except ChannelError as exc:
                raise ChannelError(translate("ChannelService", "Row {row}: {problem} Nothing was pasted.")
                                   .format(row=number, problem=exc)) from None
            taken.add(normal_name(draft.name))
            made.append(Channel(campaign_id=campaign_id, **draft.values()))
        at = len(rows) if position is None else max(0, min(position, len(rows)))
        session.add_all(made)
        session.flush()
        rows[at:at] = made
        _renumber(session, rows)
        edit.result = [channel.id for channel in made]
    return edit.change


# ---- posts ------------------------------------------------------------------------------

def _where(day: date, dates) -> str:
    offset = dates.day_offset(day)
    return f"{day:%m-%d} (D{offset:+d})" if offset else f"{day:%m-%d} (D0)"


def _check_day(day: date, campaign: Campaign) -> None:
    dates = key_dates(campaign)
    if dates.in_window(day):
        return
    if day < dates.warm_up_start:
        days = (dates.warm_up_start - day).days  # lupdate reads a plain name as the count
        why = translate("ChannelService", "{day} is %n day(s) before warm-up starts on {start}.",
                        "", days).format(day=_where(day, dates), start=_where(dates.warm_up_start, dates))
    else:
        days = (day - dates.group_close).days
        why = translate("ChannelService", "{day} is %n day(s) after the group closes on {close}; "
                        "nobody is left to read it.", "", days).format(
            day=_where(day, dates), close=_where(dates.group_close, dates))
    raise ChannelError(why + " " + translate(
        "ChannelService", "Pick a day from {start} to {close}, or change the launch date or group "
        "lifetime first.").format(start=_where(dates.warm_up_start, dates),
                                  close=_where(dates.group_close, dates)))


def _anchor(day: date, campaign: Campaign) -> str:
    dates = key_dates(campaign)
    return "C" if day >= dates.group_close and day > dates.launch_day else "D"


def _checked(session: Session, campaign: Campaign, draft: PostDraft, rules: ChannelRules) -> None:
    check_post(draft, rules)
    channel = session.get(Channel, draft.channel_id)
    if channel is None or channel.campaign_id != campaign.id:
        raise ChannelError(translate("ChannelService", "Pick a channel of this campaign for the post."))
    _check_day(draft.day, campaign)


def _check_copy(session: Session, campaign_id: int, draft: PostDraft, before: int | None = None) -> None:
    """A new or changed copy link must name a copy this campaign may use (an unchanged
    link to a copy deleted since then is kept: the post can still be edited)."""
    from flashdesk.copies.links import check_link

    if draft.copy_id != before:
        check_link(session, campaign_id, draft.copy_id)


def _check_poster(session: Session, campaign_id: int, draft: PostDraft, before: int | None = None) -> None:
    """A new or changed poster link must name a poster of this campaign (an unchanged link
    to a poster deleted since then is kept, as for copies)."""
    from flashdesk.channels.posters import check_poster_link

    if draft.poster_id != before:
        check_poster_link(session, campaign_id, draft.poster_id)


def _count_use(session: Session, before: int | None, after: int | None) -> None:
    """Linking a copy to a post is a use of it (the library sorts by use)."""
    from flashdesk.copies.service import count_use

    if after is not None and after != before:
        count_use(session, after)


def add_post(store: Store, campaign_id: int, draft: PostDraft,
             rules: ChannelRules | None = None) -> Change:
    """A new post; `change.result` is its id."""
    rules = rules or channel_rules()
    with store.edit(campaign_id) as edit:
        session = edit.session
        campaign = _campaign(session, campaign_id)
        _checked(session, campaign, draft, rules)
        _check_copy(session, campaign_id, draft)
        _check_poster(session, campaign_id, draft)
        count = len(session.exec(select(Post.id).where(
            Post.channel_id == draft.channel_id, Post.day == draft.day)).all())
        post = Post(campaign_id=campaign_id, anchor=_anchor(draft.day, campaign), position=count,
                    **draft.values())
        session.add(post)
        _count_use(session, None, draft.copy_id)
        session.flush()
        edit.result = post.id
    return edit.change


def update_post(store: Store, post_id: int, draft: PostDraft,
                rules: ChannelRules | None = None) -> Change:
    rules = rules or channel_rules()
    with store.edit() as edit:
        session = edit.session
        post = _post(session, post_id)
        campaign = _campaign(session, post.campaign_id)
        if (draft.day, draft.channel_id) != (post.day, post.channel_id):
            _checked(session, campaign, draft, rules)
            post.anchor = _anchor(draft.day, campaign)
        else:
            check_post(draft, rules)  # a post the campaign's move left outside may still be edited
        _check_copy(session, campaign.id, draft, post.copy_id)
        _check_poster(session, campaign.id, draft, post.poster_id)
        _count_use(session, post.copy_id, draft.copy_id)
        for key, value in draft.values().items():
            setattr(post, key, value)
    return edit.change


def check_post_draft(store: Store, campaign_id: int, draft: PostDraft, post_id: int | None = None,
                     rules: ChannelRules | None = None) -> None:
    """Raise the ChannelError that add_post/update_post would raise, writing nothing (the
    post dialog asks before it closes)."""
    rules = rules or channel_rules()
    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        post = session.get(Post, post_id) if post_id is not None else None
        if post is not None and (draft.day, draft.channel_id) == (post.day, post.channel_id):
            check_post(draft, rules)
        else:
            _checked(session, campaign, draft, rules)
        _check_copy(session, campaign_id, draft, post.copy_id if post is not None else None)
        _check_poster(session, campaign_id, draft, post.poster_id if post is not None else None)


def remove_post(store: Store, post_id: int) -> Change:
    with store.edit() as edit:
        edit.session.delete(_post(edit.session, post_id))
    return edit.change


def plan_problems(store: Store, campaign_id: int, today: date | None = None):
    """The live checks for a campaign, as the tab and the workbook show them."""
    from flashdesk.channels.checks import check_plan

    with store.session() as session:
        campaign = _campaign(session, campaign_id)
        channels = _rows(session, campaign_id)
        posts = list(session.exec(select(Post).where(Post.campaign_id == campaign_id)))
    from flashdesk.channels.posters import linked_posters

    copies, values = linked_copy_context(store, campaign_id, posts)
    return check_plan(channels, posts, key_dates(campaign), channel_rules(), today or date.today(),
                      copies, values, linked_posters(store, (post.poster_id for post in posts)))


def linked_copy_context(store: Store, campaign_id: int, posts) -> tuple[dict, dict[str, str]]:
    """The copies the posts link (id -> Copy) and the campaign's variable values, for the
    calendar's tooltips and the wording check; nothing is read when no post links a copy."""
    from flashdesk.copies.links import linked_copies
    from flashdesk.groups.copy_values import values_for

    copies = linked_copies(store, (post.copy_id for post in posts))
    return copies, (values_for(store, campaign_id) if copies else {})


# ---- the team workbook read back ----------------------------------------------------------

def read_back_channels(session: Session, campaign_id: int, updates: dict[int, dict],
                       additions: list[dict], rules: ChannelRules | None = None) -> None:
    """Write a team workbook's 宣发规划表 rows inside the caller's edit: `updates` by channel
    id set only the fields given (name, forms, direction, notes, owner); `additions` are new
    custom channels at the end. Checked as the matrix checks a typed row."""
    rules = rules or channel_rules()
    _campaign(session, campaign_id)
    rows = _rows(session, campaign_id)
    for channel_id, fields in updates.items():
        channel = _channel(session, channel_id)
        draft = ChannelDraft.of(channel)
        for key, value in fields.items():
            setattr(draft, key, tuple(value) if key == "forms" else value)
        draft = _clean(draft)
        check_channel(draft, rules, _taken(rows, channel_id))
        for key, value in draft.values().items():
            setattr(channel, key, value)
        session.flush()
    for fields in additions:
        draft = _clean(ChannelDraft(**{**fields, "forms": tuple(fields.get("forms", ()))}))
        check_channel(draft, rules, _taken(rows))
        channel = Channel(campaign_id=campaign_id, position=len(rows), **draft.values())
        session.add(channel)
        session.flush()
        rows.append(channel)


def read_back_posts(session: Session, campaign_id: int, updates: dict[int, dict],
                    additions: list[dict], rules: ChannelRules | None = None) -> None:
    """Write a team workbook's post rows (预热发布表) inside the caller's edit: `updates` by
    post id set only the fields given (channel_id, day, time_of_day, stage, title, owner,
    status, likes, comments, participants); `additions` are new posts. A post moved to
    another day or channel is checked as a new one is (the day within the campaign)."""
    rules = rules or channel_rules()
    campaign = _campaign(session, campaign_id)
    for post_id, fields in updates.items():
        post = _post(session, post_id)
        draft = PostDraft.of(post)
        for key, value in fields.items():
            setattr(draft, key, value)
        if (draft.day, draft.channel_id) != (post.day, post.channel_id):
            _checked(session, campaign, draft, rules)
            post.anchor = _anchor(draft.day, campaign)
        else:
            check_post(draft, rules)
        for key, value in draft.values().items():
            setattr(post, key, value)
    for fields in additions:
        draft = PostDraft(**fields)
        _checked(session, campaign, draft, rules)
        count = len(session.exec(select(Post.id).where(
            Post.channel_id == draft.channel_id, Post.day == draft.day)).all())
        session.add(Post(campaign_id=campaign_id, anchor=_anchor(draft.day, campaign), position=count,
                         **draft.values()))
    session.flush()
