"""Customers (客户): people, their tags, group memberships, orders, listings and the column
mappings remembered per file shape.

Revision ID: customers_0001
Revises: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

revision = "customers_0001"
down_revision = "0001_foundation"
branch_labels = ("customers",)
depends_on = None


def _person() -> sa.Column:
    return sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id", ondelete="CASCADE"),
                     nullable=False)


def _campaign() -> sa.Column:
    return sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=True)


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.String(100), nullable=False, server_default=""),
        sa.Column("phone", sa.String(20), nullable=False, server_default=""),
        sa.Column("nickname", sa.String(100), nullable=False, server_default=""),
        sa.Column("remark", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_on", sa.Date, nullable=True),
        sa.Column("source", sa.String(100), nullable=False, server_default=""),
        sa.Column("stage", sa.String(10), nullable=False, server_default=""),
        sa.Column("notes", sa.String(5000), nullable=False, server_default=""),
        sa.Column("paid_total", sa.Float, nullable=False, server_default="0"),
    )
    for column in ("external_id", "phone", "nickname", "paid_total"):
        op.create_index(f"ix_customer_{column}", "customer", [column])
    op.create_table(
        "customer_tag",
        sa.Column("id", sa.Integer, primary_key=True),
        _person(),
        sa.Column("tag", sa.String(50), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False, server_default="manual"),
        sa.UniqueConstraint("customer_id", "tag", name="uq_customer_tag_key"),
    )
    op.create_index("ix_customer_tag_tag", "customer_tag", ["tag"])
    op.create_table(
        "customer_membership",
        sa.Column("id", sa.Integer, primary_key=True),
        _person(),
        _campaign(),
        sa.Column("group_name", sa.String(100), nullable=False),
        sa.Column("group_nickname", sa.String(100), nullable=False, server_default=""),
        sa.Column("joined_at", sa.DateTime, nullable=True),
        sa.Column("join_method", sa.String(50), nullable=False, server_default=""),
        sa.Column("inviter", sa.String(100), nullable=False, server_default=""),
        sa.UniqueConstraint("customer_id", "group_name", name="uq_customer_membership_key"),
    )
    op.create_index("ix_customer_membership_campaign_id", "customer_membership", ["campaign_id"])
    op.create_index("ix_customer_membership_group_name", "customer_membership", ["group_name"])
    op.create_table(
        "customer_order",
        sa.Column("id", sa.Integer, primary_key=True),
        _person(),
        _campaign(),
        sa.Column("order_no", sa.String(64), nullable=False, unique=True),
        sa.Column("ordered_at", sa.DateTime, nullable=False),
        sa.Column("paid_at", sa.DateTime, nullable=True),
        sa.Column("item", sa.String(200), nullable=False, server_default=""),
        sa.Column("amount", sa.Float, nullable=False, server_default="0"),
        sa.Column("refund", sa.Float, nullable=False, server_default="0"),
        sa.Column("status", sa.String(50), nullable=False, server_default=""),
        sa.Column("paid", sa.Float, nullable=False, server_default="0"),
    )
    op.create_index("ix_customer_order_customer_id", "customer_order", ["customer_id"])
    op.create_index("ix_customer_order_campaign_id", "customer_order", ["campaign_id"])
    op.create_table(
        "customer_listing",
        sa.Column("id", sa.Integer, primary_key=True),
        _person(),
        _campaign(),
        sa.Column("label", sa.String(100), nullable=False, server_default=""),
        sa.UniqueConstraint("customer_id", "campaign_id", "label", name="uq_customer_listing_key"),
    )
    op.create_index("ix_customer_listing_campaign_id", "customer_listing", ["campaign_id"])
    op.create_table(
        "customer_mapping",
        sa.Column("shape", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("fields", sa.String(5000), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("customer_mapping")
    for table in ("customer_listing", "customer_order", "customer_membership", "customer_tag"):
        op.drop_table(table)
    op.drop_table("customer")
