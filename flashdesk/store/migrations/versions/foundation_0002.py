"""Foundation: the offer of each campaign (gift, coupon, deposit and balance window,
new-member gift, limit per person, incentive budget). Every campaign a store already has
gets an offer with nothing in it; its two prices stay on the campaign, untouched.

Revision ID: foundation_0002
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "foundation_0002"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offer",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("gift", sa.String(100), nullable=False, server_default=""),
        sa.Column("gift_value", sa.Float, nullable=False, server_default="0"),
        sa.Column("coupon_threshold", sa.Float, nullable=False, server_default="0"),
        sa.Column("coupon_off", sa.Float, nullable=False, server_default="0"),
        sa.Column("deposit", sa.Float, nullable=False, server_default="0"),
        sa.Column("balance_after_hours", sa.Integer, nullable=False, server_default="0"),
        sa.Column("balance_hours", sa.Integer, nullable=False, server_default="24"),
        sa.Column("new_member_gift", sa.String(100), nullable=False, server_default=""),
        sa.Column("limit_per_person", sa.Integer, nullable=True),
        sa.Column("budget", sa.Float, nullable=False, server_default="0"),
    )
    op.execute("INSERT INTO offer (campaign_id) SELECT id FROM campaign")


def downgrade() -> None:
    op.drop_table("offer")
