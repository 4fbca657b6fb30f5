"""A campaign's editable details and their validation, shared by the dialog (as you type),
the command line and the service (before anything is written)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from flashdesk.campaigns.offer import OfferDraft, validate_offer
from flashdesk.i18n import translate

MAX_NAME = 200
MAX_NOTES = 5000
MAX_QUOTA = 1_000_000
MAX_PRICE = 10_000_000
LIFETIME_RANGE = (1, 7)
FIELDS = ("name", "product", "industry", "list_price", "deal_price", "quota", "launch_at",
          "lifetime_days", "notes")



@dataclass
class CampaignDraft:
    name: str = ""
    product: str = ""
    industry: str = ""
    list_price: float = 0.0
    deal_price: float = 0.0
    quota: int = 500
    launch_at: datetime = field(default_factory=lambda: datetime.now().replace(
        hour=20, minute=0, second=0, microsecond=0))
    lifetime_days: int = 3
    notes: str = ""
    offer: OfferDraft | None = None  # None: the offer stays as it is (or the playbook's, when new)

    @classmethod
    def of(cls, campaign, offer: OfferDraft | None = None) -> CampaignDraft:
        return cls(**{name: getattr(campaign, name) for name in FIELDS}, offer=offer)

    def values(self) -> dict:
        """The campaign's own columns (the offer is a row of its own)."""
        return {name: getattr(self, name) for name in FIELDS}


def control_characters(text: str, allow_newlines: bool = False) -> bool:
    allowed = {"\n", "\t", "\r"} if allow_newlines else set()
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in allowed and ch != "\u200d"
               for ch in text)


def _check_text(errors: dict, key: str, value: str, limit: int, *, required: bool,
                multiline: bool = False) -> None:
    if required and not value.strip():
        errors[key] = translate("CampaignDraft", "Required: type a few words.")
    elif len(value) > limit:
        errors[key] = translate("CampaignDraft", "Too long: {count} characters, at most {limit}.").format(
            count=len(value), limit=limit)
    elif control_characters(value, allow_newlines=multiline):
        errors[key] = translate("CampaignDraft", "Contains invisible control characters; retype or paste plain text.")


def validate(draft: CampaignDraft) -> dict[str, str]:
    """Field name -> message for every problem; empty when the draft can be saved."""
    errors: dict[str, str] = {}
    _check_text(errors, "name", draft.name, MAX_NAME, required=True)
    _check_text(errors, "product", draft.product, MAX_NAME, required=True)
    _check_text(errors, "industry", draft.industry, 100, required=False)
    _check_text(errors, "notes", draft.notes, MAX_NOTES, required=False, multiline=True)
    for key in ("list_price", "deal_price"):
        value = getattr(draft, key)
        if not isinstance(value, (int, float)) or value != value:
            errors[key] = translate("CampaignDraft", "Not a number: type a price such as 199 or 19.9.")
        elif value < 0:
            errors[key] = translate("CampaignDraft", "A price cannot be negative.")
        elif value > MAX_PRICE:
            errors[key] = translate("CampaignDraft", "Too large: at most {limit} yuan.").format(limit=MAX_PRICE)
    if "list_price" not in errors and "deal_price" not in errors and \
            draft.list_price > 0 and draft.deal_price > draft.list_price:
        errors["deal_price"] = translate("CampaignDraft", "The deal price is above the list price; the anchor works "
                                   "only when the deal is lower.")
    if not isinstance(draft.quota, int) or draft.quota < 1:
        errors["quota"] = translate("CampaignDraft", "The quota must be at least 1 (how many buyers get the offer).")
    elif draft.quota > MAX_QUOTA:
        errors["quota"] = translate("CampaignDraft", "Too large: at most {limit}.").format(limit=MAX_QUOTA)
    low, high = LIFETIME_RANGE
    if not isinstance(draft.lifetime_days, int) or not low <= draft.lifetime_days <= high:
        errors["lifetime_days"] = translate("CampaignDraft", "A flash group lives 1 to 7 days.")
    if not isinstance(draft.launch_at, datetime):
        errors["launch_at"] = translate("CampaignDraft", "Launch date and time are needed, e.g. 2026-06-18 20:00.")
    elif not 2000 <= draft.launch_at.year <= 2100:
        errors["launch_at"] = translate("CampaignDraft", "The launch year must lie between 2000 and 2100.")
    if draft.offer is not None:
        for key, message in validate_offer(draft.offer, draft.deal_price, draft.quota).items():
            errors.setdefault(key, message)
    return errors


def parse_launch(text: str) -> datetime:
    """Parse 2026-06-18T20:00 or 2026-06-18 20:00 (or a date alone: 20:00 that day)."""
    text = text.strip()
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(translate("CampaignDraft", "Cannot read {text!r} as a launch date; write it like "
                             "2026-06-18T20:00.").format(text=text[:40])) from None
    if len(text) == 10:
        value = value.replace(hour=20)
    return value.replace(second=0, microsecond=0, tzinfo=None)
