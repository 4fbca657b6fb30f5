"""links3_0001 gives review copy rows a nullable copy_id (foreign key to the copy library):
a store at the review and links_0002 heads keeps its review rows, and the link then works."""

import sqlite3

from flashdesk.copies.service import get_copy
from flashdesk.review.library import link_copy
from flashdesk.review.service import records
from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads, store_revisions
from tests.old_stores import OLD_CAMPAIGN, old_store


def test_store_at_previous_heads_keeps_review_copies(tmp_path):
    seed = []

    def rows(run):
        run("INSERT INTO review_copy (campaign_id, title, used_on, participants) "
            "VALUES (1, '倒计时', '2026-05-20', 88)")
        seed.append(run("SELECT min(id) FROM copy").scalar_one())

    path = old_store(tmp_path, "review_0001", "links_0002", rows=rows)
    store = open_store(path)
    assert "links3_0001" in script_heads() and store_revisions(store) == script_heads()
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(review_copy)")}
    assert "copy_id" in columns
    rows = records(store, 1, "copies")
    assert [(r["title"], r["participants"], r["copy_id"]) for r in rows] == [("倒计时", 88, None)]
    assert sqlite3.connect(path).execute("SELECT name FROM campaign").fetchone() == (OLD_CAMPAIGN[0],)
    link_copy(store, 1, "倒计时", seed[0])
    assert get_copy(store, seed[0]).participants == 88
    store.close()
