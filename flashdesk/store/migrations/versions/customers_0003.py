"""Customers: follow-ups done or skipped.

Revision ID: customers_0003
Revises: customers_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "customers_0003"
down_revision = "customers_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_follow_up",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("campaign_id", "customer_id", "kind", name="uq_customer_follow_up_key"),
    )
    op.create_index("ix_customer_follow_up_campaign_id", "customer_follow_up", ["campaign_id"])
    op.create_index("ix_customer_follow_up_customer_id", "customer_follow_up", ["customer_id"])


def downgrade() -> None:
    op.drop_table("customer_follow_up")
