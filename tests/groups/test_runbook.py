"""The runbook on launch night: the current beat, when the next falls due, done/skip, and the
state surviving a store reopen."""

from datetime import timedelta

import pytest

from flashdesk.groups import runbook as rb
from flashdesk.groups.rules import GroupError
from flashdesk.store import open_store
from tests.change_check import assert_round_trip


def test_current_beat_and_due_times(store, campaign_id):
    book = rb.load_runbook(store, campaign_id)
    first = book.current
    wake_up = book.nodes[0]
    assert first.id == wake_up.beats[0].id and first.due == wake_up.at
    # planned: each beat waits for the one before
    assert wake_up.beats[1].due == wake_up.at + timedelta(minutes=wake_up.beats[0].wait_minutes)
    assert book.due_now(wake_up.at - timedelta(seconds=1)) is None
    assert book.due_now(wake_up.at) == first


def test_done_moves_on_and_next_due_follows_the_real_pace(store, campaign_id):
    book = rb.load_runbook(store, campaign_id)
    first, second = book.nodes[0].beats[:2]
    late = first.due + timedelta(minutes=4)
    assert rb.finish_current(store, campaign_id, "done", late).result == first.id
    book = rb.load_runbook(store, campaign_id)
    assert book.current.id == second.id
    assert book.current.due == late + timedelta(minutes=first.wait_minutes)
    rb.finish_current(store, campaign_id, "skipped", late)
    book = rb.load_runbook(store, campaign_id)
    assert [b.state for b in book.nodes[0].beats[:2]] == ["done", "skipped"]
    assert book.progress()[0] == 2


def test_undo_restores_a_beat(store, campaign_id):
    beat = rb.load_runbook(store, campaign_id).current
    change = assert_round_trip(store, lambda: rb.set_beat_state(store, beat.id, "done"))
    [row] = change.rows
    assert (row.before["state"], row.before["finished_at"]) == ("pending", None)
    assert row.after["state"] == "done" and row.after["finished_at"] is not None
    change.apply(store, undo=True)
    assert rb.load_runbook(store, campaign_id).current.id == beat.id
    with pytest.raises(GroupError, match="one of pending, done, skipped"):
        rb.set_beat_state(store, beat.id, "half")


def test_state_survives_reopening_the_store(tmp_path, store, campaign_id):
    for _ in range(3):
        rb.finish_current(store, campaign_id)
    current = rb.load_runbook(store, campaign_id).current.id
    store.close()
    again = open_store(store.location)
    assert rb.load_runbook(again, campaign_id).current.id == current
    assert rb.load_runbook(again, campaign_id).progress()[0] == 3
    again.close()


def test_all_done_and_reset(store, campaign_id):
    total = rb.load_runbook(store, campaign_id).progress()[1]
    for _ in range(total):
        rb.finish_current(store, campaign_id)
    book = rb.load_runbook(store, campaign_id)
    assert book.current is None and all(node.finished for node in book.nodes)
    with pytest.raises(GroupError, match="already done"):
        rb.finish_current(store, campaign_id)
    reset = assert_round_trip(store, lambda: rb.reset_runbook(store, campaign_id))
    assert len(reset.ids("node_beat")) == total and rb.load_runbook(store, campaign_id).progress() == (0, total)
    reset.apply(store, undo=True)
    assert rb.load_runbook(store, campaign_id).progress() == (total, total)


def test_finishing_early_keeps_the_planned_time(store, campaign_id):
    book = rb.load_runbook(store, campaign_id)
    first, second = book.nodes[0].beats[:2]
    rb.finish_current(store, campaign_id, "done", first.due - timedelta(days=2))  # a rehearsal
    assert rb.load_runbook(store, campaign_id).current.due == second.due


def test_add_edit_and_delete_beats(store, campaign_id):
    from flashdesk.groups import service
    from flashdesk.groups.tables import NodeBeat

    node = rb.load_runbook(store, campaign_id).nodes[1]
    first = node.beats[0]
    beat_id = assert_round_trip(store, lambda: rb.add_beat(store, node.id, first.id, "say", "{reminder}", 2)).result
    node = rb.load_runbook(store, campaign_id).nodes[1]
    assert node.beats[1].id == beat_id and node.beats[1].filled.startswith("名额只剩")
    assert node.beats[2].due == node.beats[1].due + timedelta(minutes=2)
    with pytest.raises(GroupError, match="one of say"):
        service.edit(store, NodeBeat, beat_id, kind="shout")
    service.edit(store, NodeBeat, beat_id, kind="helper")
    assert rb.load_runbook(store, campaign_id).nodes[1].beats[1].kind == "helper"
    assert_round_trip(store, lambda: service.set_deleted(store, NodeBeat, beat_id, True))
    assert beat_id not in [b.id for b in rb.load_runbook(store, campaign_id).beats()]
    with pytest.raises(GroupError, match="Wait"):
        rb.add_beat(store, node.id, None, "say", "x", 500)
