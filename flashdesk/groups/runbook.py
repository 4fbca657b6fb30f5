"""The launch-day runbook: the key nodes in order, each beat with the time it falls due,
the current beat (the first still pending) and marking beats done or skipped. The state
lives in the store, so closing the app mid-launch and reopening picks up where it stood.

A beat's due time follows the operator's real pace: the first beat of a node is due at the
node's time; each later beat is due `wait` minutes after the one before it was finished,
but never before its planned time (a rehearsal days ahead does not pull the night forward)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import col, select

from flashdesk.groups import rules
from flashdesk.groups.rules import GroupError
from flashdesk.groups.service import _campaign, _get, text_values
from flashdesk.groups.tables import BEAT_KINDS, KeyNode, NodeBeat
from flashdesk.groups.texts import fill
from flashdesk.i18n import translate
from flashdesk.playbook import Playbook
from flashdesk.store import Store
from flashdesk.store.change import Change


@dataclass
class BeatView:
    id: int
    node_id: int
    kind: str
    text: str  # as stored, with placeholders
    filled: str  # what to send right now
    wait_minutes: int
    state: str
    due: datetime
    finished_at: datetime | None


@dataclass
class NodeView:
    id: int
    key: str
    name: str
    at: datetime
    owner: str
    beats: list[BeatView] = field(default_factory=list)
    copy_id: int | None = None  # the library copy the node uses

    @property
    def finished(self) -> bool:
        return all(beat.state != "pending" for beat in self.beats)


@dataclass
class Runbook:
    nodes: list[NodeView]

    def beats(self) -> list[BeatView]:
        return [beat for node in self.nodes for beat in node.beats]

    @property
    def current(self) -> BeatView | None:
        return next((beat for beat in self.beats() if beat.state == "pending"), None)

    def node_of(self, beat: BeatView) -> NodeView:
        return next(node for node in self.nodes if node.id == beat.node_id)

    def upcoming(self, count: int = 3) -> list[BeatView]:
        pending = [beat for beat in self.beats() if beat.state == "pending"]
        return pending[1:1 + count]

    def progress(self) -> tuple[int, int]:
        beats = self.beats()
        return sum(beat.state != "pending" for beat in beats), len(beats)

    def due_now(self, now: datetime) -> BeatView | None:
        """The current beat if its time has come."""
        beat = self.current
        return beat if beat is not None and beat.due <= now else None


def load_runbook(store: Store, campaign_id: int, playbook: Playbook | None = None) -> Runbook:
    values = text_values(store, campaign_id, playbook)
    with store.session() as session:
        _campaign(session, campaign_id)
        nodes = list(session.exec(select(KeyNode).where(KeyNode.campaign_id == campaign_id)
                                  .order_by(col(KeyNode.at), col(KeyNode.position))))
        beats_of: dict[int, list[NodeBeat]] = {node.id: [] for node in nodes}
        for beat in session.exec(select(NodeBeat).join(KeyNode).where(  # one query, not one per node
                KeyNode.campaign_id == campaign_id, col(NodeBeat.deleted).is_(False))
                .order_by(col(NodeBeat.node_id), col(NodeBeat.position))):
            beats_of[beat.node_id].append(beat)
        views = []
        for node in nodes:
            view = NodeView(node.id, node.key, node.name, node.at, node.owner, copy_id=node.copy_id)
            planned, before = node.at, None
            for beat in beats_of[node.id]:
                due = planned
                if before is not None and before.finished_at is not None:
                    due = max(planned, before.finished_at + timedelta(minutes=before.wait_minutes))
                view.beats.append(BeatView(beat.id, node.id, beat.kind, beat.text,
                                           fill(beat.text, values), beat.wait_minutes, beat.state,
                                           due, beat.finished_at))
                planned = due + timedelta(minutes=beat.wait_minutes)
                before = beat
            views.append(view)
    return Runbook(views)


def set_beat_state(store: Store, beat_id: int, state: str, now: datetime | None = None) -> Change:
    """Mark a beat done, skipped or pending again."""
    state = rules.beat_state(state)
    with store.edit() as edit:
        beat = _get(edit.session, NodeBeat, beat_id)
        beat.state = state
        beat.finished_at = None if state == "pending" else (now or datetime.now()).replace(microsecond=0)
    return edit.change


def finish_current(store: Store, campaign_id: int, state: str = "done",
                   now: datetime | None = None) -> Change:
    """Mark the current beat done (or skipped); `change.result` is its id."""
    beat = load_runbook(store, campaign_id).current
    if beat is None:
        raise GroupError(translate("Runbook", "Every beat of the runbook is already done."))
    change = set_beat_state(store, beat.id, state, now)
    change.result = beat.id
    return change


def add_beat(store: Store, node_id: int, after_beat_id: int | None = None, kind: str = "say",
             text: str = "", wait_minutes: int = 1) -> Change:
    """Insert a beat into a node, after `after_beat_id` (at the end when None);
    `change.result` is its id."""
    kind = rules.choice(kind, BEAT_KINDS, label=translate("Runbook", "Beat kind"))
    text = rules.text(text, label=translate("Runbook", "Text"), limit=5000)
    wait_minutes = rules.count(wait_minutes, label=translate("Runbook", "Wait"), low=0, high=180)
    with store.edit() as edit:
        session = edit.session
        _get(session, KeyNode, node_id)
        beats = list(session.exec(select(NodeBeat).where(NodeBeat.node_id == node_id)
                                  .order_by(col(NodeBeat.position))))
        index = next((i + 1 for i, b in enumerate(beats) if b.id == after_beat_id), len(beats))
        beat = NodeBeat(node_id=node_id, kind=kind, text=text, wait_minutes=wait_minutes)
        beats.insert(index, beat)
        for position, row in enumerate(beats):
            row.position = position
            session.add(row)
        session.flush()
        edit.result = beat.id
    return edit.change


def reset_runbook(store: Store, campaign_id: int) -> Change:
    """Set every beat back to pending."""
    with store.edit(campaign_id) as edit:
        session = edit.session
        _campaign(session, campaign_id)
        beats = list(session.exec(select(NodeBeat).join(KeyNode).where(
            KeyNode.campaign_id == campaign_id, col(NodeBeat.deleted).is_(False))))
        for beat in beats:
            beat.state, beat.finished_at = "pending", None
    return edit.change
