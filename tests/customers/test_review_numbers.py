"""The rest of the plan gets real numbers, end to end: a member export and an order export
(with the shop's channel column) of the sample campaign feed the review (orders, revenue and
members per day and group; orders per channel), a typed review row still wins for its day
and group, and the Group SOP takes each group's member count from its latest export — its
near-full warning and {remaining} in copies follow — and the sold count from paid orders.
Every figure below is counted by hand from the rows written here."""

from datetime import datetime, timedelta

from flashdesk.campaigns.service import get_campaign
from flashdesk.groups.checks import group_warnings
from flashdesk.groups.copy_values import values_for
from flashdesk.groups.service import quota
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import save_records
from flashdesk.review.summary import review_data
from tests.customers.test_import import load


def groups(store):
    with store.engine.connect() as db:
        return [tuple(row) for row in db.exec_driver_sql(
            "SELECT name, members, capacity FROM chat_group ORDER BY id")]


def write_members(path, group, count, start):
    path.write_text("群名称,昵称,入群时间\n" + "".join(
        f"{group},成员{i},{start + timedelta(hours=i % 48):%Y-%m-%d %H:%M}\n" for i in range(count)),
        encoding="utf-8-sig")
    return path


def test_imported_exports_give_the_review_and_the_group_sop_their_numbers(store, campaign_id,
                                                                           tmp_path):
    launch = get_campaign(store, campaign_id).launch_at
    day1, day2 = launch.date(), launch.date() + timedelta(days=1)
    (first, _members, capacity), *_ = groups(store)
    assert capacity == 200
    # 185 members: 0..184 joined over 48 hours before launch day's evening
    members = write_members(tmp_path / "群成员.csv", first, 185, launch - timedelta(hours=47))
    load(store, members, campaign_id)
    assert groups(store)[0][:2] == (first, 185)
    warnings = [w for w in group_warnings(store, campaign_id, now=launch) if w.kind == "near_full"]
    assert len(warnings) == 1 and "185/200" in warnings[0].message
    orders = tmp_path / "订单.csv"
    lines = ["订单号,下单时间,买家昵称,实付金额,订单状态,渠道"]
    # day 1: members 0..9 buy 199 each (5 from 朋友圈, 5 from 公众号); 成员10's order cancelled;
    # a buyer in no group (路人) buys 299 through 视频号
    lines += [f"D1-{i},{launch + timedelta(minutes=i):%Y-%m-%d %H:%M:%S},成员{i},199,已完成,"
              f"{'朋友圈' if i < 5 else '公众号'}" for i in range(10)]
    lines += [f"D1-10,{launch:%Y-%m-%d %H:%M:%S},成员10,199,已取消,朋友圈",
              f"D1-11,{launch:%Y-%m-%d %H:%M:%S},路人,299,已完成,视频号"]
    # day 2: members 20..22 buy 699 each, no channel
    lines += [f"D2-{i},{datetime.combine(day2, launch.time()):%Y-%m-%d %H:%M:%S},成员{i},699,已完成,"
              for i in range(20, 23)]
    orders.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    load(store, orders, campaign_id)
    assert quota(store, campaign_id).sold == 14  # 10 + 1 + 3 paid orders, the cancelled one not
    remaining = get_campaign(store, campaign_id).quota - 14
    assert values_for(store, campaign_id)["remaining"] == str(remaining)

    data = review_data(store, campaign_id)
    assert [(d.day, d.orders, d.revenue, d.cumulative_orders) for d in data.days] == [
        (day1, 11, 10 * 199 + 299, 11), (day2, 3, 3 * 699, 14)]
    assert data.days[0].members == 185 and data.days[1].members == 185  # all joined by day 1
    assert data.joined == 185 and data.groups == 2  # the group, and the buyers in none ("")
    assert data.imported_days == 3  # (day 1, group), (day 1, none), (day 2, group)
    by_channel = {c.channel: c.orders for c in data.channels}
    # the shop's 朋友圈 is the plan's 企业微信朋友圈; 公众号 and 视频号 are the plan's own names
    assert by_channel["企业微信朋友圈"] == 5 and by_channel["公众号"] == 5
    assert by_channel["视频号"] == 1 and sum(by_channel.values()) == 11

    # a typed review row for day 2 and the group wins over the imported orders of that key
    save_records(store, campaign_id, "daily", rows_from_sequences(KINDS["daily"], [
        [day2, first, 180, 90, 7, 4893]]))
    data = review_data(store, campaign_id)
    assert [(d.day, d.orders, d.members) for d in data.days] == [(day1, 11, 185), (day2, 7, 180)]
    assert data.orders == 18 and data.imported_days == 2

    # the latest member export lists fewer people: the count and the warning follow it
    load(store, write_members(tmp_path / "群成员.csv", first, 150, launch - timedelta(hours=47)),
         campaign_id)
    assert groups(store)[0][1] == 150
    assert not [w for w in group_warnings(store, campaign_id, now=launch) if w.kind == "near_full"]
