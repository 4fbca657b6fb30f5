"""A store at the foundation revision gains the task tables with its campaigns intact."""

import sqlite3
from datetime import datetime

from flashdesk.store import open_store
from flashdesk.tasks.service import TaskDraft, add_link, add_task, load_board
from tests.old_stores import old_store


def test_foundation_store_upgrades_with_task_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

    store = open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT id, name, launch_at FROM campaign").fetchall() == [
        (1, "旧活动", "2026-05-20 20:00:00.000000")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"task", "task_link", "task_role"} <= tables
    a = add_task(store, 1, TaskDraft("开群", start=datetime(2026, 5, 19, 10),
                                     end=datetime(2026, 5, 19, 11))).result
    b = add_task(store, 1, TaskDraft("叫醒红包", start=datetime(2026, 5, 19, 9),
                                     end=datetime(2026, 5, 19, 9, 30))).result
    add_link(store, a, b, "FS", 30)
    board = load_board(store, 1)
    moved = {t.id: t for t in board.tasks}[b]
    assert moved.start == datetime(2026, 5, 19, 11, 30)
    store.close()
