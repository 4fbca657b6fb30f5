"""links3_0001 gives review copy rows a nullable copy_id (foreign key to the copy library):
a store at the review and links_0002 heads keeps its review rows, and the link then works."""

import sqlite3
from datetime import datetime

from flashdesk.copies.service import get_copy
from flashdesk.review.library import link_copy
from flashdesk.review.service import records
from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads, store_revisions, upgrade


def test_store_at_previous_heads_keeps_review_copies(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    for head in ("review_0001", "links_0002"):
        upgrade(old, head)
    stamp = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)",
            (stamp, stamp))
        conn.exec_driver_sql("INSERT INTO review_copy (campaign_id, title, used_on, participants) "
                             "VALUES (1, '倒计时', '2026-05-20', 88)")
        seed = conn.exec_driver_sql("SELECT min(id) FROM copy").scalar_one()
    old.close()

    store = open_store(path)
    assert "links3_0001" in script_heads() and store_revisions(store) == script_heads()
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(review_copy)")}
    assert "copy_id" in columns
    rows = records(store, 1, "copies")
    assert [(r["title"], r["participants"], r["copy_id"]) for r in rows] == [("倒计时", 88, None)]
    assert sqlite3.connect(path).execute("SELECT name FROM campaign").fetchone() == ("旧活动",)
    link_copy(store, 1, "倒计时", seed)
    assert get_copy(store, seed).participants == 88
    store.close()
