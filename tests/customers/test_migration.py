"""A store made before customers existed gains their tables with its campaign intact, and
takes an import."""

import sqlite3

from flashdesk.customers.service import people
from flashdesk.store import open_store
from tests.customers import exports
from tests.customers.test_import import load
from tests.old_stores import OLD_CAMPAIGN, old_store


def test_foundation_store_gets_customer_tables(tmp_path):
    path = old_store(tmp_path, "0001_foundation")
    store = open_store(path)
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT id, name, product, quota FROM campaign").fetchone()
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert row[1:] == OLD_CAMPAIGN[:2] + (OLD_CAMPAIGN[5],)
    assert {"customer", "customer_tag", "customer_membership", "customer_order",
            "customer_listing", "customer_mapping"} <= tables
    load(store, exports.order_export(tmp_path), row[0])
    assert len(people(store)) == 4  # 李四 by nickname: the shop masks the phone
    store.close()
