"""Poster operations over the store. A poster is a named series of versions; the GUI edits
the newest one and every edit saves the whole document. Each edit is one transaction
(`store.edit()`) returning its `Change`, which holds the rows before and after for undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign, live_campaign, offer_in
from flashdesk.groups.service import group_qrs
from flashdesk.i18n import translate
from flashdesk.posters import live_code
from flashdesk.posters.assets import load_images
from flashdesk.posters.formats import Format, PosterError, get_format, get_template, palettes
from flashdesk.posters.model import (
    Element,
    PosterDoc,
    campaign_values,
    dumps_elements,
    instantiate,
    loads_elements,
)
from flashdesk.posters.qr import SAMPLE_PAYLOAD, qr_key
from flashdesk.posters.tables import Poster
from flashdesk.store import Store
from flashdesk.store.change import Change

DEFAULT_PAYLOAD = SAMPLE_PAYLOAD
DUPLICATED = "flashdesk.posters.duplicated"  # session.info key: source poster id -> duplicate


@dataclass
class PosterRecord:
    id: int
    campaign_id: int
    name: str
    version: int
    format: Format
    template: str
    palette: str
    elements: list[Element]
    updated_at: datetime


def _record(row: Poster, url: str) -> PosterRecord:
    """The row as a record, linked QRs carrying the live code `url`."""
    elements = loads_elements(row.document)
    live_code.fill(elements, url)
    return PosterRecord(row.id, row.campaign_id, row.name, row.version, get_format(row.format),
                        row.template, row.palette, elements, row.updated_at)


def _campaign(session: Session, campaign_id: int) -> Campaign:
    return live_campaign(session, campaign_id, PosterError)


def _poster(session: Session, poster_id: int) -> Poster:
    row = session.get(Poster, poster_id)
    if row is None or row.deleted:
        raise PosterError(translate("Posters", "Poster {id} does not exist.").format(id=poster_id))
    return row


def add_poster(session: Session, campaign: Campaign, template_key: str, format_key: str,
               name: str, payload: str = DEFAULT_PAYLOAD, *,
               link_live_code: bool | None = None) -> Poster:
    """Create a poster inside the caller's transaction (the plan part uses this too). Its QR
    follows the campaign's live code when `link_live_code` says so — by default when the payload
    is the sample link; a payload of its own stays put, as one typed by hand."""
    fmt, template = get_format(format_key), get_template(template_key)
    if not template.fits(fmt):
        raise PosterError(translate("Posters", "Template {template} is for {group} posters, not "
                                    "{format}; pick a template made for this format.")
                          .format(template=template.name, group=template.group, format=fmt.name))
    name = name.strip()
    if not name:
        raise PosterError(translate("Posters", "A poster needs a name."))
    taken = session.exec(select(Poster).where(Poster.campaign_id == campaign.id,
                                              Poster.name == name)).first()
    if taken is not None:
        raise PosterError(translate("Posters", "This campaign already has a poster named {name!r}; "
                                    "choose another name.").format(name=name))
    palette = palettes()[template.palette]
    elements = instantiate(template, fmt, palette, payload)
    if link_live_code is None:
        link_live_code = payload.strip() == live_code.PLACEHOLDER
    if link_live_code:
        live_code.link(elements)
        live_code.fill(elements, live_code.campaign_live_code(session, campaign.id))
    row = Poster(campaign_id=campaign.id, name=name, format=fmt.key, template=template.key,
                 palette=palette.key, document=dumps_elements(elements))
    session.add(row)
    session.flush()
    return row


def create_from_template(store: Store, campaign_id: int, template_key: str, format_key: str,
                         name: str, payload: str = DEFAULT_PAYLOAD, *,
                         link_live_code: bool | None = None) -> Change:
    """A new poster from a template; `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        edit.result = add_poster(edit.session, _campaign(edit.session, campaign_id), template_key,
                                 format_key, name, payload, link_live_code=link_live_code).id
    return edit.change


def list_posters(store: Store, campaign_id: int, *, latest_only: bool = True) -> list[PosterRecord]:
    """Posters of a campaign by name; with latest_only just the newest version of each."""
    with store.session() as session:
        rows = list(session.exec(select(Poster).where(
            Poster.campaign_id == campaign_id, col(Poster.deleted).is_(False))
            .order_by(col(Poster.name), col(Poster.version))))
        url = live_code.campaign_live_code(session, campaign_id)
    if latest_only:
        newest: dict[str, Poster] = {}
        for row in rows:
            newest[row.name] = row
        rows = list(newest.values())
    return [_record(row, url) for row in rows]


def get_poster(store: Store, poster_id: int) -> PosterRecord:
    with store.session() as session:
        row = _poster(session, poster_id)
        return _record(row, live_code.campaign_live_code(session, row.campaign_id))


def find_poster(store: Store, campaign_id: int, name: str | None = None) -> PosterRecord:
    """The newest version of the poster called `name` (or of the first poster)."""
    posters = list_posters(store, campaign_id)
    if name is None and posters:
        return posters[0]
    for poster in posters:
        if poster.name == name:
            return poster
    if not posters:
        raise PosterError(translate("Posters", "This campaign has no poster yet; create one from a "
                                    "template in the Posters tab."))
    raise PosterError(translate("Posters", "No poster named {name!r}; this campaign has: {names}.")
                      .format(name=name, names=", ".join(p.name for p in posters)))


def save_elements(store: Store, poster_id: int, elements: list[Element]) -> Change:
    with store.edit() as edit:
        row = _poster(edit.session, poster_id)
        row.document = dumps_elements(elements)
        row.updated_at = datetime.now()
    return edit.change


def set_palette(store: Store, poster_id: int, palette_key: str, elements: list[Element]) -> Change:
    """Save a palette change: the palette named for the checker's hint and the recoloured
    elements, in one transaction."""
    if palette_key not in palettes():
        raise PosterError(translate("Posters", "Unknown palette {key!r}; use one of: {keys}.")
                          .format(key=palette_key, keys=", ".join(palettes())))
    with store.edit() as edit:
        row = _poster(edit.session, poster_id)
        row.palette = palette_key
        row.document = dumps_elements(elements)
        row.updated_at = datetime.now()
    return edit.change


def new_version(store: Store, poster_id: int) -> Change:
    """Copy a poster as its next version (the old one stays as it was); `change.result` is
    the new version's id."""
    with store.edit() as edit:
        session = edit.session
        row = _poster(session, poster_id)
        top = max(p.version for p in session.exec(select(Poster).where(
            Poster.campaign_id == row.campaign_id, Poster.name == row.name)))
        copy = Poster(campaign_id=row.campaign_id, name=row.name, version=top + 1,
                      format=row.format, template=row.template, palette=row.palette,
                      document=row.document)
        session.add(copy)
        session.flush()
        edit.result = copy.id
    return edit.change


def set_deleted(store: Store, poster_id: int, deleted: bool) -> Change:
    """Delete a poster softly (the posts linking it keep their link), or bring it back."""
    with store.edit() as edit:
        row = edit.session.get(Poster, poster_id)
        if row is None:
            raise PosterError(translate("Posters", "Poster {id} does not exist.").format(id=poster_id))
        row.deleted = deleted
    return edit.change


def poster_doc(store: Store, poster_id: int, staff: str = "") -> PosterDoc:
    """The poster ready to render: its elements and the campaign values linked texts show."""
    with store.session() as session:
        row = _poster(session, poster_id)
        campaign = _campaign(session, row.campaign_id)
        doc = PosterDoc(get_format(row.format), loads_elements(row.document),
                        campaign_values(campaign, staff, offer_in(session, campaign.id)), row.palette)
        doc.images = load_images(session, doc.asset_ids())
        doc.live_code = live_code.campaign_live_code(session, row.campaign_id)
        live_code.fill(doc.elements, doc.live_code)
        doc.group_qrs = {qr_key(payload): name for payload, name in group_qrs(session, row.campaign_id).items()}
        return doc


def copy_posters(session: Session, source: Campaign, target: Campaign) -> dict[int, int]:
    """Duplicate-as-template: the newest version of each poster goes along. Returns old id ->
    new id for every version (an older version maps to the duplicate of the newest) and keeps
    it in the session for the parts that run after (a post's poster link)."""
    versions: dict[str, list[Poster]] = {}
    for row in session.exec(select(Poster).where(Poster.campaign_id == source.id,
                                                 col(Poster.deleted).is_(False))
                            .order_by(col(Poster.version))):
        versions.setdefault(row.name, []).append(row)
    mapping: dict[int, int] = {}
    for rows in versions.values():
        row = rows[-1]
        twin = Poster(campaign_id=target.id, name=row.name, format=row.format,
                      template=row.template, palette=row.palette, document=row.document)
        session.add(twin)
        session.flush()
        mapping.update({old.id: twin.id for old in rows})
    session.info.setdefault(DUPLICATED, {}).update(mapping)
    return mapping


def duplicated_poster(session: Session, poster_id: int | None) -> int | None:
    """The poster a duplicated row links: the duplicate of its source poster, or none (a
    deleted or foreign poster does not go along)."""
    return None if poster_id is None else session.info.get(DUPLICATED, {}).get(poster_id)
