"""Groups: the daily timetable becomes dated items. A slot records who does it (a role's name,
"" for the whole team) and on which group days it comes ("all", "launch", "after"); each slot
on each of its days is a timetable_item that is done or skipped, by whom and when. A store's
existing slots come on every group day, so every campaign gets one pending item per live slot
and day, from launch day to the close day.

Revision ID: groups_0004
Revises: groups_0003
"""
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "groups_0004"
down_revision = "groups_0003"
branch_labels = None
depends_on = None


def _day(value) -> date:
    return (value if isinstance(value, datetime) else datetime.fromisoformat(str(value))).date()


def upgrade() -> None:
    op.add_column("timetable_slot", sa.Column("owner", sa.String(100), nullable=False, server_default=""))
    op.add_column("timetable_slot", sa.Column("days", sa.String(10), nullable=False, server_default="all"))
    op.create_table(
        "timetable_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False),
        sa.Column("slot_id", sa.Integer, sa.ForeignKey("timetable_slot.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("state", sa.String(10), nullable=False, server_default="pending"),
        sa.Column("done_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("finished_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_timetable_item_campaign_id", "timetable_item", ["campaign_id"])
    op.create_index("ix_timetable_item_slot_id", "timetable_item", ["slot_id"])
    conn = op.get_bind()
    campaign = sa.table("campaign", sa.column("id"), sa.column("launch_at"), sa.column("lifetime_days"))
    slot = sa.table("timetable_slot", sa.column("id"), sa.column("campaign_id"), sa.column("deleted"))
    item = sa.table("timetable_item", sa.column("campaign_id"), sa.column("slot_id"), sa.column("day", sa.Date),
                    sa.column("state"), sa.column("done_by"))
    launches = {row.id: (_day(row.launch_at), row.lifetime_days)
                for row in conn.execute(sa.select(campaign.c.id, campaign.c.launch_at, campaign.c.lifetime_days))}
    rows = []
    for row in conn.execute(sa.select(slot.c.id, slot.c.campaign_id).where(slot.c.deleted == sa.false())):
        first, lifetime = launches[row.campaign_id]
        rows += [{"campaign_id": row.campaign_id, "slot_id": row.id, "day": first + timedelta(days=n),
                  "state": "pending", "done_by": ""} for n in range(lifetime + 1)]
    if rows:
        op.bulk_insert(item, rows)


def downgrade() -> None:
    op.drop_index("ix_timetable_item_slot_id", "timetable_item")
    op.drop_index("ix_timetable_item_campaign_id", "timetable_item")
    op.drop_table("timetable_item")
    with op.batch_alter_table("timetable_slot") as batch:
        batch.drop_column("days")
        batch.drop_column("owner")
