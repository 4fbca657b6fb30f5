"""A store made before the review tables existed gains them with its campaigns intact."""

import sqlite3
from datetime import date

from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import records, save_records
from flashdesk.store import open_store
from tests.old_stores import old_store


def test_foundation_store_gets_review_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

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
