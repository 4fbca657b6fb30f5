"""links4_0001 turns post.poster_id into a foreign key: a store made at the previous heads
keeps its posts (and their copy links, and the tasks' links to them), a link to a poster that
never existed is cleared, and a poster removed for good unlinks its posts."""

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads, store_revisions, upgrade

PREVIOUS_HEADS = ("links_0002", "posters_0001", "tasks_0001", "review_0001")


def _old_store(path):
    old = open_store(path, migrate=False)
    for head in PREVIOUS_HEADS:
        upgrade(old, head)
    stamp = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)",
            (stamp, stamp))
        conn.exec_driver_sql(
            "INSERT INTO poster (campaign_id, name, version, format, template, palette, document, "
            "deleted, created_at, updated_at) VALUES (1, '裂变海报', 1, 'phone', 'phone_promo', '', "
            "'{}', 0, ?, ?)", (stamp, stamp))
        conn.exec_driver_sql("INSERT INTO channel (campaign_id, name, kind) VALUES (1, '朋友圈', 'moments')")
        seed = conn.exec_driver_sql("SELECT min(id) FROM copy").scalar_one()
        for poster_id in (1, 99999, None):
            conn.exec_driver_sql(
                "INSERT INTO post (campaign_id, channel_id, day, stage, title, copy_id, poster_id) "
                "VALUES (1, 1, '2026-05-18', 'survey', '帮忙选款', ?, ?)", (seed, poster_id))
        conn.exec_driver_sql(
            "INSERT INTO task (campaign_id, name, start, \"end\", post_id) VALUES "
            "(1, '发朋友圈', '2026-05-18 09:00:00', '2026-05-18 10:00:00', 1)")
    old.close()
    return seed


def test_store_at_previous_heads_keeps_posts_and_links(tmp_path):
    path = tmp_path / "old.sqlite3"
    seed = _old_store(path)
    store = open_store(path)
    assert store_revisions(store) == script_heads() and "links4_0001" in script_heads()
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, product FROM campaign").fetchone() == ("旧活动", "面霜")
    rows = con.execute("SELECT id, title, copy_id, poster_id FROM post ORDER BY id").fetchall()
    assert rows == [(1, "帮忙选款", seed, 1), (2, "帮忙选款", seed, None), (3, "帮忙选款", seed, None)]
    assert con.execute("SELECT name, post_id FROM task").fetchall() == [("发朋友圈", 1)]
    fks = con.execute("PRAGMA foreign_key_list(post)").fetchall()
    assert any(fk[2] == "poster" and fk[3] == "poster_id" and fk[6] == "SET NULL" for fk in fks)
    assert any(fk[2] == "copy" and fk[3] == "copy_id" for fk in fks)  # the earlier key survives
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='ix_post_poster_id'").fetchone() == (1,)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with store.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql("UPDATE post SET poster_id = 99999 WHERE id = 2")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM poster WHERE id = 1")
        assert conn.exec_driver_sql("SELECT poster_id FROM post WHERE id = 1").scalar_one() is None
        assert conn.exec_driver_sql("SELECT count(*) FROM post").scalar_one() == 3
    store.close()


def test_task_links_survive_the_post_rebuild_once_they_are_keys(tmp_path):
    """Once task.post_id is a key with ON DELETE SET NULL (links2), rebuilding `post` would
    unlink every task; links4_0001 keeps the links. The key is put on the old store by hand."""
    path = tmp_path / "old.sqlite3"
    _old_store(path)
    con = sqlite3.connect(path)  # foreign keys off on a plain connection: safe to swap tables
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'task'").fetchone()[0]
    keyed = sql.replace("CREATE TABLE task (", "CREATE TABLE task_keyed (").replace(
        "post_id INTEGER,", "post_id INTEGER REFERENCES post (id) ON DELETE SET NULL,")
    assert keyed != sql
    con.executescript(f"{keyed}; INSERT INTO task_keyed SELECT * FROM task; DROP TABLE task; "
                      "ALTER TABLE task_keyed RENAME TO task;")
    con.close()
    store = open_store(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, post_id FROM task").fetchall() == [("发朋友圈", 1)]
    assert any(fk[2] == "post" for fk in con.execute("PRAGMA foreign_key_list(task)").fetchall())
    con.close()
    store.close()
