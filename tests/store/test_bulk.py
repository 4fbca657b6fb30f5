"""Bulk writes (store/bulk.py) inside store.edit(): the rows land as the ORM would store them
(dates and times as the same text), and the Change they make — built from the images the
writer handed over, not read back — undoes and redoes the store row for row and says
exactly what the rows now hold."""

from datetime import date, datetime

from sqlalchemy import select

from flashdesk.customers.tables import Customer, CustomerOrder
from flashdesk.store.bulk import insert_new, insert_rows, update_rows
from flashdesk.store.ids import new_ids
from tests.change_check import assert_round_trip


def _people(n, start=1):
    return [{"id": start + i, "nickname": f"客户{i}", "phone": f"13{i:09d}",
             "added_on": date(2026, 5, 1 + i % 28)} for i in range(n)]


def test_bulk_inserts_and_updates_undo_and_redo_row_for_row(store):
    with store.edit() as edit:  # rows the import made earlier
        insert_rows(edit.session, Customer.__table__, _people(3))

    def action():
        with store.edit() as edit:
            table = Customer.__table__
            insert_rows(edit.session, table, _people(5, start=10))
            update_rows(edit.session, table, [{"id": 2, "paid_total": 699.0},
                                              {"id": 11, "paid_total": 199.0}])
            update_rows(edit.session, table, [{"id": 11, "stage": "核心"}])
            insert_rows(edit.session, CustomerOrder.__table__, [
                {"id": 1, "customer_id": 11, "order_no": "N1",
                 "ordered_at": datetime(2026, 6, 18, 20, 0, 5), "amount": 199.0, "paid": 199.0}])
        return edit.change

    change = assert_round_trip(store, action)
    # the images handed over are what the rows hold, column for column
    with store.session() as session:
        for table in (Customer.__table__, CustomerOrder.__table__):
            stored = {(row.id,): dict(row._mapping) for row in session.execute(select(table))}
            for image in (r for r in change.rows if r.table == table.name):
                assert image.after == stored[image.key]
    by_key = {(r.table, r.key): r for r in change.rows}
    assert by_key[("customer", (2,))].before["paid_total"] == 0.0
    assert by_key[("customer", (11,))].before is None
    assert by_key[("customer", (11,))].after["stage"] == "核心"
    assert len(change.ids("customer")) == 6


def test_bulk_times_are_stored_as_the_orm_stores_them(store):
    at = datetime(2026, 6, 18, 20, 0, 5)
    with store.edit() as edit:
        [person] = new_ids(edit.session, Customer, 1)
        insert_rows(edit.session, Customer.__table__, _people(1, person))
        [order_id] = new_ids(edit.session, CustomerOrder, 1)  # PostgreSQL: from its sequence
        insert_rows(edit.session, CustomerOrder.__table__, [
            {"id": order_id, "customer_id": person, "order_no": "N1", "ordered_at": at,
             "amount": 1.0}])
        edit.session.add(CustomerOrder(customer_id=person, order_no="N2", ordered_at=at, amount=1.0))
    with store.engine.connect() as db:  # as stored: the same text on SQLite, the same time elsewhere
        stored = [tuple(r) for r in db.exec_driver_sql(
            "SELECT ordered_at FROM customer_order ORDER BY id")]
        day = tuple(db.exec_driver_sql("SELECT added_on FROM customer").one())
    assert stored[0] == stored[1]
    if store.engine.dialect.name == "sqlite":
        assert stored[0] == ("2026-06-18 20:00:05.000000",) and day == ("2026-05-01",)
    with store.session() as session:  # a query for a time finds the bulk row too
        assert len(session.execute(select(CustomerOrder.__table__.c.id).where(
            CustomerOrder.__table__.c.ordered_at == at)).scalars().all()) == 2


def test_new_ids_follow_a_row_the_orm_has_not_written_yet(store):
    """insert_new reads the largest id with plain SQL, which flushes a pending row first
    only while the session autoflushes: it flushes whatever the session's setting."""
    with store.edit() as edit, edit.session.no_autoflush:
        edit.session.add(Customer(nickname="待写入", phone="13900000000"))
        ids = insert_new(edit.session, Customer.__table__, [
            {"nickname": "批量", "phone": "13900000001", "added_on": date(2026, 5, 1)}])
    with store.session() as session:
        names = dict(session.execute(select(Customer.__table__.c.id, Customer.__table__.c.nickname)).all())
    assert len(names) == 2 and names[ids[0]] == "批量"
