"""Text forms of times the playbook and the workbook use: durations like "1d2h30m", playbook
times like "D-3 10:00" (a day reference and a wall-clock time) or "L-30m" (relative to the
launch moment), and predecessor references like "3FS+2h"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from flashdesk.playbook.calendar import DayRef, close_day

_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?:in)?)?$")
_AT_LAUNCH = re.compile(r"^L(?:([+-])(.+))?$")
_AT_DAY = re.compile(r"^([DC][+-]?\d*)\s+(\d{1,2}):(\d{2})$")
_PREDECESSOR = re.compile(r"^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\S+))?$", re.IGNORECASE)


def parse_duration(text: str) -> int:
    """Minutes in "1d2h30m", "90m", "2h", "0"; a bare number is minutes."""
    text = text.strip().lower().replace(" ", "")
    if text.isdigit():
        return int(text)
    match = _DURATION.match(text)
    if not text or not match or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration; write e.g. 30m, 2h, 1d or 1d2h30m")
    days, hours, minutes = (int(g or 0) for g in match.groups())
    return days * 1440 + hours * 60 + minutes


def parse_signed_duration(sign: str, text: str) -> int:
    return (-1 if sign == "-" else 1) * parse_duration(text)


@dataclass(frozen=True)
class At:
    """A playbook time: anchor "L" with `minutes` from the launch moment, or anchor "D"/"C"
    with a day offset and a wall-clock time."""

    anchor: str
    days: int = 0
    clock: time = time(0, 0)
    minutes: int = 0

    @classmethod
    def parse(cls, text: str) -> At:
        text = text.strip()
        launch = _AT_LAUNCH.match(text)
        if launch:
            sign, amount = launch.groups()
            return cls("L", minutes=parse_signed_duration(sign, amount) if amount else 0)
        day = _AT_DAY.match(text)
        if day:
            ref = DayRef.parse(day.group(1))
            hour, minute = int(day.group(2)), int(day.group(3))
            if hour > 23 or minute > 59:
                raise ValueError(f"{text!r}: the time of day should be 00:00 to 23:59")
            return cls(ref.anchor, ref.offset, time(hour, minute))
        raise ValueError(f"{text!r} is not a time; write D-3 10:00, C0 21:00 or L-30m "
                         "(30 minutes before launch)")

    def resolve(self, launch_at: datetime, lifetime_days: int) -> datetime:
        if self.anchor == "L":
            return launch_at + timedelta(minutes=self.minutes)
        base = launch_at.date() if self.anchor == "D" else close_day(launch_at, lifetime_days)
        return datetime.combine(base + timedelta(days=self.days), self.clock)


def shift_for(anchor: str, before_launch: datetime, before_lifetime: int,
              launch_at: datetime, lifetime_days: int) -> timedelta:
    """How far a task anchored to `anchor` moves when the launch or the lifetime changes."""
    if anchor == "L":
        return launch_at - before_launch
    if anchor == "D":
        return timedelta(days=(launch_at.date() - before_launch.date()).days)
    return timedelta(days=(close_day(launch_at, lifetime_days)
                           - close_day(before_launch, before_lifetime)).days)


@dataclass(frozen=True)
class PredecessorRef:
    row: int
    kind: str
    lag: int


def parse_predecessors(text: str) -> list[PredecessorRef]:
    """ "3FS+2h; 5SS" (also separated by commas or 、) into row numbers, kinds and lags."""
    refs = []
    for part in re.split(r"[;,，；、]", text or ""):
        part = part.strip()
        if not part:
            continue
        match = _PREDECESSOR.match(part)
        if not match:
            raise ValueError(f"{part!r} is not a predecessor; write e.g. 3, 3FS, 3SS+30m or 3FF-1h")
        row, kind, sign, lag = match.groups()
        refs.append(PredecessorRef(int(row), (kind or "FS").upper(),
                                   parse_signed_duration(sign, lag) if lag else 0))
    return refs


def format_predecessor(row: int, kind: str, lag_minutes: int) -> str:
    return f"{row}{kind}{format_lag(lag_minutes)}"


def format_lag(minutes: int) -> str:
    """+2h, -30m, +1d, +1d2h: the lag part of "3FS+2h"."""
    if minutes == 0:
        return ""
    sign = "+" if minutes > 0 else "-"
    minutes = abs(minutes)
    parts = []
    for unit, size in (("d", 1440), ("h", 60), ("m", 1)):
        if minutes >= size:
            parts.append(f"{minutes // size}{unit}")
            minutes %= size
    return sign + "".join(parts)
