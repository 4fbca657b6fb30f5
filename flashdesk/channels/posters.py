"""Warm-up posts ↔ posters: which poster a post shares. A link must name a poster of the
post's own campaign; the calendar and the problems list show the linked poster with its
checker error count. Counting errors renders the poster, so counts are kept per poster
content (elements, campaign values, format) and recomputed only when that changes; the two
QR decodes (the slow rules) are left out — the Posters tab runs them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from flashdesk.channels.drafts import ChannelError
from flashdesk.i18n import translate
from flashdesk.posters.service import Poster
from flashdesk.store import Store

_ERRORS: dict[str, int] = {}  # content key -> checker error count (a few posters per campaign)


@dataclass(frozen=True)
class LinkedPoster:
    id: int
    name: str
    version: int
    deleted: bool
    errors: int  # checker errors (QR decodes left out); 0 for a deleted poster

    def label(self) -> str:
        return f"{self.name} · v{self.version}"


def check_poster_link(session: Session, campaign_id: int, poster_id: int | None) -> None:
    """A new or changed link must name a poster of this campaign that is not deleted."""
    if poster_id is None:
        return
    if not isinstance(poster_id, int) or isinstance(poster_id, bool):
        raise ChannelError(translate("ChannelPosters", "Pick the post's poster from the list."))
    row = session.get(Poster, poster_id)
    if row is None or row.deleted or row.campaign_id != campaign_id:
        raise ChannelError(translate("ChannelPosters", "Poster {id} is not one of this campaign's "
                                     "posters; pick one from the list or none.").format(id=poster_id))


def _content_key(doc) -> str:
    from flashdesk.posters.model import dumps_elements

    text = json.dumps([doc.format.key, doc.palette, sorted(doc.values.items()),
                       dumps_elements(doc.elements)], ensure_ascii=False)
    return hashlib.sha1(text.encode()).hexdigest()


def error_count(doc) -> int:
    from flashdesk.posters.checks import ERROR, check

    key = _content_key(doc)
    if key not in _ERRORS:
        _ERRORS[key] = sum(f.severity == ERROR for f in check(doc, decode_qr=False))
    return _ERRORS[key]


def _linked(store: Store, rows: list[Poster]) -> dict[int, LinkedPoster]:
    from flashdesk.posters.service import poster_doc

    found = {}
    for row in rows:
        errors = 0 if row.deleted else error_count(poster_doc(store, row.id))
        found[row.id] = LinkedPoster(row.id, row.name, row.version, row.deleted, errors)
    return found


def linked_posters(store: Store, poster_ids) -> dict[int, LinkedPoster]:
    """The posters these ids name (deleted ones too, flagged); nothing is read for no ids."""
    ids = {i for i in poster_ids if i is not None}
    if not ids:
        return {}
    with store.session() as session:
        rows = list(session.exec(select(Poster).where(col(Poster.id).in_(ids))))
    return _linked(store, rows)


def poster_choices(store: Store, campaign_id: int) -> list[LinkedPoster]:
    """What a post may link: the newest version of each of the campaign's posters."""
    from flashdesk.posters.service import list_posters

    ids = [p.id for p in list_posters(store, campaign_id)]
    linked = linked_posters(store, ids)
    return [linked[i] for i in ids]
