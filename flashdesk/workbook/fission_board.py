"""裂变排行: the campaign's invite leaderboard (rank, promoter, valid invites, not counted,
reward, fulfilment, what the next tier needs), the model's figures, and below it every
invite with whether it counts and why not — one page wide."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.fission.service import board, invites
from flashdesk.workbook.cells import LABEL_FONT, header_row, merge, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "裂变排行"
HEADERS = ["名次", "推广员", "有效邀请", "不计入", "奖励", "发放状态", "距下一档"]
DETAIL = ["序号", "邀请人", "被邀请人", "邀请时间", "退群时间", "计入", "不计入原因"]
WIDTHS = [7, 18, 16, 17, 17, 9, 50]
STATUS = {"pending": "待发放", "sent": "已发放", "": ""}
FIGURE_NAMES = {"invites_per_promoter": ("人均邀请", "有效邀请 ÷ 推广员"),
                "share_inviting": ("邀请过人的成员占比", "推广员 ÷ 群成员"),
                "members_per_promoter": ("每位推广员对应成员", "群成员 ÷ 推广员")}


def write(ws: Worksheet, context: SheetContext) -> None:
    found = board(context.store, context.campaign.id)
    model = {m.key: m.name for m in context.playbook.models}.get(found.rules.model or "", "未选模型")
    title_row(ws, f"{context.campaign.name} · 裂变排行（{model}）", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    row = 3
    for entry in found.entries:
        following = (f"再邀 {entry.next_tier.invites - entry.valid} 人：{entry.next_tier.reward}"
                     if entry.next_tier else "")
        values = [entry.rank, entry.promoter, entry.valid, entry.not_counted,
                  entry.tier.reward if entry.tier else "", STATUS[entry.status], following]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value)
        row += 1
    ws.auto_filter.ref = f"A2:G{row - 1}"
    row += 1
    tiers = "；".join(f"{t.invites} 人 → {t.reward}" for t in found.rules.tiers) or "（无奖励阶梯）"
    lines = [("奖励阶梯", tiers),
             ("计数规则", f"进群 {found.rules.leave_hours} 小时内退群、"
                      f"{found.rules.start.isoformat()} 前已是客户的邀请不计入"),
             ("合计", f"有效邀请 {found.valid}，不计入 {found.not_counted}，群成员 {found.members}")]
    lines += [(FIGURE_NAMES[figure.key][0], f"{figure.text()}（{FIGURE_NAMES[figure.key][1]}）")
              for figure in found.figures]
    for label, text in lines:
        put(ws, row, 1, label, font=LABEL_FONT)
        merge(ws, row, 1, row, 2)
        put(ws, row, 3, text)
        merge(ws, row, 3, row, 7)
        row += 1
    row += 1
    for column, title in enumerate(DETAIL, start=1):
        put(ws, row, column, title, font=LABEL_FONT)
    for number, invite in enumerate(invites(context.store, context.campaign.id), start=1):
        row += 1
        values = [number, invite.inviter, invite.invitee, invite.invited_at, invite.left_at,
                  "是" if invite.counts else "否", invite.reason]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value)
    print_setup(ws)
