"""Task board: owner roles, tasks and task links.

Revision ID: tasks_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "tasks_0001"
down_revision = "0001_foundation"
branch_labels = ("tasks",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task_role",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("key", sa.String(64), nullable=False, server_default=""),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_task_role_campaign_id", "task_role", ["campaign_id"])
    op.create_table(
        "task",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("key", sa.String(64), nullable=False, server_default=""),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("phase", sa.String(64), nullable=False, server_default="launch"),
        sa.Column("role_id", sa.Integer, sa.ForeignKey("task_role.id"), nullable=True),
        sa.Column("start", sa.DateTime, nullable=False),
        sa.Column("end", sa.DateTime, nullable=False),
        sa.Column("deadline", sa.DateTime, nullable=True),
        sa.Column("progress", sa.Integer, nullable=False, server_default="0"),
        sa.Column("milestone", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(16), nullable=False, server_default="todo"),
        sa.Column("notes", sa.String(5000), nullable=False, server_default=""),
        sa.Column("anchor", sa.String(1), nullable=False, server_default="L"),
        sa.Column("key_node", sa.String(64), nullable=False, server_default=""),
        sa.Column("post_id", sa.Integer, nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_task_campaign_id", "task", ["campaign_id"])
    op.create_table(
        "task_link",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
        sa.Column("predecessor_id", sa.Integer, sa.ForeignKey("task.id"), nullable=False),
        sa.Column("successor_id", sa.Integer, sa.ForeignKey("task.id"), nullable=False),
        sa.Column("kind", sa.String(2), nullable=False, server_default="FS"),
        sa.Column("lag_minutes", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_task_link_campaign_id", "task_link", ["campaign_id"])
    op.create_index("ix_task_link_predecessor_id", "task_link", ["predecessor_id"])
    op.create_index("ix_task_link_successor_id", "task_link", ["successor_id"])


def downgrade() -> None:
    op.drop_table("task_link")
    op.drop_table("task")
    op.drop_table("task_role")
