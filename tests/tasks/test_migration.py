"""A store at the foundation revision gains the task tables with its campaigns intact."""

import sqlite3
from datetime import datetime

from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade
from flashdesk.tasks.service import TaskDraft, add_task, add_link, load_board


def test_foundation_store_upgrades_with_task_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "0001_foundation")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, "
            "'2026-05-01 00:00:00', '2026-05-01 00:00:00')")
    old.close()

    store = open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT id, name, launch_at FROM campaign").fetchall() == [
        (1, "旧活动", "2026-05-20 20:00:00.000000")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"task", "task_link", "task_role"} <= tables
    a, _ = add_task(store, 1, TaskDraft("开群", start=datetime(2026, 5, 19, 10),
                                        end=datetime(2026, 5, 19, 11)))
    b, _ = add_task(store, 1, TaskDraft("叫醒红包", start=datetime(2026, 5, 19, 9),
                                        end=datetime(2026, 5, 19, 9, 30)))
    add_link(store, a, b, "FS", 30)
    board = load_board(store, 1)
    moved = {t.id: t for t in board.tasks}[b]
    assert moved.start == datetime(2026, 5, 19, 11, 30)
    store.close()
