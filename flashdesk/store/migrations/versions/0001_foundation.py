"""Foundation: store info and campaigns.

Revision ID: 0001_foundation
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = ("foundation",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False, server_default=""),
    )
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("industry", sa.String(100), nullable=False, server_default=""),
        sa.Column("list_price", sa.Float, nullable=False, server_default="0"),
        sa.Column("deal_price", sa.Float, nullable=False, server_default="0"),
        sa.Column("quota", sa.Integer, nullable=False, server_default="0"),
        sa.Column("launch_at", sa.DateTime, nullable=False),
        sa.Column("lifetime_days", sa.Integer, nullable=False, server_default="3"),
        sa.Column("notes", sa.String(5000), nullable=False, server_default=""),
        sa.Column("archived", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_campaign_name", "campaign", ["name"])


def downgrade() -> None:
    op.drop_index("ix_campaign_name", "campaign")
    op.drop_table("campaign")
    op.drop_table("store_info")
