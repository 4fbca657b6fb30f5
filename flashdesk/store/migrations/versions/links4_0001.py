"""Links 4: a warm-up post's poster_id becomes a real foreign key to poster.id, so a post
cannot point at a poster that never existed and a poster removed for good leaves the post
unlinked (SET NULL) instead of dangling.

SQLite adds the key by rebuilding the `post` table (batch_alter_table). With foreign keys on
(the engine's pragma, which cannot be switched off inside the migration's transaction)
dropping the old table acts like deleting every post: a child row whose key says ON DELETE
SET NULL — a task's post_id once it is a key — would silently lose its link. The tasks'
post links are therefore noted before the rebuild and put back after it (harmless while
task.post_id is still a plain column).

Revision ID: links4_0001
Revises: links_0002, posters_0001
"""
import sqlalchemy as sa
from alembic import op

revision = "links4_0001"
down_revision = ("links_0002", "posters_0001")
branch_labels = None
depends_on = None

FK = "fk_post_poster_id_poster"


def _rebuild(change) -> None:
    """Run a batch change on `post`, keeping the tasks' links to posts (SQLite, when the tasks
    table exists yet: this revision does not depend on it)."""
    bind = op.get_bind()
    keep_tasks = bind.dialect.name == "sqlite" and sa.inspect(bind).has_table("task")
    if keep_tasks:
        op.execute("CREATE TEMP TABLE links4_task_post AS "
                   "SELECT id, post_id FROM task WHERE post_id IS NOT NULL")
    with op.batch_alter_table("post") as batch:
        change(batch)
    if keep_tasks:
        op.execute("UPDATE task SET post_id = (SELECT post_id FROM links4_task_post "
                   "WHERE links4_task_post.id = task.id) "
                   "WHERE id IN (SELECT id FROM links4_task_post)")
        op.execute("DROP TABLE links4_task_post")


def upgrade() -> None:
    # ids written before the key existed may point nowhere: unlink them first, or copying
    # the rows into the rebuilt table would fail the new constraint
    op.execute("UPDATE post SET poster_id = NULL WHERE poster_id IS NOT NULL "
               "AND poster_id NOT IN (SELECT id FROM poster)")
    _rebuild(lambda batch: batch.create_foreign_key(FK, "poster", ["poster_id"], ["id"],
                                                    ondelete="SET NULL"))
    op.create_index("ix_post_poster_id", "post", ["poster_id"])


def downgrade() -> None:
    op.drop_index("ix_post_poster_id", "post")
    _rebuild(lambda batch: batch.drop_constraint(FK, type_="foreignkey"))
