"""A store made before the channels capability upgrades with its campaigns intact and gets
working channel and post tables."""

import sqlite3
from datetime import datetime

from flashdesk.channels.drafts import ChannelDraft
from flashdesk.channels.service import add_channel, list_channels
from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade


def test_foundation_store_gains_channel_tables(tmp_path):
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
    row = sqlite3.connect(path).execute("SELECT id, name, quota, notes FROM campaign").fetchone()
    assert row[1:] == ("旧活动", 300, "老数据")
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"channel", "post"} <= tables
    channel_id = add_channel(store, row[0], ChannelDraft("社区团长群", forms=("poster",)))
    assert [(c.id, c.name, c.forms) for c in list_channels(store, row[0])] == [(channel_id, "社区团长群", "poster")]
    store.close()
