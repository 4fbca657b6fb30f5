"""Groups: key nodes come on every group day, not only launch night; each node records what
its time follows (anchor: "L" the launch moment, "D" a day between launch and close, "C" the
close day). Every node a store already has is a launch-night node, so it gets "L".

Revision ID: groups_0003
Revises: groups_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "groups_0003"
down_revision = "groups_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("key_node", sa.Column("anchor", sa.String(1), nullable=False, server_default="L"))


def downgrade() -> None:
    with op.batch_alter_table("key_node") as batch:
        batch.drop_column("anchor")
