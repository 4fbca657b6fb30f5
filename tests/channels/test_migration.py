"""A store made before the channels capability upgrades with its campaigns intact and gets
working channel and post tables."""

import sqlite3

from flashdesk.channels.drafts import ChannelDraft
from flashdesk.channels.service import add_channel, list_channels
from flashdesk.store import open_store
from tests.old_stores import old_store


def test_foundation_store_gains_channel_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT id, name, quota, notes FROM campaign").fetchone()
    assert row[1:] == ("旧活动", 300, "老数据")
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"channel", "post"} <= tables
    channel_id = add_channel(store, row[0], ChannelDraft("社区团长群", forms=("poster",))).result
    assert [(c.id, c.name, c.forms) for c in list_channels(store, row[0])] == [(channel_id, "社区团长群", "poster")]
    store.close()
