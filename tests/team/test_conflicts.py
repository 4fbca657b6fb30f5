"""No lost updates, per-person undo, who did what: two operators on one store (SQLite file
and PostgreSQL), each a Store of its own as two app processes have."""

from __future__ import annotations

import json

import pytest

from flashdesk.campaigns.service import get_campaign, rename_campaign
from flashdesk.store.team import Conflict, ReadOnlyError, key_of, key_text


def _name(store, campaign_id) -> str:
    return get_campaign(store, campaign_id).name


def test_an_edit_over_an_unseen_change_is_refused_naming_who_and_when(pair):
    anna, ben, campaign = pair
    rename_campaign(ben, campaign, "Ben's name")
    with pytest.raises(Conflict) as caught:
        rename_campaign(anna, campaign, "Anna's name")
    assert caught.value.by == "Ben"
    assert str(caught.value).startswith(f"Ben changed this at {caught.value.at:%H:%M}")
    assert _name(anna, campaign) == "Ben's name"  # nothing of Anna's edit was written


def test_once_the_change_has_arrived_the_edit_goes_through(pair):
    anna, ben, campaign = pair
    rename_campaign(ben, campaign, "Ben's name")
    arrived = anna.team.poll()
    assert [c.tables for c in arrived] == [frozenset({"campaign"})]
    assert arrived[0].by == "Ben" and arrived[0].ids("campaign") == {campaign}
    assert arrived[0].rows[0].after["name"] == "Ben's name"
    assert anna.team.poll() == []  # nothing new: nothing to publish
    rename_campaign(anna, campaign, "Anna's name")
    assert _name(ben, campaign) == "Anna's name"


def test_keep_mine_writes_over_theirs_and_undo_brings_theirs_back(pair):
    anna, ben, campaign = pair
    rename_campaign(ben, campaign, "Ben's name")
    asked = []
    anna.team.resolve = lambda conflict: asked.append(conflict.by) or True
    change = rename_campaign(anna, campaign, "Anna's name")
    assert asked == ["Ben"]
    assert not change.empty and _name(ben, campaign) == "Anna's name"
    change.apply(anna, undo=True)
    assert _name(ben, campaign) == "Ben's name"


def test_reload_writes_nothing(pair):
    anna, ben, campaign = pair
    rename_campaign(ben, campaign, "Ben's name")
    anna.team.resolve = lambda conflict: False
    change = rename_campaign(anna, campaign, "Anna's name")
    assert change.empty
    assert _name(ben, campaign) == "Ben's name"
    assert anna.team.poll()[0].by == "Ben"


def test_undo_never_drops_someone_elses_later_edit_unasked(pair):
    anna, ben, campaign = pair
    original = _name(anna, campaign)
    mine = rename_campaign(anna, campaign, "Anna's name")
    ben.team.poll()
    rename_campaign(ben, campaign, "Ben's later name")
    with pytest.raises(Conflict) as caught:
        mine.apply(anna, undo=True)
    assert caught.value.undo is True and caught.value.by == "Ben"
    assert _name(anna, campaign) == "Ben's later name"
    anna.team.poll()  # even once Anna has seen Ben's edit, her undo would still drop it
    with pytest.raises(Conflict):
        mine.apply(anna, undo=True)
    anna.team.resolve = lambda conflict: True  # "undo anyway"
    mine.apply(anna, undo=True)
    assert _name(ben, campaign) == original


def test_own_undo_and_redo_need_no_question(pair):
    anna, _ben, campaign = pair
    before = _name(anna, campaign)
    first = rename_campaign(anna, campaign, "one")
    second = rename_campaign(anna, campaign, "two")
    second.apply(anna, undo=True)
    first.apply(anna, undo=True)
    assert _name(anna, campaign) == before
    first.apply(anna, undo=False)
    second.apply(anna, undo=False)
    assert _name(anna, campaign) == "two"


def test_each_row_knows_who_changed_it_last_and_its_version(pair):
    anna, ben, campaign = pair
    first = anna.team.stamp_of("campaign", campaign)
    assert first.by == "Anna" and first.version == 1  # Anna created it
    rename_campaign(ben, campaign, "Ben's name")
    stamp = ben.team.stamps_of("campaign", [campaign])[campaign]
    assert (stamp.by, stamp.version) == ("Ben", 2)
    assert stamp.seq > first.seq


