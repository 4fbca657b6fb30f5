"""Channels: the publicity matrix (channel) and the warm-up calendar (post).

Revision ID: channels_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "channels_0001"
down_revision = "0001_foundation"
branch_labels = ("channels",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("kind", sa.String(64), nullable=False, server_default="custom"),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("forms", sa.String(500), nullable=False, server_default=""),
        sa.Column("direction", sa.String(5000), nullable=False, server_default=""),
        sa.Column("notes", sa.String(5000), nullable=False, server_default=""),
        sa.Column("owner", sa.String(100), nullable=False, server_default=""),
    )
    op.create_index("ix_channel_campaign_id", "channel", ["campaign_id"])
    op.create_table(
        "post",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("channel_id", sa.Integer, sa.ForeignKey("channel.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("time_of_day", sa.Time, nullable=True),
        sa.Column("anchor", sa.String(1), nullable=False, server_default="D"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("stage", sa.String(64), nullable=False),
        sa.Column("title", sa.String(5000), nullable=False, server_default=""),
        sa.Column("owner", sa.String(100), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default="planned"),
        sa.Column("likes", sa.Integer, nullable=True),
        sa.Column("comments", sa.Integer, nullable=True),
        sa.Column("participants", sa.Integer, nullable=True),
        sa.Column("followed_up", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("copy_id", sa.Integer, nullable=True),
        sa.Column("poster_id", sa.Integer, nullable=True),
    )
    op.create_index("ix_post_campaign_id", "post", ["campaign_id"])
    op.create_index("ix_post_channel_id", "post", ["channel_id"])


def downgrade() -> None:
    op.drop_index("ix_post_channel_id", "post")
    op.drop_index("ix_post_campaign_id", "post")
    op.drop_table("post")
    op.drop_index("ix_channel_campaign_id", "channel")
    op.drop_table("channel")
