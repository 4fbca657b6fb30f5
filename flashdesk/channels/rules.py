"""The playbook's [channels] section as typed data: publicity forms, post stages, channel
types with their default direction and warm-up posts. Code reads these, never literals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from flashdesk.i18n import shown
from flashdesk.playbook.calendar import DayRef

SECTION = "channels"
STATUSES = ("planned", "ready", "published")
MAX_TEXT = 5000
MAX_NAME = 100
CUSTOM = "custom"


@dataclass(frozen=True)
class Form:
    key: str
    name: str
    name_en: str = ""

    @property
    def label(self) -> str:
        return shown(self.name, self.name_en)


@dataclass(frozen=True)
class Stage:
    key: str
    name: str
    entry: bool = False
    name_en: str = ""

    @property
    def label(self) -> str:
        return shown(self.name, self.name_en)


@dataclass(frozen=True)
class PostTemplate:
    day: DayRef
    time_of_day: time
    stage: str
    title: str


@dataclass(frozen=True)
class ChannelType:
    key: str
    name: str
    forms: tuple[str, ...]
    direction: str
    one_post_per_day: bool
    follow_up_engagement: bool
    posts: tuple[PostTemplate, ...]


@dataclass(frozen=True)
class ChannelRules:
    forms: tuple[Form, ...]
    stages: tuple[Stage, ...]
    types: tuple[ChannelType, ...]
    entry_channel: str

    def form_names(self) -> dict[str, str]:
        return {form.key: form.name for form in self.forms}

    def stage_names(self) -> dict[str, str]:
        return {stage.key: stage.name for stage in self.stages}

    def form_labels(self) -> dict[str, str]:
        """Form names as the UI shows them (English in the English UI)."""
        return {form.key: form.label for form in self.forms}

    def stage_labels(self) -> dict[str, str]:
        return {stage.key: stage.label for stage in self.stages}

    def entry_stages(self) -> set[str]:
        return {stage.key for stage in self.stages if stage.entry}

    def type_of(self, kind: str) -> ChannelType | None:
        return next((t for t in self.types if t.key == kind), None)

    def form_key(self, text: str) -> str | None:
        """A form by key or by its Chinese name, as operators type or paste it."""
        text = text.strip()
        for form in self.forms:
            if text in (form.key, form.name) or (form.name_en and text.lower() == form.name_en.lower()):
                return form.key
        return None


def parse_time(text: str) -> time:
    hours, _, minutes = text.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"{text!r} is not a time of day; write HH:MM such as 20:00")
    return time(int(hours), int(minutes))


def rules_from(section: dict) -> ChannelRules:
    """Typed rules from a section that validate() has accepted."""
    types = tuple(ChannelType(
        key=item["key"], name=item["name"], forms=tuple(item["forms"]),
        direction=item.get("direction", "").strip(),
        one_post_per_day=bool(item.get("one_post_per_day", False)),
        follow_up_engagement=bool(item.get("follow_up_engagement", False)),
        posts=tuple(PostTemplate(DayRef.parse(post["day"]), parse_time(post["time"]),
                                 post["stage"], post.get("title", ""))
                    for post in item.get("post", [])))
        for item in section["type"])
    return ChannelRules(
        forms=tuple(Form(item["key"], item["name"], item.get("name_en", "")) for item in section["form"]),
        stages=tuple(Stage(item["key"], item["name"], bool(item.get("entry", False)),
                           item.get("name_en", "")) for item in section["stage"]),
        types=types, entry_channel=section.get("entry_channel", ""))


# keyed by id(); the playbook is kept in the value so its id cannot be reused meanwhile
_cache: dict[int, tuple[object, ChannelRules]] = {}


def channel_rules(playbook=None) -> ChannelRules:
    from flashdesk.playbook.loader import default_playbook

    playbook = playbook or default_playbook()
    key = id(playbook)
    if key not in _cache:
        _cache[key] = (playbook, rules_from(playbook.section(SECTION)))
    return _cache[key][1]
