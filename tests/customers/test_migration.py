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


def test_store_at_customers_0001_keeps_its_people_and_gains_the_match_queue(tmp_path):
    def rows(run):
        run("INSERT INTO customer (id, nickname, remark, phone, paid_total) "
            "VALUES (1, '小红', '小红-上海', '13800000001', 520.0)")
        run("INSERT INTO customer_tag (id, customer_id, tag, origin) VALUES (1, 1, '宝妈', 'import')")

    path = old_store(tmp_path, "0001_foundation", "customers_0001", rows=rows)
    store = open_store(path)
    [person] = people(store)
    assert (person.nickname, person.phone, person.tier, person.tags) == (
        "小红", "13800000001", "初级", ("宝妈",))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM customer_match").fetchone() == (0,)
    store.close()


def test_store_at_customers_0002_keeps_its_queue_and_gains_follow_ups(tmp_path):
    def rows(run):
        run("INSERT INTO customer (id, nickname) VALUES (1, '小红')")
        run("INSERT INTO customer_listing (id, customer_id, campaign_id, label) "
            "VALUES (1, 1, 1, '点赞')")
        run("INSERT INTO customer_match (id, customer_id, source, source_id, nickname, file_row, "
            "file_name) VALUES (1, 1, 'customer_listing', 1, '小红', 2, '点赞.txt')")

    path = old_store(tmp_path, "0001_foundation", "customers_0002", rows=rows)
    store = open_store(path)
    from flashdesk.customers.edits import matches
    from flashdesk.customers.followups import follow_ups, mark

    assert [(m.nickname, m.file_name) for m in matches(store)] == [("小红", "点赞.txt")]
    assert [i.kind.kind for i in follow_ups(store, 1)] == ["invite"]
    mark(store, 1, 1, "invite", "done")
    assert [i.status for i in follow_ups(store, 1)] == ["done"]
    store.close()


def test_store_at_customers_0003_keeps_orders_and_tags_and_gains_channels_and_indexes(tmp_path):
    def rows(run):
        run("INSERT INTO customer (id, nickname, phone, paid_total) VALUES (1, '小红', "
            "'13800000001', 1098.0)")
        run("INSERT INTO customer_tag (id, customer_id, tag, origin) VALUES (1, 1, '宝妈', 'import')")
        run("INSERT INTO customer_order (id, customer_id, campaign_id, order_no, ordered_at, "
            "amount, refund, status, paid) VALUES (1, 1, 1, 'A1', '2026-06-18 20:00:05.000000', "
            "1098.0, 0, '已完成', 1098.0)")
        run("INSERT INTO customer_membership (id, customer_id, campaign_id, group_name) "
            "VALUES (1, 1, 1, '福利1群')")

    path = old_store(tmp_path, "0001_foundation", "customers_0003", rows=rows)
    store = open_store(path)
    from flashdesk.customers.service import Filter, count

    [person] = people(store, Filter(campaign_id=1, tag="宝妈"))
    assert (person.nickname, person.tier, person.paid_total) == ("小红", "核心", 1098.0)
    assert count(store, Filter(campaign_id=1)) == 1
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT order_no, channel, paid FROM customer_order").fetchall() == [
            ("A1", "", 1098.0)]
        indexes = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_customer_order_campaign_customer", "ix_customer_membership_campaign_customer",
            "ix_customer_listing_campaign_customer", "ix_customer_tag_tag_customer"} <= indexes
    assert "ix_customer_tag_tag" not in indexes
    store.close()


def test_store_at_customers_0004_keeps_its_people_and_gains_tombstones(tmp_path):
    def rows(run):
        run("INSERT INTO customer (id, nickname, remark, phone, paid_total) VALUES (1, '张三', "
            "'张三-老客', '13800000001', 1098.0), (2, '李四', '', '13800000002', 0)")
        run("INSERT INTO customer_order (id, customer_id, campaign_id, order_no, ordered_at, "
            "amount, refund, status, paid, channel) VALUES (1, 1, 1, 'A1001', "
            "'2026-06-18 20:00:05.000000', 1098.0, 0, '已完成', 1098.0, '直播')")

    path = old_store(tmp_path, "0001_foundation", "customers_0004", rows=rows)
    store = open_store(path)
    from flashdesk.customers.edits import forget

    assert [(p.nickname, p.paid_total) for p in people(store)] == [("张三", 1098.0), ("李四", 0)]
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT order_no, channel FROM customer_order").fetchall() == [
            ("A1001", "直播")]
        assert db.execute("SELECT count(*) FROM customer_forgotten").fetchone() == (0,)
    forget(store, [1])
    summary, _change = load(store, exports.order_export(tmp_path), 1)
    assert summary.forgotten == 2 and "张三" not in {p.nickname for p in people(store)}
    store.close()
