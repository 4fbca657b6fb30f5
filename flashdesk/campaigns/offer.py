"""A campaign's deal beyond its two prices: a gift and its value, one coupon (满减 or 立减), a
deposit with the window the balance is paid in, a new-member gift, a limit per buyer, and the
budget of its red packets and draws. The rules are shared by the dialog (as you type), the
command line and the service; the texts are what copies and posters show."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from flashdesk.i18n import translate

MAX_AMOUNT = 10_000_000
MAX_TEXT = 100
MAX_LIMIT = 1000
MAX_HOURS = 24 * 30
OFFER_FIELDS = ("gift", "gift_value", "coupon_threshold", "coupon_off", "deposit",
                "balance_after_hours", "balance_hours", "new_member_gift", "limit_per_person",
                "budget")
_COUPON = re.compile(r"^\s*(?:满\s*(?P<threshold>\d+(?:\.\d+)?)\s*减|立减)\s*(?P<off>\d+(?:\.\d+)?)\s*元?\s*$")


@dataclass
class OfferDraft:
    gift: str = ""
    gift_value: float = 0.0
    coupon_threshold: float = 0.0
    coupon_off: float = 0.0
    deposit: float = 0.0
    balance_after_hours: int = 0
    balance_hours: int = 24
    new_member_gift: str = ""
    limit_per_person: int | None = None
    budget: float = 0.0

    @classmethod
    def of(cls, row) -> OfferDraft:
        return cls(**{name: getattr(row, name) for name in OFFER_FIELDS})

    def values(self) -> dict:
        return asdict(self)


def money(value: float) -> str:
    """199, 19.9, 19.95: no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def coupon_text(threshold: float, off: float) -> str:
    """满300减50, 立减20, or "" without a coupon."""
    if off <= 0:
        return ""
    return f"满{money(threshold)}减{money(off)}" if threshold > 0 else f"立减{money(off)}"


def parse_coupon(text: str) -> tuple[float, float]:
    """(threshold, off) from 满300减50 or 立减20; ValueError naming the text otherwise."""
    match = _COUPON.match(text)
    if not match:
        raise ValueError(translate("Offer", "Cannot read the coupon {text!r}; write it as "
                                   "满300减50 (spend 300, 50 off) or 立减20 (20 off).")
                         .format(text=text[:40]))
    return float(match.group("threshold") or 0), float(match.group("off"))


def _amount(errors: dict, key: str, value) -> bool:
    if not isinstance(value, (int, float)) or value != value:
        errors[key] = translate("Offer", "Not a number: type an amount such as 50 or 9.9.")
    elif value < 0:
        errors[key] = translate("Offer", "An amount cannot be negative.")
    elif value > MAX_AMOUNT:
        errors[key] = translate("Offer", "Too large: at most {limit} yuan.").format(limit=MAX_AMOUNT)
    else:
        return True
    return False


def _text(errors: dict, key: str, value: str) -> None:
    from flashdesk.campaigns.draft import control_characters

    if len(value) > MAX_TEXT:
        errors[key] = translate("Offer", "Too long: {count} characters, at most {limit}.").format(
            count=len(value), limit=MAX_TEXT)
    elif control_characters(value):
        errors[key] = translate("Offer", "Contains invisible control characters; retype or "
                                "paste plain text.")


def validate_offer(offer: OfferDraft, deal_price: float, quota: int) -> dict[str, str]:
    """Field name -> message for every problem of the offer (the campaign's deal price and
    quota are what a coupon, a deposit and a limit are measured against)."""
    errors: dict[str, str] = {}
    _text(errors, "gift", offer.gift)
    _text(errors, "new_member_gift", offer.new_member_gift)
    amounts = {key: _amount(errors, key, getattr(offer, key))
               for key in ("gift_value", "coupon_threshold", "coupon_off", "deposit", "budget")}
    if amounts["gift_value"] and offer.gift_value > 0 and not offer.gift.strip() and "gift" not in errors:
        errors["gift"] = translate("Offer", "The gift has a value but no name: say what the "
                                   "buyer gets, e.g. 380ml 正装.")
    if amounts["coupon_threshold"] and amounts["coupon_off"]:
        if offer.coupon_threshold > 0 and offer.coupon_off <= 0:
            errors["coupon_off"] = translate("Offer", "The coupon has a threshold but nothing off: "
                                             "type the amount off, or set the threshold to 0.")
        elif offer.coupon_off > 0 and 0 < offer.coupon_threshold <= offer.coupon_off:
            errors["coupon_threshold"] = translate(
                "Offer", "The threshold ({threshold}) must be above the amount off ({off}), "
                "or the order would cost nothing.").format(threshold=money(offer.coupon_threshold),
                                                            off=money(offer.coupon_off))
        elif offer.coupon_off > 0 and offer.coupon_threshold == 0 and deal_price > 0 \
                and offer.coupon_off >= deal_price:
            errors["coupon_off"] = translate("Offer", "立减 {off} takes the whole deal price "
                                             "({deal}); make it smaller.").format(
                off=money(offer.coupon_off), deal=money(deal_price))
    if amounts["deposit"] and offer.deposit > 0:
        if deal_price <= 0:
            errors["deposit"] = translate("Offer", "A deposit needs a deal price to be part of: "
                                          "set the deal price first.")
        elif offer.deposit >= deal_price:
            errors["deposit"] = translate("Offer", "The deposit ({deposit}) must be below the deal "
                                          "price ({deal}); the balance is the rest.").format(
                deposit=money(offer.deposit), deal=money(deal_price))
        if not isinstance(offer.balance_hours, int) or not 1 <= offer.balance_hours <= MAX_HOURS:
            errors["balance_hours"] = translate("Offer", "The balance window lasts 1 to {most} "
                                                "hours.").format(most=MAX_HOURS)
        if not isinstance(offer.balance_after_hours, int) or \
                not 0 <= offer.balance_after_hours <= MAX_HOURS:
            errors["balance_after_hours"] = translate(
                "Offer", "The balance window opens 0 to {most} hours after launch.").format(most=MAX_HOURS)
    limit = offer.limit_per_person
    if limit is not None:
        if not isinstance(limit, int) or limit < 1:
            errors["limit_per_person"] = translate(
                "Offer", "A limit per person must be at least 1; leave it empty for no limit.")
        elif limit > MAX_LIMIT:
            errors["limit_per_person"] = translate("Offer", "Too large: at most {limit}.").format(
                limit=MAX_LIMIT)
        elif isinstance(quota, int) and quota > 0 and limit > quota:
            errors["limit_per_person"] = translate(
                "Offer", "The limit per person ({limit}) is above the quota ({quota}); lower it.").format(
                limit=limit, quota=quota)
    return errors


