"""Invite files in the shapes the tools give them, made by the tests: an SCRM invite export
(.xlsx, a title row above the headings, ids for every person) and a group member export with
an inviter column (.csv in GBK). The expected leaderboard is counted by hand below."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import create_campaign
from flashdesk.playbook import default_playbook

LAUNCH = datetime(2026, 7, 10, 20, 0)  # D-3 = 2026-07-07: the campaign begins
HEADINGS = ["邀请人", "邀请人ID", "被邀请人", "被邀请人ID", "邀请时间", "退群时间"]
T0 = datetime(2026, 7, 8, 9, 0)


def _row(inviter, invitee, minutes, left_after_hours=None):
    at = T0 + timedelta(minutes=minutes)
    left = at + timedelta(hours=left_after_hours) if left_after_hours is not None else None
    return [inviter, f"wm_{inviter}", invitee, f"wm_{invitee}", at, left]


# 小红 invites 12: 阿3 left after 5 h and 张三 is a customer since May -> 10 valid (正装一份)
# 小蓝 invites 4: 蓝4 left after 30 h, which is past 24 h -> 4 valid (试用装一份)
# 小绿 invites 2 valid; its later invite of 阿1 is 小红's already -> skipped
# 小紫 invites 周九 (ordered in June, before the campaign) and itself -> 0 valid, 2 not counted
INVITES = (
    [_row("小红", f"阿{i}", i) for i in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11)]
    + [_row("小红", "阿3", 3, left_after_hours=5), _row("小红", "张三", 12)]
    + [_row("小蓝", f"蓝{i}", 20 + i) for i in (1, 2, 3)]
    + [_row("小蓝", "蓝4", 24, left_after_hours=30)]
    + [_row("小绿", "绿1", 30), _row("小绿", "绿2", 31), _row("小绿", "阿1", 32)]
    + [_row("小紫", "周九", 40), _row("小紫", "小紫", 41)]
)
# (rank, promoter, valid, not counted, reward)
EXPECTED = [(1, "小红", 10, 2, "正装一份"), (2, "小蓝", 4, 0, "试用装一份"),
            (3, "小绿", 2, 0, None), (4, "小紫", 0, 2, None)]


def invite_export(folder: Path, rows=INVITES) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["邀请记录（导出时间 2026-07-12 10:00）"])
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    path = folder / "邀请记录.xlsx"
    book.save(path)
    return path


MEMBER_HEADINGS = ["群名称", "昵称", "群昵称", "入群时间", "入群方式", "邀请人"]
MEMBERS = [
    ["福利1群", "小红", "", "2026-07-08 08:00", "扫描群二维码", ""],
    ["福利1群", "阿1", "", "2026-07-08 09:01", "邀请", "小红"],
    ["福利1群", "阿2", "", "2026-07-08 09:02", "邀请", "小红"],
    ["福利1群", "阿3", "", "2026-07-08 09:03", "邀请", "小红"],
    ["福利1群", "蓝1", "", "2026-07-08 09:21", "邀请", "小蓝"],
    ["福利1群", "路人", "", "2026-07-08 10:00", "扫描群二维码", ""],
]


def member_export(folder: Path) -> Path:
    path = folder / "群成员.csv"
    lines = [",".join(MEMBER_HEADINGS)] + [",".join(row) for row in MEMBERS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def campaign(store, model: str | None = "spread", name: str = "裂变测试") -> int:
    draft = CampaignDraft(name=name, product="精华水", list_price=299, deal_price=199, quota=500,
                          launch_at=LAUNCH, lifetime_days=3)
    return create_campaign(store, draft, default_playbook().with_model(model)).result


def campaign_change(store, model: str = "service"):
    """The Change that plans a campaign by `model` (for round-trip checks)."""
    draft = CampaignDraft(name=f"{model} 活动", product="线上课", launch_at=LAUNCH, lifetime_days=2)
    return create_campaign(store, draft, default_playbook().with_model(model))
