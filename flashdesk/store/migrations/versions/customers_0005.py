"""Customers: the tombstones of forgotten people (keyed hashes of the keys they were matched
by), so that importing the same export again does not bring them back.

Revision ID: customers_0005
Revises: customers_0004
"""
import sqlalchemy as sa
from alembic import op

revision = "customers_0005"
down_revision = "customers_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_forgotten",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("forgotten_at", sa.DateTime, nullable=False),
    )
    # not unique: two forgets of people sharing a key each have their own row (forgotten.py)
    op.create_index("ix_customer_forgotten_key", "customer_forgotten", ["key"])


def downgrade() -> None:
    op.drop_table("customer_forgotten")
