"""Fission over the store: a campaign's model and rules, importing invite files (one
transaction, dry-run first if asked, the same file twice changes nothing), the leaderboard
and the reward fulfilment status (one undoable Change each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from flashdesk.campaigns.service import live_campaign
from flashdesk.fission.invites_file import InviteRecord, read_invites
from flashdesk.fission.rules import (
    STATUSES,
    Entry,
    Figure,
    FissionError,
    Rules,
    figures,
    ranked,
    rules_from,
    why_not,
)
from flashdesk.fission.tables import FissionInvite, FissionPlan, FissionReward
from flashdesk.i18n import translate
from flashdesk.playbook import default_playbook, key_dates
from flashdesk.store import Store
from flashdesk.store.change import Change


def model_in(session: Session, campaign_id: int) -> str | None:
    plan = session.get(FissionPlan, campaign_id)
    return plan.model if plan else None


def model_of(store: Store, campaign_id: int) -> str | None:
    """The fission model the campaign was planned by (spread | product | service), or None."""
    with store.session() as session:
        return model_in(session, campaign_id)


def rules_in(session: Session, campaign_id: int) -> Rules:
    campaign = live_campaign(session, campaign_id, FissionError)
    model = model_in(session, campaign_id)
    playbook = default_playbook().with_model(model)
    return rules_from(playbook.section("fission"), model,
                      key_dates(campaign, playbook).warm_up_start)


@dataclass(frozen=True)
class Judged:
    """An invite with the reason it does not count ("" when it does)."""

    row: int
    inviter: str
    inviter_key: str
    invitee: str
    invitee_key: str
    invited_at: datetime | None
    left_at: datetime | None
    reason: str

    @property
    def counts(self) -> bool:
        return not self.reason


def _judge(session: Session, rules: Rules, invites: list) -> list[Judged]:
    from flashdesk.customers.service import known_since

    ids = {i.invitee_key[3:] for i in invites if i.invitee_key.startswith("id:")}
    names = {i.invitee for i in invites}
    by_id, by_name = known_since(session, ids, names)
    judged = []
    for invite in invites:
        known = (by_id.get(invite.invitee_key[3:]) if invite.invitee_key.startswith("id:")
                 else None) or by_name.get(invite.invitee)
        reason = why_not(rules, inviter_key=invite.inviter_key, invitee_key=invite.invitee_key,
                         invited_at=invite.invited_at, left_at=invite.left_at, known_since=known)
        row = invite.row if isinstance(invite, InviteRecord) else invite.file_row
        judged.append(Judged(row, invite.inviter, invite.inviter_key, invite.invitee,
                             invite.invitee_key, invite.invited_at, invite.left_at, reason))
    return judged


def invites(store: Store, campaign_id: int) -> list[Judged]:
    """The campaign's invites, each judged, in the order they happened."""
    with store.session() as session:
        rules = rules_in(session, campaign_id)
        rows = list(session.exec(select(FissionInvite).where(
            FissionInvite.campaign_id == campaign_id).order_by(FissionInvite.invited_at,
                                                                FissionInvite.id)))
        return _judge(session, rules, rows)


# ---- the leaderboard ------------------------------------------------------------------

@dataclass(frozen=True)
class Board:
    rules: Rules
    entries: list[Entry]
    valid: int
    not_counted: int
    members: int
    figures: list[Figure]


def board_in(session: Session, campaign_id: int) -> Board:
    from flashdesk.groups.service import member_total

    rules = rules_in(session, campaign_id)
    rows = list(session.exec(select(FissionInvite).where(FissionInvite.campaign_id == campaign_id)))
    counts: dict[str, list] = {}
    people: set[str] = set()
    for judged in _judge(session, rules, rows):
        name, valid, other = counts.get(judged.inviter_key, (judged.inviter, 0, 0))
        counts[judged.inviter_key] = (name, valid + judged.counts, other + (not judged.counts))
        if judged.counts:
            people |= {judged.inviter_key, judged.invitee_key}
    sent = {(r.promoter_key, r.invites) for r in session.exec(select(FissionReward).where(
        FissionReward.campaign_id == campaign_id, FissionReward.status == "sent"))}
    entries = ranked(counts, rules, sent)
    valid = sum(e.valid for e in entries)
    promoters = sum(1 for e in entries if e.valid)
    members = member_total(session, campaign_id) or len(people)
    return Board(rules, entries, valid, sum(e.not_counted for e in entries), members,
                 figures(rules.figures, valid=valid, promoters=promoters, members=members))


def board(store: Store, campaign_id: int) -> Board:
    with store.session() as session:
        return board_in(session, campaign_id)


