"""Where the other areas meet the copy library: which library channel and stage fit a
warm-up post, a set-up checklist line or a key node (the one place those vocabularies are
mapped), whether a copy may be linked, the titles linked rows show, how a duplicated
campaign's links follow its duplicated copies. The library does not import the areas that
link it: they pass their keys in, and the rows linking a copy are counted through the
store's foreign keys."""

from __future__ import annotations

from sqlmodel import Session, col, select

from flashdesk.copies.service import CopyError
from flashdesk.copies.tables import Copy
from flashdesk.i18n import translate
from flashdesk.store import Store
from flashdesk.store.references import count_referring

# channel type of the publicity matrix (playbook [[channels.type]] key) -> library channel key;
# a type missing here (or a hand-typed "custom" channel) searches every channel
CHANNEL_OF_KIND: dict[str, str] = {
    "moments": "moments",
    "customer_groups": "wecom_group",
    "official_account": "official_account",
    "channels": "channels_video",
    "short_video": "douyin",
    "deal_platforms": "review_platform",
    "content_apps": "content_app",
}

# warm-up post stage ([[channels.stage]] key) -> library stage key; stages the library does
# not file copies under (seeding, benefits, reservation, launch) search every stage
STAGE_OF_POST: dict[str, str] = {
    "survey": "survey",
    "teaser": "discount",
    "draw": "like_draw",
    "countdown": "countdown",
    "entry": "entry_channel",
    "close": "close_preview",
}

# set-up checklist line ([[groups.setup]] key) -> library stage key
STAGE_OF_SETUP: dict[str, str] = {
    "announcement": "announcement",
    "welcome": "welcome",
    "anti_harassment": "group_rules",
}

# launch-day key node ([[groups.node]] key) -> library stage key
STAGE_OF_NODE: dict[str, str] = {
    "wake_up": "wake_up",
    "sign_up": "sign_up_chain",
    "order_flood": "order_flood",
    "countdown": "countdown",
    "close": "close_preview",
}

# session.info key: old campaign copy id -> its duplicate, while a campaign is duplicated
DUPLICATED = "flashdesk.copies.duplicated"


def check_link(session: Session, campaign_id: int, copy_id: int | None) -> None:
    """A row of `campaign_id` may link a library copy or one of that campaign's own copies;
    raise CopyError otherwise (None unlinks and is always fine)."""
    if copy_id is None:
        return
    copy = session.get(Copy, copy_id)
    if copy is None or copy.deleted:
        raise CopyError(translate("CopyLinks", "Copy {id} is not in the copy library (it may have "
                                  "been deleted). Pick another copy or clear the link.").format(id=copy_id))
    if copy.campaign_id is not None and copy.campaign_id != campaign_id:
        raise CopyError(translate("CopyLinks", "“{title}” belongs to another campaign. Pick a library "
                                  "copy or one of this campaign's copies.").format(title=copy.title))


def linked_copies(store: Store, copy_ids) -> dict[int, Copy]:
    """The linked copies by id, deleted ones included (a row keeps its link until changed)."""
    ids = sorted({i for i in copy_ids if i is not None})
    if not ids:
        return {}
    with store.session() as session:
        return {c.id: c for c in session.exec(select(Copy).where(col(Copy.id).in_(ids)))}


def link_counts(store: Store, copy_id: int) -> dict[str, int]:
    """How many rows of each table link the copy, by table name (tables with none left out;
    rows of deleted groups included: undo may bring them back)."""
    with store.session() as session:
        return count_referring(session, "copy", copy_id)


def label(copy: Copy | None) -> str:
    """How a linked copy is named in tooltips, lists and sheets."""
    if copy is None:
        return ""
    if copy.deleted:
        return translate("CopyLinks", "{title} (deleted)").format(title=copy.title)
    return copy.title


def remember_duplicates(session: Session, mapping: dict[int, int]) -> None:
    session.info.setdefault(DUPLICATED, {}).update(mapping)


def duplicated_link(session: Session, copy_id: int | None) -> int | None:
    """The link a duplicated row carries: a library copy stays linked, a copy of the source
    campaign is replaced by its duplicate (the copies part runs first), anything else
    (a deleted or foreign copy) is dropped."""
    if copy_id is None:
        return None
    mapped = session.info.get(DUPLICATED, {})
    if copy_id in mapped:
        return mapped[copy_id]
    copy = session.get(Copy, copy_id)
    return copy_id if copy is not None and copy.campaign_id is None and not copy.deleted else None

