"""Customers: the queue of rows matched by nickname alone, to confirm or split.

Revision ID: customers_0002
Revises: customers_0001
"""
import sqlalchemy as sa
from alembic import op

revision = "customers_0002"
down_revision = "customers_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_match",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("nickname", sa.String(100), nullable=False, server_default=""),
        sa.Column("file_row", sa.Integer, nullable=False, server_default="0"),
        sa.Column("file_name", sa.String(200), nullable=False, server_default=""),
        sa.UniqueConstraint("source", "source_id", name="uq_customer_match_key"),
    )
    op.create_index("ix_customer_match_customer_id", "customer_match", ["customer_id"])


def downgrade() -> None:
    op.drop_table("customer_match")
