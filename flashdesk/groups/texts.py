"""Filling the placeholders of playbook texts ({product}, {remaining}, {reminder} …) with a
campaign's current facts. Texts are stored with their placeholders, so a new sold count or
price shows up in every line the moment it is entered."""

from __future__ import annotations

import re
from datetime import datetime

PLACEHOLDERS = ("campaign", "product", "list_price", "deal_price", "quota", "remaining",
                "reminder", "launch_time", "live_code", "number")
_FIELD = re.compile(r"\{(\w+)\}")


def fill(text: str, values: dict[str, object]) -> str:
    """Replace known {name}s; unknown ones and stray braces stay as typed."""
    return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in _FIELD.findall(text) if name not in PLACEHOLDERS]


def price(value: float) -> str:
    return f"{value:g}"


def launch_time(at: datetime) -> str:
    return f"{at.month}月{at.day}日 {at:%H:%M}"


def campaign_values(campaign, *, sold: int, live_code: str, reminder: str) -> dict[str, object]:
    remaining = max(campaign.quota - sold, 0)
    values: dict[str, object] = {
        "campaign": campaign.name, "product": campaign.product,
        "list_price": price(campaign.list_price), "deal_price": price(campaign.deal_price),
        "quota": campaign.quota, "remaining": remaining,
        "launch_time": launch_time(campaign.launch_at), "live_code": live_code or "（群活码）",
    }
    values["reminder"] = fill(reminder, values)
    return values
