"""Review copy rows ↔ the copy library (文案库). A review copy row may name the library copy
it reports on; from then on the participants recorded in either place are the same number:
a review save hands them to the library (undoable, in the same transaction), and the review
shows the library's number when the copies tab changed it (service._query).

Linking rule: the review row's number wins, unless the row still says 0 and the library
already has a number — then the row takes the library's. Unlinking keeps both numbers."""

from __future__ import annotations

from flashdesk.copies.service import Copy
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.review.records import KINDS
from flashdesk.review.service import _campaign, _existing, _rewrite
from flashdesk.store import Store
from flashdesk.store.change import Change


class CopyLinkError(UserError):
    """A link the store cannot take (no such row or copy, copy of another campaign, or a copy
    another row already reports on)."""


def link_copy(store: Store, campaign_id: int, title: str, copy_id: int | None) -> Change:
    """Link (or with None unlink) the review copy row `title` to a library copy (an
    unchanged link: an empty Change)."""
    kind = KINDS["copies"]
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        existing = _existing(session, kind, campaign_id)
        row = existing.get((title,))
        if row is None:
            raise CopyLinkError(translate("ReviewLinks", "The copies table has no row {title!r}; "
                                          "add the row first.").format(title=title))
        if row["copy_id"] != copy_id:
            _relink(session, campaign_id, existing, row, copy_id)
    return edit.change


def _relink(session, campaign_id: int, existing: dict, row: dict, copy_id: int | None) -> None:
    kind, title = KINDS["copies"], row["title"]
    new = dict(row, copy_id=copy_id)
    if copy_id is not None:
        copy = session.get(Copy, copy_id)
        if copy is None or copy.deleted:
            raise CopyLinkError(translate("ReviewLinks", "Copy {id} is not in the copy "
                                          "library (any more); pick another.").format(id=copy_id))
        if copy.campaign_id not in (None, campaign_id):
            raise CopyLinkError(translate("ReviewLinks", "{copy!r} belongs to another "
                                          "campaign; pick a library-wide copy or one of "
                                          "this campaign.").format(copy=copy.title))
        other = next((r["title"] for r in existing.values()
                      if r["copy_id"] == copy_id and r["title"] != title), None)
        if other is not None:
            raise CopyLinkError(translate("ReviewLinks", "{copy!r} is already linked to the "
                                          "row {row!r}; unlink it there first.")
                                .format(copy=copy.title, row=other))
        if row["participants"] == 0 and copy.participants:
            new["participants"] = copy.participants
    _rewrite(session, kind, campaign_id, [(title,)], {(title,): new})