def set_reward_status(store: Store, campaign_id: int, promoter_key: str, invites: int,
                      status: str) -> Change:
    """Mark a promoter's reward tier sent or pending again."""
    if status not in STATUSES:
        raise FissionError(translate("Fission", "A reward is {choices}, not {status!r}.").format(
            choices=" / ".join(STATUSES), status=status))
    with store.edit(campaign_id) as edit:
        session = edit.session
        rules = rules_in(session, campaign_id)
        if invites not in {t.invites for t in rules.tiers}:
            raise FissionError(translate("Fission", "The campaign has no reward for {count} "
                                         "invites.").format(count=invites))
        row = session.exec(select(FissionReward).where(
            FissionReward.campaign_id == campaign_id, FissionReward.promoter_key == promoter_key,
            FissionReward.invites == invites)).first()
        if row is None:
            row = FissionReward(campaign_id=campaign_id, promoter_key=promoter_key, invites=invites)
        row.status = status
        row.sent_at = datetime.now().replace(microsecond=0) if status == "sent" else None
        session.add(row)
    return edit.change


# ---- importing invite files ---------------------------------------------------------

ADDED, UPDATED, UNCHANGED, SKIPPED = "added", "updated", "unchanged", "skipped"


@dataclass(frozen=True)
class RowResult:
    row: int
    inviter: str
    invitee: str
    action: str  # added | updated | unchanged | skipped
    reason: str  # why it does not count (or why it was skipped); "" when it counts


@dataclass
class ImportSummary:
    file: str
    rows: list[RowResult] = field(default_factory=list)
    without_inviter: int = 0

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def unchanged(self) -> bool:
        return not any(r.action in (ADDED, UPDATED) for r in self.rows)

    def text(self) -> str:
        return translate("Fission", "{file}: {added} added, {updated} updated, {same} unchanged, "
                         "{skipped} skipped; {counted} count, {not_counted} do not; {alone} "
                         "rows without an inviter.").format(
            file=self.file, added=self.count(ADDED), updated=self.count(UPDATED),
            same=self.count(UNCHANGED), skipped=self.count(SKIPPED),
            counted=sum(1 for r in self.rows if r.action != SKIPPED and not r.reason),
            not_counted=sum(1 for r in self.rows if r.action != SKIPPED and r.reason),
            alone=self.without_inviter)


def _values(record: InviteRecord) -> dict:
    return {"inviter": record.inviter, "inviter_key": record.inviter_key,
            "invitee": record.invitee, "invitee_key": record.invitee_key,
            "invited_at": record.invited_at, "left_at": record.left_at}


def _import(session: Session, campaign_id: int, path: Path, *, write: bool) -> ImportSummary:
    parsed = read_invites(path)
    rules = rules_in(session, campaign_id)
    stored = {row.invitee_key: row for row in session.exec(select(FissionInvite).where(
        FissionInvite.campaign_id == campaign_id))}
    summary = ImportSummary(parsed.name, without_inviter=parsed.without_inviter)
    # the earliest invite of a person wins, within the file as in the store
    ordered = sorted(parsed.records, key=lambda r: (r.invited_at or datetime.max, r.row))
    seen: dict[str, InviteRecord] = {}
    verdicts = {j.row: j.reason for j in _judge(session, rules, parsed.records)}
    results = {}
    for record in ordered:
        reason = verdicts[record.row]
        first = seen.get(record.invitee_key)
        old = stored.get(record.invitee_key)
        if first is not None and first.inviter_key != record.inviter_key:
            results[record.row] = RowResult(record.row, record.inviter, record.invitee, SKIPPED,
                                            translate("Fission", "already invited by {name} (row "
                                                      "{row})").format(name=first.inviter,
                                                                       row=first.row))
            continue
        if first is not None or old is not None and old.inviter_key != record.inviter_key:
            name = first.inviter if first is not None else old.inviter
            results[record.row] = RowResult(record.row, record.inviter, record.invitee, SKIPPED,
                                            translate("Fission", "already counted for {name}")
                                            .format(name=name))
            continue
        seen[record.invitee_key] = record
        values = _values(record)
        if old is None:
            action = ADDED
            if write:
                session.add(FissionInvite(campaign_id=campaign_id, source=parsed.name[:200],
                                          file_row=record.row, **values))
        elif any(getattr(old, k) != v for k, v in values.items()):
            action = UPDATED
            if write:
                for k, v in values.items():
                    setattr(old, k, v)
                session.add(old)
        else:
            action = UNCHANGED
        results[record.row] = RowResult(record.row, record.inviter, record.invitee, action, reason)
    summary.rows = [results[r.row] for r in parsed.records]
    return summary


def import_invites(store: Store, campaign_id: int, path: Path | str, *, dry_run: bool = False
                   ) -> tuple[ImportSummary, Change | None]:
    """Read an invite file into the campaign: (what each row did, the Change — None on a
    dry run). All or nothing: a bad row names itself and nothing is written."""
    path = Path(path)
    if dry_run:
        with store.session() as session:
            return _import(session, campaign_id, path, write=False), None
    with store.edit(campaign_id) as edit:
        summary = _import(edit.session, campaign_id, path, write=True)
        edit.result = summary
    return summary, edit.change
