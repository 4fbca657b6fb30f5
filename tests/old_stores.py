"""Stores made by an earlier schema, for the migration tests: each capability builds one at
the revisions before its own, then checks that opening it upgrades with the data intact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade

# The campaign every old store holds: (name, product, industry, list, deal, quota, launch,
# lifetime days, notes) as the foundation schema stores them.
OLD_CAMPAIGN = ("旧活动", "面霜", "美妆", 299.0, 199.0, 300, "2026-05-20 20:00:00.000000", 2, "老数据")
STAMP = "2026-05-01 00:00:00.000000"


def old_store(folder: Path, *revisions: str, rows: Callable | None = None) -> Path:
    """A store file at `revisions` (in order) holding OLD_CAMPAIGN as campaign 1; `rows(run)`
    may add more through `run(sql, params)`. Closed, ready for open_store to upgrade."""
    path = folder / "old.sqlite3"
    old = open_store(path, migrate=False)
    for revision in revisions or ("0001_foundation",):
        upgrade(old, revision)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, "
            "launch_at, lifetime_days, notes, archived, deleted, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", OLD_CAMPAIGN + (STAMP, STAMP))
        if rows:
            rows(conn.exec_driver_sql)
    old.close()
    return path
