"""One person, many sources: uncertain matches confirmed or split (and a re-import after a
split keeps the split), rule tags in step with the campaign's data, manual edits undoable,
forgetting a person everywhere at once."""

import dataclasses
from datetime import datetime

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.customers import edits
from flashdesk.customers.service import Filter, people
from tests.customers import exports
from tests.customers.test_import import by_name, load


def two_reds(tmp_path):
    path = tmp_path / "客户.csv"
    path.write_text("客户名称,备注\n小红,小红-上海\n小红,小红-北京\n", encoding="utf-8-sig")
    members = tmp_path / "群成员名单.csv"
    members.write_text("群名称,昵称\n福利1群,小红\n", encoding="utf-8-sig")
    return path, members


def test_a_nickname_shared_by_two_people_is_queued_and_can_be_split(store, campaign_id, tmp_path):
    customers, members = two_reds(tmp_path)
    assert load(store, customers)[0].new_people == 2
    summary, _ = load(store, members, campaign_id)
    assert summary.uncertain == [(2, "小红", 1)] and summary.new_people == 0
    [match] = edits.matches(store)
    assert (match.customer_id, match.source, match.file_row, match.file_name) == (
        1, "customer_membership", 2, "群成员名单.csv")
    change = edits.split(store, match.id)
    newcomer = change.result
    assert [p.id for p in people(store, Filter(campaign_id=campaign_id))] == [newcomer]
    assert edits.matches(store) == []
    again, change = load(store, members, campaign_id)
    assert again.unchanged and change.empty and again.uncertain == []
    assert [p.id for p in people(store, Filter(campaign_id=campaign_id))] == [newcomer]


def test_confirming_keeps_the_match(store, campaign_id, tmp_path):
    customers, members = two_reds(tmp_path)
    load(store, customers)
    load(store, members, campaign_id)
    change = edits.confirm(store, edits.matches(store)[0].id)
    assert edits.matches(store) == []
    assert [p.id for p in people(store, Filter(campaign_id=campaign_id))] == [1]
    change.apply(store, undo=True)
    assert len(edits.matches(store)) == 1


def test_rule_tags_follow_likes_and_orders_after_d_plus_1(store, tmp_path):
    past = create_campaign(store, dataclasses.replace(
        sample_draft(), launch_at=datetime(2026, 6, 18, 20, 0))).result
    load(store, exports.customer_list(tmp_path))
    load(store, exports.member_list(tmp_path), past)
    # the day after D+1 has passed and nobody has ordered yet: all four members
    assert set(by_name(store, tag="未下单")) == {"张三", "赵六", "钱七", "孙八"}
    load(store, exports.order_export(tmp_path), past)
    # 张三 paid; 钱七's order was cancelled, so 钱七 still did not order
    assert set(by_name(store, tag="未下单")) == {"赵六", "钱七", "孙八"}
    load(store, exports.likers(tmp_path), past)
    assert set(by_name(store, tag="高意向")) == {"张三", "孙八", "吴十"}


def test_manual_edits_are_changes(store, tmp_path):
    load(store, exports.customer_list(tmp_path))
    change = edits.add_tag(store, 2, "团长")
    assert by_name(store)["李四"].tags == ("团长",)
    change.apply(store, undo=True)
    assert by_name(store)["李四"].tags == ()
    edits.set_stage(store, 2, "中转")
    assert set(by_name(store, stage="中转")) == {"李四"}
    with pytest.raises(edits.CustomerError, match="鱼塘, 中转, 核心"):
        edits.set_stage(store, 2, "VIP")
    edits.set_notes(store, 2, "周末才回消息")
    with pytest.raises(edits.CustomerError, match="There is no person 99"):
        edits.add_tag(store, 99, "x")


def test_forgetting_a_person_removes_every_row_about_them(store, campaign_id, tmp_path):
    load(store, exports.customer_list(tmp_path))
    load(store, exports.member_list(tmp_path), campaign_id)
    load(store, exports.order_export(tmp_path), campaign_id)
    change = edits.forget(store, [1])
    with store.engine.connect() as db:
        left = [db.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE customer_id = 1").scalar_one()
                for t in ("customer_tag", "customer_membership", "customer_order",
                          "customer_listing", "customer_match")]
    assert left == [0, 0, 0, 0, 0]
    assert "张三" not in by_name(store)
    change.apply(store, undo=True)
    assert by_name(store)["张三"].paid_total == 1098
