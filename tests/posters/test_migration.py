"""A store at the foundation revision gains the poster tables with its campaigns intact."""

import sqlite3

from flashdesk.posters.service import create_from_template, list_posters
from flashdesk.store import open_store
from tests.old_stores import old_store


def test_foundation_store_gets_poster_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")
    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT name, product, deal_price FROM campaign").fetchone()
    assert row == ("旧活动", "面霜", 199.0)
    tables = {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"poster", "poster_asset"} <= tables
    poster_id = create_from_template(store, 1, "phone_gold", "phone", "新海报").result
    assert [p.id for p in list_posters(store, 1)] == [poster_id]
    store.close()
