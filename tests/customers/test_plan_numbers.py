"""The Group SOP gets real numbers: a group's member count from the latest member export
that lists it, the sold count from the campaign's paid orders — in the import's one Change."""


from flashdesk.groups.service import quota
from tests.customers import exports
from tests.customers.test_import import load


def group(store):
    with store.engine.connect() as db:
        return tuple(db.exec_driver_sql("SELECT name, members FROM chat_group").one())


def test_member_export_sets_the_group_count_and_orders_the_sold_count(store, campaign_id, tmp_path):
    name, before = group(store)
    assert before == 0
    path = tmp_path / "群成员.csv"
    path.write_text("群名称,昵称\n" + "".join(f"{name},成员{i}\n" for i in range(150))
                    + "别的群,路人\n", encoding="utf-8-sig")
    _summary, change = load(store, path, campaign_id)
    assert group(store) == (name, 150)
    # the latest export lists fewer people: some left
    path.write_text("群名称,昵称\n" + "".join(f"{name},成员{i}\n" for i in range(140)),
                    encoding="utf-8-sig")
    load(store, path, campaign_id)
    assert group(store) == (name, 140)
    load(store, exports.order_export(tmp_path), campaign_id)
    assert quota(store, campaign_id).sold == 4  # 5 orders, one cancelled
    change.apply(store, undo=True)  # undoing an import puts the group's count back too
    assert group(store)[1] == 0
