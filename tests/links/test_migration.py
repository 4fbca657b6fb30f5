"""links_0001 turns post.copy_id into a foreign key: a store at the channels and copies
heads keeps its posts and their links, a link to a copy that never existed is cleared,
and a copy removed for good unlinks its posts."""

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads, store_revisions, upgrade


def _old_store(path):
    old = open_store(path, migrate=False)
    upgrade(old, "channels_0001")
    upgrade(old, "copies_0001")
    stamp = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)",
            (stamp, stamp))
        conn.exec_driver_sql("INSERT INTO channel (campaign_id, name, kind) VALUES (1, '朋友圈', 'moments')")
        seed = conn.exec_driver_sql("SELECT min(id) FROM copy").scalar_one()
        for copy_id in (seed, 99999, None):
            conn.exec_driver_sql(
                "INSERT INTO post (campaign_id, channel_id, day, stage, title, copy_id) "
                "VALUES (1, 1, '2026-05-18', 'survey', '帮忙选款', ?)", (copy_id,))
    old.close()
    return seed


def test_store_at_channels_and_copies_heads_keeps_posts_and_links(tmp_path):
    path = tmp_path / "old.sqlite3"
    seed = _old_store(path)
    store = open_store(path)
    assert store_revisions(store) == script_heads()
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, product FROM campaign").fetchone() == ("旧活动", "面霜")
    rows = con.execute("SELECT id, title, copy_id FROM post ORDER BY id").fetchall()
    assert rows == [(1, "帮忙选款", seed), (2, "帮忙选款", None), (3, "帮忙选款", None)]
    fks = con.execute("PRAGMA foreign_key_list(post)").fetchall()
    assert any(fk[2] == "copy" and fk[3] == "copy_id" and fk[6] == "SET NULL" for fk in fks)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='ix_post_channel_id'").fetchone() == (1,)
    con.close()
    with store.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql("UPDATE post SET copy_id = 99999 WHERE id = 2")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM copy WHERE id = ?", (seed,))
        assert conn.exec_driver_sql("SELECT copy_id FROM post WHERE id = 1").scalar_one() is None
    store.close()
