"""Campaign operations over the store. Every edit is one transaction: a campaign and its
whole plan are written together or not at all, and the edit returns its `Change`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from flashdesk.campaigns.draft import FIELDS, CampaignDraft, validate
from flashdesk.campaigns.offer import OFFER_FIELDS, OfferDraft
from flashdesk.campaigns.refs import pick_named
from flashdesk.campaigns.tables import Campaign, Offer
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import Playbook, default_playbook
from flashdesk.playbook.parts import plan_parts, planned_playbook
from flashdesk.store import Store
from flashdesk.store.change import Change


class CampaignError(UserError):
    """A request the store cannot take; `errors` maps field names to messages."""

    def __init__(self, message: str, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.errors = errors or {}


@dataclass(frozen=True)
class CampaignSnapshot:
    """A campaign's details before a change, handed to the plan parts."""

    id: int
    launch_at: datetime
    lifetime_days: int


def _invalid(errors: dict[str, str]) -> CampaignError:
    lines = " ".join(f"{key}: {message}" for key, message in errors.items())
    return CampaignError(translate("CampaignService", "The campaign was not saved. {problems}")
                         .format(problems=lines), errors)


def live_campaign(session: Session, campaign_id: int, error: type[UserError] = CampaignError) -> Campaign:
    """The campaign unless it is missing or deleted; then `error` (each capability raises its
    own kind) naming it."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted:
        raise error(translate("CampaignService", "Campaign {id} does not exist.").format(id=campaign_id))
    return campaign



def list_campaigns(store: Store, *, search: str = "", include_archived: bool = True) -> list[Campaign]:
    with store.session() as session:
        query = select(Campaign).where(col(Campaign.deleted).is_(False))
        if not include_archived:
            query = query.where(col(Campaign.archived).is_(False))
        if search.strip():
            term = f"%{search.strip()}%"
            query = query.where(col(Campaign.name).like(term) | col(Campaign.product).like(term))
        return list(session.exec(query.order_by(col(Campaign.archived), col(Campaign.launch_at).desc())))


def get_campaign(store: Store, campaign_id: int) -> Campaign:
    with store.session() as session:
        return live_campaign(session, campaign_id)


def find_campaign(store: Store, ref: str) -> Campaign:
    """A campaign by id or exact name (as the command line takes it)."""
    with store.session() as session:
        if ref.isdigit():
            campaign = session.get(Campaign, int(ref))
            if campaign is not None and not campaign.deleted:
                return campaign
        matches = list(session.exec(select(Campaign).where(
            Campaign.name == ref, col(Campaign.deleted).is_(False))))
    return pick_named(ref, matches, CampaignError)


def create_campaign(store: Store, draft: CampaignDraft, playbook: Playbook | None = None) -> Change:
    """A campaign planned by the playbook; `change.result` is its id."""
    errors = validate(draft)
    if errors:
        raise _invalid(errors)
    playbook = playbook or default_playbook()
    with store.edit() as edit:
        session = edit.session
        campaign = Campaign(**draft.values())
        session.add(campaign)
        session.flush()
        for part in plan_parts():
            part.generate(session, campaign, playbook)
        if draft.offer is not None:
            _write_offer(session, campaign.id, draft.offer)
        edit.result = campaign.id
    return edit.change


def _write_offer(session: Session, campaign_id: int, offer: OfferDraft) -> None:
    row = session.get(Offer, campaign_id) or Offer(campaign_id=campaign_id)
    for key in OFFER_FIELDS:
        value = getattr(offer, key)
        setattr(row, key, value.strip() if isinstance(value, str) else value)
    session.add(row)


def offer_in(session: Session, campaign_id: int) -> Offer:
    """The campaign's offer row; an empty one (not added) if the campaign has none."""
    return session.get(Offer, campaign_id) or Offer(campaign_id=campaign_id)


def get_offer(store: Store, campaign_id: int) -> OfferDraft:
    with store.session() as session:
        live_campaign(session, campaign_id)
        return OfferDraft.of(offer_in(session, campaign_id))


