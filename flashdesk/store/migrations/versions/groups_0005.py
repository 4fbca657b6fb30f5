"""Groups: the playbook's daily timetable slots get the owner the playbook now gives them
(so a role's Today and calendar hold their share), and the evening push comes on the days
after launch day (launch night belongs to the key nodes): its launch-day items still pending
go. Only slots still reading exactly as the playbook wrote them change, and only while they
have no owner yet: the operator's own slots and edits stay. The values are frozen here.

Revision ID: groups_0005
Revises: groups_0004
"""
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "groups_0005"
down_revision = "groups_0004"
branch_labels = None
depends_on = None

# content -> (owner, days), as the playbook gave them when this migration was written
PLAYBOOK_SLOTS = {
    "早安问候 + 今日小提示": ("运营", "all"),
    "品牌实力、产品知识与卖点、买家评价、链接和优惠": ("文案", "all"),
    "产品内容延续 + 晒单红包（0.88–1.88 元）": ("客服号", "all"),
    "幕后日常：打包、办公、团队故事": ("运营", "all"),
    "晚间主推：课程或产品 + 当天最佳评价": ("运营", "after"),
}

slot = sa.table("timetable_slot", sa.column("id"), sa.column("campaign_id"), sa.column("content"),
                sa.column("owner"), sa.column("days"))
item = sa.table("timetable_item", sa.column("slot_id"), sa.column("day", sa.Date), sa.column("state"))
campaign = sa.table("campaign", sa.column("id"), sa.column("launch_at"))


def _day(value) -> date:
    return (value if isinstance(value, datetime) else datetime.fromisoformat(str(value))).date()


def upgrade() -> None:
    conn = op.get_bind()
    for content, (owner, days) in PLAYBOOK_SLOTS.items():
        picked = (slot.c.content == content) & (slot.c.owner == "") & (slot.c.days == "all")
        if days == "after":
            for row in conn.execute(sa.select(slot.c.id, campaign.c.launch_at)
                                    .join(campaign, campaign.c.id == slot.c.campaign_id).where(picked)):
                conn.execute(item.delete().where(item.c.slot_id == row.id, item.c.state == "pending",
                                                 item.c.day == _day(row.launch_at)))
        conn.execute(slot.update().where(picked).values(owner=owner, days=days))


def downgrade() -> None:
    for content, (owner, days) in PLAYBOOK_SLOTS.items():
        op.execute(slot.update().where((slot.c.content == content) & (slot.c.owner == owner)
                                       & (slot.c.days == days)).values(owner="", days="all"))