def test_the_activity_log_lists_who_did_what_newest_first(pair):
    anna, ben, campaign = pair
    change = rename_campaign(ben, campaign, "Ben's name")
    ben.team.describe(change.seq, "Rename campaign")
    log = anna.team.log(campaign)
    assert [(e["by"], e["label"]) for e in log[:1]] == [("Ben", "Rename campaign")]
    (table, key, kind, changes), = log[0]["rows"]
    assert (table, key, kind) == ("campaign", (campaign,), "u")
    assert [c[0] for c in changes] == ["name", "updated_at"]
    assert changes[0] == ["name", "618 爽肤水限定装快闪群", "Ben's name"]  # the values before and after
    assert log[-1]["by"] == "Anna" and len(log[-1]["rows"]) > 20  # planning the campaign
    assert not log[0]["mine"] and log[-1]["mine"]  # as Anna sees it


def test_the_log_keeps_an_undo_as_its_own_values_and_long_texts_short(pair):
    from flashdesk.store.team import LOGGED_CHARS

    anna, _ben, campaign = pair
    long_name = "长" * 150
    change = rename_campaign(anna, campaign, long_name)
    change.apply(anna, undo=True)
    undone, renamed = anna.team.log(campaign)[:2]
    name_after = renamed["rows"][0][3][0]
    assert name_after[0] == "name" and name_after[2] == "长" * (LOGGED_CHARS - 1) + "…"
    assert undone["rows"][0][3][0] == ["name", name_after[2], "618 爽肤水限定装快闪群"]  # back again
    assert _name(anna, campaign) == "618 爽肤水限定装快闪群"


def test_a_read_only_store_refuses_edits_and_stays_unchanged(request, pair, location):
    anna, _ben, campaign = pair
    if location.startswith("postgresql"):
        from sqlalchemy.engine import make_url

        server, database = request.getfixturevalue("pg_server"), make_url(location).database
        server.create_role("viewer_" + database[-8:], "secret", database=database, read_only=True)
        reader_url = server.url(database, "viewer_" + database[-8:], "secret")
    else:
        reader_url = f"sqlite:///file:{location}?mode=ro&uri=true"
    from flashdesk.store import open_store

    reader = open_store(reader_url)
    try:
        assert not reader.team.writable
        with pytest.raises(ReadOnlyError, match="read-only"):
            rename_campaign(reader, campaign, "never")
        assert _name(anna, campaign) != "never"
        assert get_campaign(reader, campaign).name == _name(anna, campaign)  # reading works
    finally:
        reader.close()
    assert anna.team.writable


@pytest.mark.parametrize("location", ["postgresql"], indirect=True)
def test_on_postgresql_the_notification_carries_the_change(pair):
    anna, ben, campaign = pair
    assert anna.team.poll() == []  # listening from here on
    rename_campaign(ben, campaign, "Ben's name")
    import time

    deadline = time.monotonic() + 2
    while not anna.team._notes and time.monotonic() < deadline:
        anna.team._someone_wrote()
        time.sleep(0.02)
    note = anna.team._notes[-1]
    assert (note.changed_by, note.campaign_id) == ("Ben", campaign)
    (table, key, kind, changes), = note.rows
    assert (table, key, kind) == ("campaign", [campaign], "u")
    assert changes[0] == ["name", "618 爽肤水限定装快闪群", "Ben's name"] and changes[1][0] == "updated_at"
    arrived = anna.team.poll()
    assert [(c.by, c.ids("campaign")) for c in arrived] == [("Ben", {campaign})]
    assert arrived[0].rows[0].after["name"] == "Ben's name"


@pytest.mark.parametrize("key", [(1,), (0,), (-7,), (2**40,), (True,), ("7",), ("福利",), (3, "a")])
def test_a_row_key_has_one_text_whatever_its_shape(key):
    # stamps written before the shortcut for ids hold json's text: both must stay equal
    assert key_text(key) == json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))
    assert key_of(key_text(key)) == key
