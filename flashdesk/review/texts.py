"""The operator's own words about a campaign: process notes before, during and after the
launch, and the review outline (generated from the data, then edited)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.review.tables import ReviewText
from flashdesk.store import Store
from flashdesk.store.change import Change

NOTE_KEYS = ("before", "during", "after")
TEXT_KEYS = (*NOTE_KEYS, "outline")
MAX_LENGTH = 20000


def note_title(key: str) -> str:
    titles = {"before": translate("ReviewTexts", "Before the launch"),
              "during": translate("ReviewTexts", "During the launch"),
              "after": translate("ReviewTexts", "After the launch"),
              "outline": translate("ReviewTexts", "Review outline")}
    return titles[key]


def get_text(store: Store, campaign_id: int, key: str) -> str:
    with store.session() as session:
        row = session.get(ReviewText, (campaign_id, key))
        return row.text if row else ""


def set_text(store: Store, campaign_id: int, key: str, text: str) -> Change:
    with store.edit(campaign_id) as edit:
        write_text(edit.session, campaign_id, key, text)
    return edit.change


def write_text(session: Session, campaign_id: int, key: str, text: str) -> None:
    """set_text inside the caller's transaction."""
    if key not in TEXT_KEYS:
        raise ValueError(key)
    if len(text) > MAX_LENGTH:
        raise UserError(translate("ReviewTexts", "The text has {count} characters; at most {max} "
                                  "fit. Shorten it.").format(count=len(text), max=MAX_LENGTH))
    row = session.get(ReviewText, (campaign_id, key))
    if row is None:
        session.add(ReviewText(campaign_id=campaign_id, key=key, text=text))
    elif row.text != text:
        row.text, row.updated_at = text, datetime.now()
