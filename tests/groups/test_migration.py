"""A store made before the groups tables existed is upgraded with its campaign intact."""

import sqlite3
from datetime import datetime

from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup, CrisisPlan
from flashdesk.store import open_store
from tests.old_stores import old_store


def test_foundation_store_gains_group_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

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
                                 now=datetime(2026, 5, 19, 10, 0)).result
    assert [g.id for g in service.rows(store, ChatGroup, campaign_id)] == [group_id]
    assert len(service.setup_checklist(store, group_id)) == 5
    assert service.quota(store, campaign_id).sold == 0
    service.set_sold(store, campaign_id, 120)
    assert service.quota(store, campaign_id).remaining == 180
    service.add_crisis_plan(store, campaign_id, "断货")
    assert [p.risk for p in service.rows(store, CrisisPlan, campaign_id)] == ["断货"]
    store.close()
