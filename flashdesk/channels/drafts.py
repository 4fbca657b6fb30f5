"""What an operator edits on a channel row or a post, and the checks a draft passes before
the store takes it. Messages say what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, time

from flashdesk.campaigns.draft import control_characters
from flashdesk.channels.rules import MAX_NAME, MAX_TEXT, STATUSES, ChannelRules
from flashdesk.errors import UserError
from flashdesk.i18n import translate

CHANNEL_FIELDS = ("name", "kind", "forms", "direction", "notes", "owner")
POST_FIELDS = ("channel_id", "day", "time_of_day", "stage", "title", "owner", "status", "likes",
               "comments", "participants", "followed_up", "copy_id", "poster_id")
RESULT_FIELDS = ("likes", "comments", "participants")


class ChannelError(UserError):
    """A channel or post edit the store did not take; nothing was changed."""


@dataclass
class ChannelDraft:
    name: str = ""
    kind: str = "custom"
    forms: tuple[str, ...] = ()
    direction: str = ""
    notes: str = ""
    owner: str = ""

    @classmethod
    def of(cls, channel) -> ChannelDraft:
        return cls(channel.name, channel.kind, split_forms(channel.forms), channel.direction,
                   channel.notes, channel.owner)

    def values(self) -> dict:
        values = asdict(self)
        values["forms"] = ",".join(self.forms)
        return values


@dataclass
class PostDraft:
    channel_id: int
    day: date
    stage: str
    time_of_day: time | None = None
    title: str = ""
    owner: str = ""
    status: str = "planned"
    likes: int | None = None
    comments: int | None = None
    participants: int | None = None
    followed_up: bool = False
    copy_id: int | None = None
    poster_id: int | None = None

    @classmethod
    def of(cls, post) -> PostDraft:
        return cls(**{name: getattr(post, name) for name in POST_FIELDS})

    def values(self) -> dict:
        return {name: getattr(self, name) for name in POST_FIELDS}


def split_forms(text: str) -> tuple[str, ...]:
    return tuple(key for key in text.split(",") if key)


def _text(label: str, value: str, limit: int, *, required: bool = False, multiline: bool = False) -> None:
    if not isinstance(value, str):
        raise ChannelError(translate("ChannelDrafts", "{field}: expected text.").format(field=label))
    if required and not value.strip():
        raise ChannelError(translate("ChannelDrafts", "{field} is empty; type a few words.")
                           .format(field=label))
    if len(value) > limit:
        raise ChannelError(translate("ChannelDrafts", "{field} is {count} characters long; keep it "
                                     "to {limit} or split it.").format(
            field=label, count=len(value), limit=limit))
    if control_characters(value, allow_newlines=multiline):
        raise ChannelError(translate("ChannelDrafts", "{field} contains invisible control "
                                     "characters; retype it or paste plain text.").format(field=label))


def check_channel(draft: ChannelDraft, rules: ChannelRules, taken: set[str]) -> None:
    """Raise ChannelError for the first problem; `taken` holds the other rows' names."""
    _text(translate("ChannelDrafts", "Channel type"), draft.name, MAX_NAME, required=True)
    if normal_name(draft.name) in taken:
        raise ChannelError(translate("ChannelDrafts", "A channel named “{name}” is already in the "
                                     "matrix; give this one another name or edit that row.")
                           .format(name=draft.name.strip()))
    known = rules.form_names()
    for form in draft.forms:
        if form not in known:
            raise ChannelError(translate("ChannelDrafts", "“{form}” is not a publicity form; pick "
                                         "from: {forms}.").format(form=form, forms="、".join(known.values())))
    _text(translate("ChannelDrafts", "Content direction"), draft.direction, MAX_TEXT, multiline=True)
    _text(translate("ChannelDrafts", "Notes"), draft.notes, MAX_TEXT, multiline=True)
    _text(translate("ChannelDrafts", "Owner"), draft.owner, MAX_NAME)


def normal_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_post(draft: PostDraft, rules: ChannelRules) -> None:
    """Everything but the day's place in the window, which needs the campaign."""
    if draft.stage not in rules.stage_names():
        raise ChannelError(translate("ChannelDrafts", "“{stage}” is not a post stage; pick one of: "
                                     "{stages}.").format(stage=draft.stage,
                                                         stages="、".join(rules.stage_names().values())))
    if draft.status not in STATUSES:
        raise ChannelError(translate("ChannelDrafts", "“{status}” is not a post status; use planned, "
                                     "ready or published.").format(status=draft.status))
    if not isinstance(draft.day, date):
        raise ChannelError(translate("ChannelDrafts", "The post needs a day."))
    _text(translate("ChannelDrafts", "Post text"), draft.title, MAX_TEXT, multiline=True)
    _text(translate("ChannelDrafts", "Owner"), draft.owner, MAX_NAME)
    for name in RESULT_FIELDS:
        value = getattr(draft, name)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ChannelError(translate("ChannelDrafts", "Results are counts: {value!r} is not a whole "
                                         "number of 0 or more.").format(value=value))
        if draft.status != "published":
            raise ChannelError(translate("ChannelDrafts", "Results are recorded after publishing; set "
                                         "the status to published first."))
