"""Day references of the playbook ("D-3" = three days before launch day, "C+1" = the day
after the group closes) and the key dates they give a campaign."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_DAYREF = re.compile(r"^([DC])([+-]?\d+)?$")


@dataclass(frozen=True)
class DayRef:
    anchor: str  # "D": launch day, "C": group close day
    offset: int

    @classmethod
    def parse(cls, text: str) -> DayRef:
        match = _DAYREF.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a day reference; write D-3, D0, D+1, C0 or C+1")
        return cls(match.group(1), int(match.group(2) or 0))

    def resolve(self, launch_day: date, close_day: date) -> date:
        base = launch_day if self.anchor == "D" else close_day
        return base + timedelta(days=self.offset)

    def __str__(self) -> str:
        return f"{self.anchor}{self.offset:+d}" if self.offset else f"{self.anchor}0"


@dataclass(frozen=True)
class KeyDates:
    warm_up_start: date
    group_open: date
    launch: datetime
    group_close: date
    review_day: date

    @property
    def launch_day(self) -> date:
        return self.launch.date()

    def day_offset(self, day: date) -> int:
        """Days from launch day: -3 for D-3."""
        return (day - self.launch_day).days

    def in_window(self, day: date) -> bool:
        """Whether a day lies between warm-up start and group close (both included)."""
        return self.warm_up_start <= day <= self.group_close

    def days(self) -> list[date]:
        count = (self.group_close - self.warm_up_start).days + 1
        return [self.warm_up_start + timedelta(days=i) for i in range(count)]


def close_day(launch_at: datetime, lifetime_days: int) -> date:
    """The group lives `lifetime_days` from launch: it closes that many days after D."""
    return launch_at.date() + timedelta(days=lifetime_days)


def key_dates(campaign, playbook=None) -> KeyDates:
    """Key dates for anything with `launch_at` and `lifetime_days` (a Campaign)."""
    from flashdesk.playbook.loader import default_playbook

    playbook = playbook or default_playbook()
    launch_day = campaign.launch_at.date()
    closing = close_day(campaign.launch_at, campaign.lifetime_days)
    phases = playbook.phase_map()

    def at(key: str, edge: str) -> date:
        return getattr(phases[key], edge).resolve(launch_day, closing)

    return KeyDates(
        warm_up_start=min(at("warm_up", "start"), launch_day),
        group_open=at("entry", "start"),
        launch=campaign.launch_at,
        group_close=closing,
        review_day=at("review", "start"),
    )
