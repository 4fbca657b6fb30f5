"""links_0002 turns the groups area's copy_id columns into foreign keys. A store at the
links_0001 and groups heads keeps its groups, checklists, key nodes and — the trap of
rebuilding key_node in SQLite with foreign keys on — every beat of the runbook."""

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads, store_revisions, upgrade


def test_store_at_links_and_groups_heads_keeps_groups_nodes_and_beats(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    for head in ("channels_0001", "copies_0001", "links_0001", "groups_0001"):
        upgrade(old, head)
    stamp = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)",
            (stamp, stamp))
        seed = run("SELECT min(id) FROM copy").scalar_one()
        run("INSERT INTO chat_group (campaign_id, name, created_on, expires_at) VALUES (1, '福利1群', ?, ?)",
            (stamp, stamp))
        run("INSERT INTO group_setup_item (group_id, key, title, text, copy_id) "
            "VALUES (1, 'announcement', '群公告', '公告正文', ?), (1, 'welcome', '欢迎语', '欢迎', 99999)", (seed,))
        run("INSERT INTO key_node (campaign_id, key, name, at, owner, copy_id) "
            "VALUES (1, 'wake_up', '叫醒红包', '2026-05-20 19:30:00', '小美', ?)", (seed,))
        for n in range(3):
            run("INSERT INTO node_beat (node_id, position, kind, text, wait_minutes, state) "
                "VALUES (1, ?, 'say', ?, 1, 'pending')", (n, f"第{n}句"))
    old.close()

    store = open_store(path)
    assert store_revisions(store) == script_heads()
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM campaign").fetchall() == [("旧活动",)]
    assert con.execute("SELECT key, text, copy_id FROM group_setup_item ORDER BY id").fetchall() == [
        ("announcement", "公告正文", seed), ("welcome", "欢迎", None)]
    assert con.execute("SELECT name, owner, copy_id FROM key_node").fetchall() == [("叫醒红包", "小美", seed)]
    assert con.execute("SELECT text FROM node_beat WHERE node_id = 1 ORDER BY position").fetchall() == [
        ("第0句",), ("第1句",), ("第2句",)]
    for table in ("group_setup_item", "key_node"):
        fks = con.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        assert any(fk[2] == "copy" and fk[3] == "copy_id" and fk[6] == "SET NULL" for fk in fks)
    assert con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'links_%'").fetchall() == []
    con.close()
    with store.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql("UPDATE key_node SET copy_id = 99999")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM copy WHERE id = ?", (seed,))
        assert conn.exec_driver_sql("SELECT copy_id FROM key_node").scalar_one() is None
        # the cascade from a key node to its beats still holds after the rebuild
        conn.exec_driver_sql("DELETE FROM key_node")
        assert conn.exec_driver_sql("SELECT count(*) FROM node_beat").scalar_one() == 0
    store.close()
