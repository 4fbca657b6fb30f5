"""Tasks ↔ channel posts: task.post_id becomes a foreign key to post.id (ON DELETE SET NULL),
so a removed post leaves its task unlinked rather than pointing at nothing.

Revision ID: links2_0001
Revises: tasks_0001, channels_0001
"""
from alembic import op

revision = "links2_0001"
down_revision = ("tasks_0001", "links_0001")
branch_labels = ("links2",)
depends_on = None


def upgrade() -> None:
    # A post_id written before the link was real may name a post that is gone.
    op.execute("UPDATE task SET post_id = NULL WHERE post_id IS NOT NULL "
               "AND post_id NOT IN (SELECT id FROM post)")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite adds a foreign key by rebuilding the table, and dropping the old task table
        # with foreign keys on would fail while task_link rows point at it (PRAGMA
        # foreign_keys cannot be turned off inside the upgrade's transaction). The links
        # wait in a temporary table meanwhile and come back with the same ids.
        op.execute("CREATE TEMP TABLE links2_task_link AS SELECT * FROM task_link")
        op.execute("DELETE FROM task_link")
    with op.batch_alter_table("task") as batch:
        batch.create_foreign_key("fk_task_post_id_post", "post", ["post_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_task_post_id", ["post_id"])
    if sqlite:
        op.execute("INSERT INTO task_link SELECT * FROM links2_task_link")
        op.execute("DROP TABLE links2_task_link")


def downgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.drop_index("ix_task_post_id")
        batch.drop_constraint("fk_task_post_id_post", type_="foreignkey")
