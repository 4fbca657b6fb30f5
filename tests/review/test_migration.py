"""A store made before the review tables existed gains them with its campaigns intact."""

import sqlite3
from datetime import date, datetime

from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import records, save_records
from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade


def test_foundation_store_gets_review_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "0001_foundation")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)",
            (datetime(2026, 5, 1).isoformat(" "), datetime(2026, 5, 1).isoformat(" ")))
    old.close()

    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT id, name, quota FROM campaign").fetchone()
    assert row[1:] == ("旧活动", 300)
    tables = {name for (name,) in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"review_daily", "review_channel_day", "review_copy", "review_material",
            "review_text", "review_ab_test"} <= tables
    save_records(store, row[0], "daily",
                 rows_from_sequences(KINDS["daily"], [[date(2026, 5, 20), "1群", 150, 80, 30, 5970]]))
    assert records(store, row[0], "daily")[0]["orders"] == 30
    store.close()
