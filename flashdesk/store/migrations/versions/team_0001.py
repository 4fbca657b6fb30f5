"""Team mode: who changed each row last (its version) and the activity log of every action.

`row_stamp` holds one line per row any action has written since: its version (counting up
from 1), the activity entry that wrote it last, the process (origin) and the operator who did.
`activity` holds one line per committed action (its id orders them as they committed): who,
when, which campaign, the action's name and the rows it touched. See flashdesk/store/team.py.

Revision ID: team_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "team_0001"
down_revision = "0001_foundation"
branch_labels = ("team",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("campaign_id", sa.Integer, nullable=True),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("rows", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_index("ix_activity_campaign", "activity", ["campaign_id", "id"])
    op.create_table(
        "row_stamp",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_key", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("row_stamp")
    op.drop_index("ix_activity_campaign", "activity")
    op.drop_table("activity")
