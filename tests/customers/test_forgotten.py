"""A forgotten person stays forgotten: importing the same exports again skips their rows and
says how many; undoing the forget lets them back; the tombstones hold nothing in clear."""

import sqlite3

import pytest

from flashdesk.customers import edits, forgotten
from flashdesk.customers.forgotten import Tombstones
from flashdesk.customers.service import Filter, people
from flashdesk.store import open_store
from tests.customers import exports
from tests.customers.test_import import all_four, by_name, load
from tests.customers.test_people import two_reds


def _forget(store, nickname):
    return edits.forget(store, [by_name(store)[nickname].id])


def test_reimporting_the_same_exports_does_not_bring_a_forgotten_person_back(
        store, campaign_id, tmp_path):
    all_four(store, tmp_path, campaign_id)
    before = by_name(store)
    _forget(store, "张三")
    dry, _ = load(store, exports.order_export(tmp_path), campaign_id, dry_run=True)
    assert dry.forgotten == 2  # his two orders, by phone
    results = all_four(store, tmp_path, campaign_id)
    # the customer list by phone, the member list and the likers by nickname, two orders
    assert [s.forgotten for s, _ in results] == [1, 1, 2, 1]
    assert [s.new_people for s, _ in results] == [0, 0, 0, 0]
    assert "2" in results[2][0].forgotten_note()
    after = by_name(store)
    assert "张三" not in after
    assert sorted(after) == sorted(set(before) - {"张三"})
    assert after["李四"].paid_total == 299  # everyone else's rows were imported as before


def test_a_person_of_the_same_nickname_still_here_keeps_their_rows(store, campaign_id, tmp_path):
    customers, members = two_reds(tmp_path)
    load(store, customers)
    edits.forget(store, [1])  # 小红 of 上海; 小红 of 北京 stays
    again, _ = load(store, customers)
    assert (again.forgotten, again.new_people) == (1, 0)
    summary, _ = load(store, members, campaign_id)  # 小红 alone: the one 小红 still here
    assert summary.forgotten == 0 and summary.forgotten_note() == ""
    assert [(p.id, p.remark) for p in people(store, Filter(campaign_id=campaign_id))] == [
        (2, "小红-北京")]


def test_a_forgotten_user_id_is_skipped_under_a_new_nickname(store, campaign_id, tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("客户名称,外部联系人ID\n小红,wmAAA1\n小绿,wmBBB2\n", encoding="utf-8-sig")
    load(store, path)
    _forget(store, "小红")
    path.write_text("客户名称,外部联系人ID\n红红,wmAAA1\n小绿,wmBBB2\n", encoding="utf-8-sig")
    summary, _ = load(store, path)
    assert (summary.forgotten, summary.new_people) == (1, 0)
    assert sorted(by_name(store)) == ["小绿"]


def test_undoing_the_forget_lets_the_next_import_bring_them_back(store, campaign_id, tmp_path):
    load(store, exports.customer_list(tmp_path))
    change = _forget(store, "张三")
    change.apply(store, undo=True)
    with store.engine.connect() as db:
        assert db.exec_driver_sql("SELECT count(*) FROM customer_forgotten").scalar_one() == 0
    edits.forget(store, [by_name(store)["张三"].id]).apply(store, undo=True)
    _forget(store, "李四")
    summary, _ = load(store, exports.order_export(tmp_path), campaign_id)
    assert summary.forgotten == 1  # 李四's masked phone: skipped by nickname
    assert by_name(store)["张三"].paid_total == 1098
    assert "李四" not in by_name(store)


@pytest.mark.sqlite_only
def test_tombstones_hold_no_phone_or_name_in_clear(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    load(store, exports.customer_list(tmp_path))
    _forget(store, "张三")
    with store.engine.connect() as db:
        keys = [k for (k,) in db.exec_driver_sql("SELECT key FROM customer_forgotten")]
    store.close()
    assert len(keys) == 3  # phone, nickname, nickname + remark (the list has no user id)
    assert all(len(k) == 64 and int(k, 16) >= 0 for k in keys)
    data = path.read_bytes()
    for clear in ("13800000001", "张三", "张三-老客", "00000001"):
        assert clear.encode() not in data
    with sqlite3.connect(path) as db:
        [(salt,)] = db.execute("SELECT value FROM store_info WHERE key = 'customers_forget_salt'")
    assert len(bytes.fromhex(salt)) == 32


def test_a_person_forgotten_without_a_remark_is_not_back_under_one(store, tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("客户名称\n小王\n", encoding="utf-8-sig")
    load(store, path)
    _forget(store, "小王")
    path.write_text("客户名称,备注\n小王,老客户\n", encoding="utf-8-sig")
    summary, _ = load(store, path)  # the importer would have matched it to that 小王
    assert (summary.forgotten, summary.new_people) == (1, 0)
    assert by_name(store) == {}


def test_undoing_one_forget_keeps_the_tombstones_of_another_of_the_same_nickname(
        store, tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("客户名称,备注\n小王,小王-上海\n小王,小王-北京\n", encoding="utf-8-sig")
    load(store, path)
    first = edits.forget(store, [1])
    edits.forget(store, [2])
    first.apply(store, undo=True)  # as another operator may, after the second forget
    assert [p.id for p in people(store)] == [1]
    with store.session() as session:
        # the second forget's nickname and nickname + remark keys are all still there
        assert Tombstones(session).named({"nickname": "小王"})
        assert Tombstones(session).named({"nickname": "小王", "remark": "小王-北京"})
        assert not Tombstones(session).named({"nickname": "小王", "remark": "小王-上海"})


def test_a_row_of_someone_still_here_with_a_forgotten_phone_is_theirs_without_it(
        store, tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("客户名称,外部联系人ID,备注手机号\n小红,wmAAA1,13800000011\n小绿,wmBBB2,\n",
                    encoding="utf-8-sig")
    load(store, path)
    _forget(store, "小红")
    path.write_text("客户名称,外部联系人ID,备注手机号\n小绿,wmBBB2,13800000011\n",
                    encoding="utf-8-sig")
    summary, _ = load(store, path)
    assert (summary.forgotten, summary.new_people) == (0, 0)
    assert [(p.id, p.nickname, p.phone) for p in people(store)] == [(2, "小绿", "")]


# PostgreSQL only: on SQLite the immediate transaction lets one first forget in at a time
def test_two_first_forgets_at_once_share_one_salt(pg_store_url, monkeypatch):
    store = open_store(pg_store_url)
    made = forgotten.secrets.token_hex

    def other_operator_first(size):  # their salt lands between our read and our write
        with store.engine.begin() as db:
            db.exec_driver_sql("INSERT INTO store_info (key, value) VALUES (%s, %s)",
                               (forgotten.SALT, "ab" * 32))
        return made(size)

    monkeypatch.setattr(forgotten.secrets, "token_hex", other_operator_first)
    try:
        assert forgotten.salt(store) == bytes.fromhex("ab" * 32)
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_forget_leaves_no_copy_in_the_log_nor_secure_delete_on(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    load(store, exports.customer_list(tmp_path))
    with store.engine.connect() as db:  # as a build that does not zero deleted rows
        db.exec_driver_sql("PRAGMA secure_delete = OFF")
    _forget(store, "张三")
    with store.engine.connect() as db:
        assert db.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 0
    wal = path.with_name(path.name + "-wal")
    for data in (path.read_bytes(), wal.read_bytes() if wal.exists() else b""):
        assert b"13800000001" not in data and "张三-老客".encode() not in data
    store.close()