def balance_window(offer, launch_at: datetime) -> tuple[datetime, datetime] | None:
    """When the balance is paid, or None without a deposit."""
    if offer.deposit <= 0:
        return None
    start = launch_at + timedelta(hours=offer.balance_after_hours)
    return start, start + timedelta(hours=offer.balance_hours)


def _when(moment: datetime) -> str:
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def offer_values(campaign, offer) -> dict[str, str]:
    """The offer as the texts copies and posters show; "" where the campaign has none.
    gift_line, deposit_line and limit_line are whole lines for posters."""
    gift = offer.gift.strip() if offer else ""
    value = offer.gift_value if offer and gift else 0.0
    coupon = coupon_text(offer.coupon_threshold, offer.coupon_off) if offer else ""
    window = balance_window(offer, campaign.launch_at) if offer else None
    limit = offer.limit_per_person if offer else None
    balance = f"{_when(window[0])}–{_when(window[1])}" if window else ""
    deposit = money(offer.deposit) if window else ""
    return {
        "gift": gift,
        "gift_value": money(value) if value > 0 else "",
        "gift_line": (f"加赠 {gift}（价值 ¥{money(value)}）" if value > 0 else f"加赠 {gift}") if gift else "",
        "coupon": coupon,
        "deposit": deposit,
        "balance": balance,
        "deposit_line": f"定金 ¥{deposit}，尾款 {balance} 支付" if window else "",
        "limit": str(limit) if limit else "",
        "limit_line": f"每人限购 {limit} 件" if limit else "",
        "new_member_gift": offer.new_member_gift.strip() if offer else "",
    }


def saving(campaign, offer) -> float:
    """What the buyer saves against the list price: the price cut plus the gift's value."""
    cut = max(0.0, campaign.list_price - campaign.deal_price) if campaign.deal_price > 0 else 0.0
    gift = offer.gift_value if offer is not None and offer.gift.strip() else 0.0
    return cut + gift


def deal_lines(campaign, offer) -> list[str]:
    """The deal in short lines (overview, workbook): price, gift, coupon, deposit, new-member
    gift, limit. Prices missing are said, not shown as ¥0."""
    values = offer_values(campaign, offer)
    if campaign.deal_price > 0:
        price = translate("Offer", "Deal price ¥{deal}").format(deal=money(campaign.deal_price))
        if campaign.list_price > campaign.deal_price:
            price += translate("Offer", " (list ¥{list})").format(list=money(campaign.list_price))
    else:
        price = translate("Offer", "No deal price yet")
    lines = [price]
    if values["gift"]:
        lines.append(translate("Offer", "Gift: {gift} (worth ¥{value})").format(
            gift=values["gift"], value=values["gift_value"]) if values["gift_value"]
            else translate("Offer", "Gift: {gift}").format(gift=values["gift"]))
    if values["coupon"]:
        lines.append(translate("Offer", "Coupon {coupon}").format(coupon=values["coupon"]))
    if values["deposit"]:
        lines.append(translate("Offer", "Deposit ¥{deposit}, balance paid {window}").format(
            deposit=values["deposit"], window=values["balance"]))
    if values["new_member_gift"]:
        lines.append(translate("Offer", "New members get {gift}").format(gift=values["new_member_gift"]))
    if values["limit"]:
        lines.append(translate("Offer", "Limit {limit} per person").format(limit=values["limit"]))
    total = saving(campaign, offer)
    if total > 0:
        lines.append(translate("Offer", "Saves ¥{saving} against the list price").format(saving=money(total)))
    return lines

