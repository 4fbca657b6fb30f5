"""Links: a review copy row may name the copy of the library it reports on (copy_id), so the
participants recorded in the review and the library's participants stay in step. A copy
removed for good leaves the review row unlinked (SET NULL), its numbers kept.

Revision ID: links3_0001
Revises: review_0001, links_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "links3_0001"
down_revision = ("review_0001", "links_0002")
branch_labels = None
depends_on = None

FK = "fk_review_copy_copy_id_copy"


def upgrade() -> None:
    with op.batch_alter_table("review_copy") as batch:
        batch.add_column(sa.Column("copy_id", sa.Integer, nullable=True))
        batch.create_foreign_key(FK, "copy", ["copy_id"], ["id"], ondelete="SET NULL")
    op.create_index("ix_review_copy_copy_id", "review_copy", ["copy_id"])


def downgrade() -> None:
    op.drop_index("ix_review_copy_copy_id", "review_copy")
    with op.batch_alter_table("review_copy") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
        batch.drop_column("copy_id")
