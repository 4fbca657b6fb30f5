"""Foundation: incentives (red packets and draws) planned per key node. A store's existing
campaigns start with none planned: the operator adds them (new campaigns get the playbook's).

Revision ID: foundation_0003
Revises: foundation_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "foundation_0003"
down_revision = "foundation_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incentive",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("node_key", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="red_packet"),
        sa.Column("count", sa.Integer, nullable=False, server_default="1"),
        sa.Column("min_amount", sa.Float, nullable=False, server_default="0"),
        sa.Column("max_amount", sa.Float, nullable=False, server_default="0"),
        sa.Column("sender", sa.String(100), nullable=False, server_default=""),
    )
    op.create_index("ix_incentive_campaign_id", "incentive", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_incentive_campaign_id", "incentive")
    op.drop_table("incentive")