def get_draft(store: Store, campaign_id: int) -> CampaignDraft:
    """Everything the campaign dialog edits: the details and the offer."""
    with store.session() as session:
        campaign = live_campaign(session, campaign_id)
        return CampaignDraft.of(campaign, OfferDraft.of(offer_in(session, campaign_id)))


def update_campaign(store: Store, campaign_id: int, draft: CampaignDraft,
                    playbook: Playbook | None = None) -> Change:
    """Save new details (and the offer, when the draft carries one); a moved launch or a
    changed lifetime moves the plan with it."""
    errors = validate(draft)
    if errors:
        raise _invalid(errors)
    playbook = playbook or default_playbook()
    with store.edit(campaign_id) as edit:
        session = edit.session
        campaign = live_campaign(session, campaign_id)
        before = CampaignSnapshot(campaign.id, campaign.launch_at, campaign.lifetime_days)
        for key in FIELDS:
            setattr(campaign, key, getattr(draft, key))
        campaign.updated_at = datetime.now()
        if draft.offer is not None:
            _write_offer(session, campaign_id, draft.offer)
        session.flush()
        if (before.launch_at, before.lifetime_days) != (campaign.launch_at, campaign.lifetime_days):
            playbook = planned_playbook(session, campaign.id, playbook)
            for part in plan_parts():
                part.campaign_changed(session, before, campaign, playbook)
    return edit.change


def rename_campaign(store: Store, campaign_id: int, name: str) -> Change:
    campaign = get_campaign(store, campaign_id)
    draft = CampaignDraft.of(campaign)
    draft.name = name
    return update_campaign(store, campaign_id, draft)


def duplicate_campaign(store: Store, campaign_id: int, name: str, launch_at: datetime,
                       lifetime_days: int | None = None, playbook: Playbook | None = None) -> Change:
    """Copy a campaign and its whole plan to a new launch date, everything shifted;
    `change.result` is the copy's id. With another `lifetime_days` (1–7) the copy's group lives
    that long: its day-bound plan is refitted as an edited lifetime would be (the close day's
    nodes move to the new last day, each group day gets its nodes, tasks and timetable items)."""
    with store.edit() as edit:
        session = edit.session
        source = live_campaign(session, campaign_id)
        draft = CampaignDraft.of(source)
        draft.name, draft.launch_at = name, launch_at
        if lifetime_days is not None:
            draft.lifetime_days = lifetime_days
        errors = validate(draft)
        if errors:
            raise _invalid(errors)
        target = Campaign(**{**draft.values(), "lifetime_days": source.lifetime_days})
        session.add(target)
        session.flush()
        for part in plan_parts():
            part.copy(session, source, target)
        if draft.lifetime_days != source.lifetime_days:
            session.flush()
            before = CampaignSnapshot(target.id, target.launch_at, target.lifetime_days)
            target.lifetime_days = draft.lifetime_days
            session.flush()
            for part in plan_parts():
                part.campaign_changed(session, before, target, playbook or default_playbook())
        edit.result = target.id
    return edit.change


def set_deleted(store: Store, campaign_id: int, deleted: bool) -> Change:
    """Delete (or bring back) a campaign. Deletion is soft: one row to write, and its undo
    brings the whole plan back."""
    with store.edit(campaign_id) as edit:
        campaign = edit.session.get(Campaign, campaign_id)
        if campaign is None:
            raise CampaignError(translate("CampaignService", "Campaign {id} does not exist.")
                                .format(id=campaign_id))
        campaign.deleted = deleted
        campaign.updated_at = datetime.now()
    return edit.change


def set_archived(store: Store, campaign_id: int, archived: bool) -> Change:
    with store.edit(campaign_id) as edit:
        campaign = live_campaign(edit.session, campaign_id)
        campaign.archived = archived
        campaign.updated_at = datetime.now()
    return edit.change


def is_live(store: Store, campaign_id: int) -> bool:
    """Whether the campaign exists and is not deleted (an undo may have just removed it)."""
    with store.session() as session:
        campaign = session.get(Campaign, campaign_id)
        return campaign is not None and not campaign.deleted
