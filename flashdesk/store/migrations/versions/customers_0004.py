"""Customers at scale: composite indexes that answer "the people of a campaign" and "the
people with a tag" from the index alone, and the channel an order came from (the shop's
渠道/来源 column, counted by the review).

Revision ID: customers_0004
Revises: customers_0003
"""
import sqlalchemy as sa
from alembic import op

revision = "customers_0004"
down_revision = "customers_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: the order table is not rebuilt (it may hold 300,000 rows)
    op.add_column("customer_order", sa.Column("channel", sa.String(100), nullable=False,
                                              server_default=""))
    op.create_index("ix_customer_order_campaign_customer", "customer_order",
                    ["campaign_id", "customer_id"])
    op.create_index("ix_customer_membership_campaign_customer", "customer_membership",
                    ["campaign_id", "customer_id"])
    op.create_index("ix_customer_listing_campaign_customer", "customer_listing",
                    ["campaign_id", "customer_id"])
    op.drop_index("ix_customer_tag_tag", "customer_tag")
    op.create_index("ix_customer_tag_tag_customer", "customer_tag", ["tag", "customer_id"])


def downgrade() -> None:
    op.drop_index("ix_customer_tag_tag_customer", "customer_tag")
    op.create_index("ix_customer_tag_tag", "customer_tag", ["tag"])
    op.drop_index("ix_customer_listing_campaign_customer", "customer_listing")
    op.drop_index("ix_customer_membership_campaign_customer", "customer_membership")
    op.drop_index("ix_customer_order_campaign_customer", "customer_order")
    with op.batch_alter_table("customer_order") as batch:
        batch.drop_column("channel")
