"""Groups: live code, chat groups and their set-up checklists, the launch-day runbook, the
daily timetable, weekly rhythm, set-up SOP and crisis plans.

Revision ID: groups_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "groups_0001"
down_revision = "0001_foundation"
branch_labels = ("groups",)
depends_on = None


def _campaign_fk() -> sa.Column:
    return sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "group_campaign",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("live_code_url", sa.String(2000), nullable=False, server_default=""),
        sa.Column("sold", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "chat_group",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("qr_payload", sa.String(2000), nullable=False, server_default=""),
        sa.Column("capacity", sa.Integer, nullable=False, server_default="200"),
        sa.Column("members", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_on", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(10), nullable=False, server_default="open"),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_chat_group_campaign_id", "chat_group", ["campaign_id"])
    op.create_table(
        "group_setup_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("chat_group.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("text", sa.String(5000), nullable=False, server_default=""),
        sa.Column("copy_id", sa.Integer, nullable=True),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_group_setup_item_group_id", "group_setup_item", ["group_id"])
    op.create_table(
        "key_node",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("owner", sa.String(100), nullable=False, server_default=""),
        sa.Column("copy_id", sa.Integer, nullable=True),
    )
    op.create_index("ix_key_node_campaign_id", "key_node", ["campaign_id"])
    op.create_table(
        "node_beat",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("node_id", sa.Integer, sa.ForeignKey("key_node.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("kind", sa.String(20), nullable=False, server_default="say"),
        sa.Column("text", sa.String(5000), nullable=False, server_default=""),
        sa.Column("wait_minutes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("state", sa.String(10), nullable=False, server_default="pending"),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_node_beat_node_id", "node_beat", ["node_id"])
    op.create_table(
        "timetable_slot",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("start", sa.String(5), nullable=False),
        sa.Column("end", sa.String(5), nullable=False),
        sa.Column("content", sa.String(2000), nullable=False, server_default=""),
        sa.Column("interaction", sa.String(2000), nullable=False, server_default=""),
        sa.Column("purpose", sa.String(2000), nullable=False, server_default=""),
        sa.Column("source", sa.String(500), nullable=False, server_default=""),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_timetable_slot_campaign_id", "timetable_slot", ["campaign_id"])
    op.create_table(
        "weekly_rhythm",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("day", sa.String(20), nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("activity", sa.String(2000), nullable=False, server_default=""),
        sa.Column("purpose", sa.String(2000), nullable=False, server_default=""),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_weekly_rhythm_campaign_id", "weekly_rhythm", ["campaign_id"])
    op.create_table(
        "setup_sop_item",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("topic", sa.String(100), nullable=False),
        sa.Column("content", sa.String(5000), nullable=False, server_default=""),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_setup_sop_item_campaign_id", "setup_sop_item", ["campaign_id"])
    op.create_table(
        "crisis_plan",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("risk", sa.String(500), nullable=False),
        sa.Column("response", sa.String(5000), nullable=False, server_default=""),
        sa.Column("owner", sa.String(100), nullable=False, server_default=""),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_crisis_plan_campaign_id", "crisis_plan", ["campaign_id"])


def downgrade() -> None:
    for table in ("crisis_plan", "setup_sop_item", "weekly_rhythm", "timetable_slot", "node_beat",
                  "key_node", "group_setup_item", "chat_group", "group_campaign"):
        op.drop_table(table)
