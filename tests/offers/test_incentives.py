"""Red packets and draws per key node against the budget: the playbook's defaults, edits as
one undo step, the budget summed per node occurrence, the warning in the workbook."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.incentives import IncentiveDraft, budget_plan, incentives, set_incentives
from flashdesk.campaigns.offer import OfferDraft
from flashdesk.campaigns.service import CampaignError, create_campaign, duplicate_campaign, get_offer
from flashdesk.groups.incentive_plan import incentive_plan, node_counts
from flashdesk.playbook import default_playbook
from flashdesk.workbook.export import export_workbook
from tests.change_check import assert_round_trip, dump


def test_new_campaign_gets_the_playbooks_incentives_and_budget(store, campaign_id):
    section = default_playbook().section("offers")
    rows = incentives(store, campaign_id)
    assert [(r.node_key, r.kind, r.count) for r in rows] == [
        (i["node"], i["kind"], i["count"]) for i in section["incentive"]]
    assert get_offer(store, campaign_id).budget == 800  # the sample's
    plain = create_campaign(store, CampaignDraft(name="x", product="p",
                                                 launch_at=datetime(2026, 6, 18, 20))).result
    assert get_offer(store, plain).budget == section["budget"]


def test_a_daily_node_spends_once_per_group_day(store, campaign_id):
    counts = node_counts(store, campaign_id)
    assert counts["wake_up"] == 1 and counts["questions"] >= 2  # the sample lives 3 days
    rows = [IncentiveDraft("wake_up", "red_packet", 10, 2, 10, "群主"),
            IncentiveDraft("questions", "red_packet", 5, 1, 5, "客服")]
    plan = budget_plan(rows, counts, 100)
    assert plan.planned == 10 * 10 + 5 * 5 * counts["questions"]
    assert plan.expected == 10 * 6 + 5 * 3 * counts["questions"]
    assert budget_plan(rows, {"wake_up": 1}, 100).planned == 100  # a node the group lacks spends nothing


def test_node_counts_are_those_of_the_key_node_rows(store, campaign_id):
    """node_counts counts in SQL (no table class): the same as counting the rows the Group
    SOP reads, for the campaign asked about only."""
    from collections import Counter

    from flashdesk.groups.service import rows
    from flashdesk.groups.tables import KeyNode

    other = duplicate_campaign(store, campaign_id, "copy", datetime(2026, 9, 9, 20), lifetime_days=5).result
    for campaign in (campaign_id, other):
        assert node_counts(store, campaign) == Counter(node.key for node in rows(store, KeyNode, campaign))
    assert node_counts(store, other) != node_counts(store, campaign_id)  # a longer group
    assert node_counts(store, 10_000) == {}


def test_editing_incentives_is_one_undoable_change(store, campaign_id):
    rows = [IncentiveDraft("order_flood", "draw", 3, 20, 50, "运营")]
    assert_round_trip(store, lambda: set_incentives(store, campaign_id, rows, 120))
    assert incentives(store, campaign_id) == rows and get_offer(store, campaign_id).budget == 120


@pytest.mark.parametrize(("row", "words"), [
    (IncentiveDraft("nowhere", "red_packet", 1, 1, 2), "unknown key node"),
    (IncentiveDraft("wake_up", "red_packet", 0, 1, 2), "count"),
    (IncentiveDraft("wake_up", "red_packet", 1, 5, 2), "swap them"),
    (IncentiveDraft("wake_up", "red_packet", 1, -1, 2), "negative"),
    (IncentiveDraft("wake_up", "coupon", 1, 1, 2), "unknown kind"),
])
def test_bad_incentives_are_refused_and_the_store_unchanged(store, campaign_id, row, words):
    before = dump(store)
    with pytest.raises(CampaignError, match="Row 1") as raised:
        set_incentives(store, campaign_id, [row], 100)
    assert words in str(raised.value)
    assert dump(store) == before


def test_duplicate_takes_incentives_along(store, campaign_id):
    set_incentives(store, campaign_id, [IncentiveDraft("close", "draw", 1, 50, 100, "群主")], 300)
    copy = duplicate_campaign(store, campaign_id, "复制", datetime(2026, 9, 1, 20)).result
    assert incentives(store, copy) == incentives(store, campaign_id)
    assert get_offer(store, copy).budget == 300


def test_workbook_shows_the_budget_and_warns_when_exceeded(store, campaign_id, tmp_path):
    def overview():
        sheet = load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))["活动概览"]
        return {row[0].value: row[1] for row in sheet.iter_rows(min_row=3)}

    cells = overview()
    plan = incentive_plan(store, campaign_id)
    assert cells["红包预算（元）"].value == 800 and cells["预算提示"].value == "在预算内"
    assert cells["红包计划上限（元）"].value == pytest.approx(plan.planned)
    assert cells["赠品"].value == "380ml 正装" and cells["比原价省（元，含赠品）"].value == 450
    set_incentives(store, campaign_id, [IncentiveDraft("wake_up", "red_packet", 20, 10, 50, "群主")], 500)
    cells = overview()
    assert cells["红包计划上限（元）"].value == 1000
    assert cells["预算提示"].value.startswith("超出预算 500.00 元")
    assert cells["预算提示"].font.color.rgb.endswith("C62828")
    runbook = load_workbook(tmp_path / "team.xlsx")["关键节点执行表"]
    header = [c.value for c in runbook[2]]
    column = header.index("红包/抽奖")
    first = next(row for row in runbook.iter_rows(min_row=3, values_only=True) if row[0] == "叫醒红包")
    assert first[column] == "红包 20 个 ¥10–50（群主）"


def test_workbook_without_prices_does_not_write_zero(store, tmp_path):
    cid = create_campaign(store, CampaignDraft(name="x", product="p", launch_at=datetime(2026, 6, 18, 20),
                                               offer=OfferDraft(budget=100))).result
    sheet = load_workbook(export_workbook(store, cid, tmp_path / "t.xlsx"))["活动概览"]
    cells = {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert cells["到手价（元）"] == "未设" and cells["原价（元）"] == "未设"
