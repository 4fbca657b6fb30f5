"""copies_0001 upgrades a foundation store: campaigns intact, the copy table, its search
indexes and the seed library in place."""

import sqlite3

from flashdesk.copies.service import CopyDraft, CopyQuery, create_copy, find_copies, library_size
from flashdesk.copies.seed import seed_copies
from flashdesk.store import open_store
from tests.old_stores import old_store


def test_foundation_store_gets_the_copy_library(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT id, name, product, quota FROM campaign").fetchone()
    assert row == (1, "旧活动", "面霜", 300)
    assert library_size(store) == len(seed_copies()) >= 40
    new_id = create_copy(store, CopyDraft(title="旧活动专属", body="面霜折扣只剩今晚", campaign_id=1)).result
    found = find_copies(store, CopyQuery(text="折扣", campaign_id=1, scope="campaign"))
    assert [c.id for c in found] == [new_id]
    store.close()
