"""Links: the groups area's copy links — a set-up checklist line's and a launch-day key
node's copy_id — become real foreign keys to the copy library (ON DELETE SET NULL).

SQLite adds a key by rebuilding the table (copy, drop, rename). Dropping key_node with
foreign keys on would cascade-delete every node_beat of the launch-day runbook, and the
pragma cannot be switched off inside the migration's transaction: the beats are set aside
in a temporary table before the rebuild and put back after it.

Revision ID: links_0002
Revises: links_0001, groups_0001
"""
from alembic import op

revision = "links_0002"
down_revision = ("links_0001", "groups_0001")
branch_labels = None
depends_on = None

LINKED = (("group_setup_item", "fk_group_setup_item_copy_id_copy"),
          ("key_node", "fk_key_node_copy_id_copy"))
BEATS_ASIDE = "links_0002_node_beat"


def _rebuild(add: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"CREATE TEMP TABLE {BEATS_ASIDE} AS SELECT * FROM node_beat")
    for table, name in LINKED:
        with op.batch_alter_table(table) as batch:
            if add:
                batch.create_foreign_key(name, "copy", ["copy_id"], ["id"], ondelete="SET NULL")
            else:
                batch.drop_constraint(name, type_="foreignkey")
    if sqlite:
        op.execute(f"INSERT INTO node_beat SELECT * FROM {BEATS_ASIDE} "
                   "WHERE id NOT IN (SELECT id FROM node_beat)")
        op.execute(f"DROP TABLE {BEATS_ASIDE}")


def upgrade() -> None:
    for table, _name in LINKED:
        # ids written before the key existed may point nowhere: unlink them first
        op.execute(f"UPDATE {table} SET copy_id = NULL WHERE copy_id IS NOT NULL "
                   "AND copy_id NOT IN (SELECT id FROM copy)")
    _rebuild(add=True)
    for table, _name in LINKED:
        op.create_index(f"ix_{table}_copy_id", table, ["copy_id"])


def downgrade() -> None:
    for table, _name in LINKED:
        op.drop_index(f"ix_{table}_copy_id", table)
    _rebuild(add=False)
