"""A store made before team mode (every other branch at its head) upgrades with its data
intact, and its rows, never stamped, can be edited at once and are stamped from then on."""

from __future__ import annotations

import sqlite3

from flashdesk.campaigns.service import get_campaign, rename_campaign
from flashdesk.store import open_store
from flashdesk.store.migrations import known_heads, script_heads, store_revisions
from tests.old_stores import OLD_CAMPAIGN, old_store


def test_a_store_from_before_team_mode_upgrades_with_its_data(tmp_path):
    before_team = sorted(known_heads() - {"team_0001"})
    path = old_store(tmp_path, *before_team)
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "row_stamp" not in tables and "activity" not in tables

    store = open_store(path)
    try:
        assert store_revisions(store) == script_heads()
        assert get_campaign(store, 1).name == OLD_CAMPAIGN[0]
        assert get_campaign(store, 1).notes == OLD_CAMPAIGN[-1]
        assert store.team.stamp_of("campaign", 1) is None  # nobody has touched it yet
        store.team.name = "Anna"
        rename_campaign(store, 1, "改名")
        assert store.team.stamp_of("campaign", 1).by == "Anna"
        assert [e["by"] for e in store.team.log(1)] == ["Anna"]
    finally:
        store.close()
