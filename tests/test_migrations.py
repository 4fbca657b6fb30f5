"""A store made by an older schema is upgraded with its data intact, after a backup."""

import sqlite3
from datetime import datetime

from flashdesk.store import open_store
from flashdesk.store.backup import list_backups
from flashdesk.store.migrations import script_heads, store_revisions, upgrade


def test_store_at_foundation_upgrades_to_every_head(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "0001_foundation")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES "
            "('旧活动', '面霜', '美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '老数据', 0, 0, "
            "?, ?)", (datetime(2026, 5, 1).isoformat(" "), datetime(2026, 5, 1).isoformat(" ")))
    old.close()

    store = open_store(path)
    assert store_revisions(store) == script_heads()
    row = sqlite3.connect(path).execute(
        "SELECT name, product, list_price, deal_price, quota, launch_at, lifetime_days, notes "
        "FROM campaign").fetchone()
    assert row == ("旧活动", "面霜", 299.0, 199.0, 300, "2026-05-20 20:00:00.000000", 2, "老数据")
    if script_heads() != {"0001_foundation"}:
        assert list_backups(path), "a backup is taken before any migration runs"
    store.close()


def test_opening_a_current_store_takes_no_backup(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    open_store(path).close()
    assert list_backups(path) == []


def test_light_revision_reading_agrees_with_alembic():
    from flashdesk.store.migrations import known_heads, revision_graph

    from alembic.script import ScriptDirectory
    from flashdesk.store.migrations import _config

    script = ScriptDirectory.from_config(_config())
    assert known_heads() == script_heads()
    assert set(revision_graph()) == {rev.revision for rev in script.walk_revisions()}
