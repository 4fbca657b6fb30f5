"""Links: a warm-up post's copy_id becomes a real foreign key to the copy library, so the
link cannot point at a copy that never existed and a copy removed for good leaves the post
unlinked (SET NULL) rather than dangling.

Revision ID: links_0001
Revises: channels_0001, copies_0001
"""
from alembic import op

revision = "links_0001"
down_revision = ("channels_0001", "copies_0001")
branch_labels = None
depends_on = None

FK = "fk_post_copy_id_copy"


def upgrade() -> None:
    # ids written before the key existed may point nowhere: unlink them first, or copying
    # the rows into the rebuilt table would fail the new constraint
    op.execute("UPDATE post SET copy_id = NULL WHERE copy_id IS NOT NULL "
               "AND copy_id NOT IN (SELECT id FROM copy)")
    with op.batch_alter_table("post") as batch:
        batch.create_foreign_key(FK, "copy", ["copy_id"], ["id"], ondelete="SET NULL")
    op.create_index("ix_post_copy_id", "post", ["copy_id"])


def downgrade() -> None:
    op.drop_index("ix_post_copy_id", "post")
    with op.batch_alter_table("post") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
