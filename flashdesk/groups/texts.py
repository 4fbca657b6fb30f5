"""Filling the placeholders of playbook texts ({product}, {remaining}, {reminder} …) with a
campaign's current facts. Texts are stored with their placeholders, so a new sold count or
price shows up in every line the moment it is entered."""

from __future__ import annotations

import re
from datetime import datetime

PLACEHOLDERS = ("campaign", "product", "list_price", "deal_price", "deal", "quota", "remaining",
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


def deal_phrase(campaign, offer) -> str:
    """The deal as one clause of a group text: the price (the list price beside it only when
    it is higher), the gift and the coupon — so equal prices never read "340 (usually 340)"."""
    from flashdesk.campaigns.offer import offer_values

    parts = []
    if campaign.deal_price > 0:
        parts.append(f"到手价 {price(campaign.deal_price)} 元" + (
            f"（日常 {price(campaign.list_price)} 元）" if campaign.list_price > campaign.deal_price else ""))
    values = offer_values(campaign, offer)
    if values["gift_line"]:
        parts.append(values["gift_line"])
    if values["coupon"]:
        parts.append(f"再享{values['coupon']}")
    return "，".join(parts) or "价格开抢时公布"


def campaign_values(campaign, *, sold: int, live_code: str, reminder: str,
                    offer=None) -> dict[str, object]:
    remaining = max(campaign.quota - sold, 0)
    values: dict[str, object] = {
        "campaign": campaign.name, "product": campaign.product,
        "list_price": price(campaign.list_price), "deal_price": price(campaign.deal_price),
        "deal": deal_phrase(campaign, offer),
        "quota": campaign.quota, "remaining": remaining,
        "launch_time": launch_time(campaign.launch_at), "live_code": live_code or "（群活码）",
    }
    values["reminder"] = fill(reminder, values)
    return values
