"""A store made before the groups tables existed is upgraded with its campaign intact."""

import sqlite3
from datetime import datetime

from flashdesk.groups import service
from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade
from flashdesk.store.tables import ChatGroup, CrisisPlan


def test_foundation_store_gains_group_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "0001_foundation")
    stamp = datetime(2026, 5, 1).isoformat(" ")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO campaign (name, product, industry, list_price, deal_price, quota, launch_at, "
            "lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES ('旧活动', '面霜', "
            "'美妆', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, ?, ?)", (stamp, stamp))
    old.close()

    store = open_store(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, quota FROM campaign").fetchone() == ("旧活动", 300)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"group_campaign", "chat_group", "group_setup_item", "key_node", "node_beat",
            "timetable_slot", "weekly_rhythm", "setup_sop_item", "crisis_plan"} <= tables
    con.close()
    # the old campaign has no group plan yet, but the services work on it
    campaign_id = 1
    group_id = service.add_group(store, campaign_id, qr_payload="https://weixin.qq.com/g/abc",
                                 now=datetime(2026, 5, 19, 10, 0))
    assert [g.id for g in service.rows(store, ChatGroup, campaign_id)] == [group_id]
    assert len(service.setup_checklist(store, group_id)) == 5
    assert service.set_sold(store, campaign_id, 120) == 0
    assert service.quota(store, campaign_id).remaining == 180
    service.add_crisis_plan(store, campaign_id, "断货")
    assert [p.risk for p in service.rows(store, CrisisPlan, campaign_id)] == ["断货"]
    store.close()
