"""Posters: poster versions (elements as a JSON document) and imported images.

Revision ID: posters_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "posters_0001"
down_revision = "0001_foundation"
branch_labels = ("posters",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "poster",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("format", sa.String(32), nullable=False, server_default="phone"),
        sa.Column("template", sa.String(64), nullable=False, server_default=""),
        sa.Column("palette", sa.String(64), nullable=False, server_default=""),
        sa.Column("document", sa.Text, nullable=False, server_default="{}"),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("campaign_id", "name", "version"),
    )
    op.create_index("ix_poster_campaign_id", "poster", ["campaign_id"])
    op.create_table(
        "poster_asset",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("width", sa.Integer, nullable=False, server_default="0"),
        sa.Column("height", sa.Integer, nullable=False, server_default="0"),
        sa.Column("original_width", sa.Integer, nullable=False, server_default="0"),
        sa.Column("original_height", sa.Integer, nullable=False, server_default="0"),
        sa.Column("note", sa.String(500), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_poster_asset_campaign_id", "poster_asset", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_poster_asset_campaign_id", "poster_asset")
    op.drop_table("poster_asset")
    op.drop_index("ix_poster_campaign_id", "poster")
    op.drop_table("poster")
