"""活动概览: the campaign's details, its deal, the red packets and draws against their budget
(a warning cell when the plan exceeds it) and the key dates: the first sheet people print."""

from __future__ import annotations

from copy import copy

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.workbook.cells import BODY_FONT, LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "活动概览"
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
WARNING_FONT = copy(BODY_FONT)
WARNING_FONT.b, WARNING_FONT.color = True, "C62828"


def offer_rows(context: SheetContext) -> list[tuple[str, object]]:
    """The deal and the incentives, as label/value rows; a missing price says so (never 0)."""
    from flashdesk.campaigns.incentives import KIND_CHINESE
    from flashdesk.campaigns.offer import offer_values, saving
    from flashdesk.campaigns.service import get_offer
    from flashdesk.groups.incentive_plan import by_node, incentive_plan, node_counts

    store, campaign = context.store, context.campaign
    offer = get_offer(store, campaign.id)
    deal = offer_values(campaign, offer)
    names = {node["key"]: node["name"] for node in context.playbook.section("groups")["node"]}
    counts = node_counts(store, campaign.id)
    rows: list[tuple[str, object]] = [
        ("赠品", deal["gift"] or "无"),
        ("赠品价值（元）", offer.gift_value if deal["gift"] else "—"),
        ("优惠券", deal["coupon"] or "无"),
        ("定金（元）", offer.deposit if deal["deposit"] else "无预售"),
        ("尾款支付时间", deal["balance"] or "—"),
        ("新人礼", deal["new_member_gift"] or "无"),
        ("每人限购（件）", offer.limit_per_person or "不限"),
        ("比原价省（元，含赠品）", saving(campaign, offer)),
    ]
    for key, lines in by_node(store, campaign.id).items():
        for line in lines:
            times = counts.get(key, 0)
            rows.append((f"{names.get(key, key)} · {KIND_CHINESE.get(line.kind, line.kind)}",
                         line.describe() + (f" × {times} 次" if times != 1 else "")))
    plan = incentive_plan(store, campaign.id)
    rows += [
        ("红包预算（元）", plan.budget),
        ("红包计划上限（元）", plan.planned),
        ("红包预计支出（元）", plan.expected),
        ("预算提示", f"超出预算 {plan.planned - plan.budget:.2f} 元：减少个数或金额，或提高预算"
                     if plan.over else "在预算内"),
    ]
    return rows


def write(ws: Worksheet, context: SheetContext) -> None:
    campaign, dates = context.campaign, context.dates
    title_row(ws, f"{campaign.name} · 活动概览", 2)
    header_row(ws, 2, ["项目", "内容"], [18, 70])
    rows = [
        ("活动名称", campaign.name),
        ("产品", campaign.product),
        ("行业", campaign.industry),
        ("原价（元）", campaign.list_price if campaign.list_price > 0 else "未设"),
        ("到手价（元）", campaign.deal_price if campaign.deal_price > 0 else "未设"),
        ("限量（名）", campaign.quota),
        *offer_rows(context),
        ("开售时间", campaign.launch_at),
        ("群存续（天）", campaign.lifetime_days),
        ("预热开始", dates.warm_up_start),
        ("开群（入群渠道开放）", dates.group_open),
        ("解散群", dates.group_close),
        ("复盘日", dates.review_day),
        ("备注", campaign.notes),
    ]
    for row, (label, value) in enumerate(rows, start=3):
        put(ws, row, 1, label, font=LABEL_FONT)
        cell = put(ws, row, 2, value, number_format="0.00" if isinstance(value, float) else None)
        cell.alignment = LEFT
        if label == "预算提示" and str(value).startswith("超出"):
            cell.font = WARNING_FONT
    ws.row_dimensions[len(rows) + 2].height = max(15, 15 * (1 + len(campaign.notes) // 60))
    print_setup(ws)
