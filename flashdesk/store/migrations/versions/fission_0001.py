"""Fission: the model a campaign was planned by, invites and rewards.

Revision ID: fission_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "fission_0001"
down_revision = "0001_foundation"
branch_labels = ("fission",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fission_plan",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), primary_key=True),
        sa.Column("model", sa.String(20), nullable=False),
    )
    op.create_table(
        "fission_invite",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("inviter", sa.String(100), nullable=False),
        sa.Column("inviter_key", sa.String(110), nullable=False),
        sa.Column("invitee", sa.String(100), nullable=False),
        sa.Column("invitee_key", sa.String(110), nullable=False),
        sa.Column("invited_at", sa.DateTime, nullable=True),
        sa.Column("left_at", sa.DateTime, nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("file_row", sa.Integer, nullable=False),
        sa.UniqueConstraint("campaign_id", "invitee_key", name="uq_fission_invite_key"),
    )
    op.create_index("ix_fission_invite_campaign_id", "fission_invite", ["campaign_id"])
    op.create_index("ix_fission_invite_inviter_key", "fission_invite", ["inviter_key"])
    op.create_table(
        "fission_reward",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("promoter_key", sa.String(110), nullable=False),
        sa.Column("invites", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("campaign_id", "promoter_key", "invites", name="uq_fission_reward_key"),
    )
    op.create_index("ix_fission_reward_campaign_id", "fission_reward", ["campaign_id"])


def downgrade() -> None:
    op.drop_table("fission_reward")
    op.drop_table("fission_invite")
    op.drop_table("fission_plan")
