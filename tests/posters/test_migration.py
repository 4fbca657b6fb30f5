"""A store at the foundation revision gains the poster tables with its campaigns intact."""

import sqlite3
from datetime import datetime

from flashdesk.posters.service import create_from_template, list_posters
from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade


def test_foundation_store_gets_poster_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "0001_foundation")
    now = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, "
            "?, ?)", (now, now))
    old.close()
    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT name, product, deal_price FROM campaign").fetchone()
    assert row == ("旧活动", "面霜", 199.0)
    tables = {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"poster", "poster_asset"} <= tables
    poster_id = create_from_template(store, 1, "phone_gold", "phone", "新海报")
    assert [p.id for p in list_posters(store, 1)] == [poster_id]
    store.close()
