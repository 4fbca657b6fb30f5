"""Review (复盘): daily group numbers, channel days, copies, materials, texts, A/B tests.

Revision ID: review_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "review_0001"
down_revision = "0001_foundation"
branch_labels = ("review",)
depends_on = None


def _campaign_fk() -> sa.Column:
    return sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "review_daily",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("group_label", sa.String(100), nullable=False, server_default=""),
        sa.Column("members", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Integer, nullable=False, server_default="0"),
        sa.Column("orders", sa.Integer, nullable=False, server_default="0"),
        sa.Column("revenue", sa.Float, nullable=False, server_default="0"),
        sa.UniqueConstraint("campaign_id", "day", "group_label", name="uq_review_daily_key"),
    )
    op.create_index("ix_review_daily_campaign_id", "review_daily", ["campaign_id"])
    op.create_table(
        "review_channel_day",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("actions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("participants", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("campaign_id", "day", "channel", name="uq_review_channel_day_key"),
    )
    op.create_index("ix_review_channel_day_campaign_id", "review_channel_day", ["campaign_id"])
    op.create_table(
        "review_copy",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("used_on", sa.Date, nullable=True),
        sa.Column("participants", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("campaign_id", "title", name="uq_review_copy_key"),
    )
    op.create_index("ix_review_copy_campaign_id", "review_copy", ["campaign_id"])
    op.create_table(
        "review_material",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="poster"),
        sa.Column("shares", sa.Integer, nullable=False, server_default="0"),
        sa.Column("likes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("comments", sa.Integer, nullable=False, server_default="0"),
        sa.Column("reads", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("campaign_id", "name", name="uq_review_material_key"),
    )
    op.create_index("ix_review_material_campaign_id", "review_material", ["campaign_id"])
    op.create_table(
        "review_text",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), primary_key=True),
        sa.Column("key", sa.String(20), primary_key=True),
        sa.Column("text", sa.String(20000), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review_ab_test",
        sa.Column("id", sa.Integer, primary_key=True),
        _campaign_fk(),
        sa.Column("step", sa.String(200), nullable=False),
        sa.Column("variant_a", sa.String(200), nullable=False, server_default="A"),
        sa.Column("variant_b", sa.String(200), nullable=False, server_default="B"),
        sa.Column("exposed_a", sa.Integer, nullable=False, server_default="0"),
        sa.Column("converted_a", sa.Integer, nullable=False, server_default="0"),
        sa.Column("exposed_b", sa.Integer, nullable=False, server_default="0"),
        sa.Column("converted_b", sa.Integer, nullable=False, server_default="0"),
        sa.Column("notes", sa.String(2000), nullable=False, server_default=""),
    )
    op.create_index("ix_review_ab_test_campaign_id", "review_ab_test", ["campaign_id"])


def downgrade() -> None:
    for table in ("review_ab_test", "review_material", "review_copy", "review_channel_day",
                  "review_daily"):
        op.drop_index(f"ix_{table}_campaign_id", table)
        op.drop_table(table)
    op.drop_table("review_text")
