"""Field rules for everything the operator edits in the group SOP: one function per kind of
value, each returning the cleaned value or raising GroupError with what to type instead."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlparse

from flashdesk.campaigns.draft import control_characters
from flashdesk.errors import UserError
from flashdesk.groups.tables import BEAT_STATES, GROUP_STATES
from flashdesk.i18n import translate

MAX_CAPACITY = 500  # WeChat's largest group


class GroupError(UserError):
    """Bad input for the group SOP; the store is left unchanged."""



def text(value, *, label: str, limit: int, required: bool = False, multiline: bool = True) -> str:
    if not isinstance(value, str):
        raise GroupError(translate("GroupRules", "{label}: type text.").format(label=label))
    value = value.strip() if not multiline else value
    if required and not value.strip():
        raise GroupError(translate("GroupRules", "{label} is required: type a few words.").format(label=label))
    if len(value) > limit:
        raise GroupError(translate("GroupRules", "{label} is too long: {count} characters, at most {limit}.").format(
            label=label, count=len(value), limit=limit))
    if control_characters(value, allow_newlines=multiline):
        raise GroupError(translate("GroupRules", "{label} contains invisible control characters; retype it or paste "
                            "plain text.").format(label=label))
    return value


def url(value: str, *, label: str, required: bool = False) -> str:
    value = text(value, label=label, limit=2000, multiline=False)
    if not value:
        if required:
            raise GroupError(translate("GroupRules", "{label} is required.").format(label=label))
        return value
    parts = urlparse(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise GroupError(translate("GroupRules", "{label} should be a web address starting with https:// (or http://), "
                            "not “{value}”.").format(label=label, value=value[:80]))
    return value


def count(value, *, label: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise GroupError(translate("GroupRules", "{label} should be a whole number.").format(label=label)) from None
    if not low <= value <= high:
        raise GroupError(translate("GroupRules", "{label} should be between {low} and {high}, not {value}.").format(
            label=label, low=low, high=high, value=value))
    return value


def clock(value: str, *, label: str) -> str:
    value = str(value).strip()
    if len(value) == 4 and value[1] == ":":
        value = "0" + value
    try:
        datetime.strptime(value, "%H:%M")
    except ValueError:
        raise GroupError(translate("GroupRules", "{label} should be a time of day like 07:30, not “{value}”.").format(
            label=label, value=value)) from None
    return value


def choice(value: str, options: tuple[str, ...], *, label: str) -> str:
    if value not in options:
        raise GroupError(translate("GroupRules", "{label} should be one of {options}.").format(
            label=label, options=", ".join(options)))
    return value


def group_state(value: str) -> str:
    return choice(value, GROUP_STATES, label=translate("GroupRules", "State"))


def beat_state(value: str) -> str:
    return choice(value, BEAT_STATES, label=translate("GroupRules", "Beat state"))
