"""Copy library: the copy and copy_variable tables, its two search indexes and the seeded copies.

- copy_fts: FTS5 trigram index over title and body (external content, kept by triggers):
  fast for terms of 3+ characters, Chinese included.
- copy_grams: FTS5 over every 1- and 2-character gram of title and body, computed inside
  the triggers with the copy_seq number table (triggers allow no CTEs). Trigram finds
  nothing for 福利 or 折扣; this index finds them without scanning the table.
- The seed library is loaded here, once per store, in the same transaction as the schema:
  every store (GUI, command line, tests) starts with it and copies the operator deletes never
  come back. What it inserts is frozen in copies_0001_seed.toml beside this file (the seeds
  as they were when this revision was written), so the revision's result never changes when
  resources/copies/seed.toml does; a later change to the seeds is a later migration.

Revision ID: copies_0001
Revises: 0001_foundation
"""
import tomllib
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "copies_0001"
down_revision = "0001_foundation"
branch_labels = ("copies",)
depends_on = None

SEED_FILE = Path(__file__).with_name("copies_0001_seed.toml")
GRAM_SPAN = 4300  # title (200) + body (4000) + separator, rounded up

SORT_INDEXES = {
    "ix_copy_used": ["times_used", "id"],
    "ix_copy_results": ["participants", "times_used", "id"],
    "ix_copy_updated": ["updated_at", "id"],
    "ix_copy_title": ["title", "id"],
}

_TEXT = "({row}.title || ' ' || {row}.body)"


def _grams_select(row: str) -> str:
    text = _TEXT.format(row=row)
    return (f"SELECT {row}.id, coalesce(group_concat(g, ' '), '') FROM ("
            f"SELECT DISTINCT lower(substr({text}, n, 2)) AS g FROM copy_seq "
            f"WHERE n < length({text}) "
            f"UNION SELECT DISTINCT lower(substr({text}, n, 1)) FROM copy_seq "
            f"WHERE n <= length({text}))")


TRIGGERS = (
    f"""CREATE TRIGGER copy_ai AFTER INSERT ON copy BEGIN
        INSERT INTO copy_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO copy_grams(rowid, grams) {_grams_select('new')};
    END""",
    """CREATE TRIGGER copy_ad AFTER DELETE ON copy BEGIN
        INSERT INTO copy_fts(copy_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        DELETE FROM copy_grams WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER copy_au AFTER UPDATE OF title, body ON copy BEGIN
        INSERT INTO copy_fts(copy_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO copy_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        DELETE FROM copy_grams WHERE rowid = old.id;
        INSERT INTO copy_grams(rowid, grams) {_grams_select('new')};
    END""",
)


def upgrade() -> None:
    op.create_table(
        "copy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.String(4000), nullable=False, server_default=""),
        sa.Column("channel", sa.String(32), nullable=False, server_default=""),
        sa.Column("stage", sa.String(32), nullable=False, server_default=""),
        sa.Column("levers", sa.String(200), nullable=False, server_default=""),
        sa.Column("favourite", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("times_used", sa.Integer, nullable=False, server_default="0"),
        sa.Column("participants", sa.Integer, nullable=True),
        sa.Column("source_id", sa.Integer, nullable=True),
        sa.Column("seed_key", sa.String(64), nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_copy_campaign_id", "copy", ["campaign_id"])
    for name, columns in SORT_INDEXES.items():  # the list's sorts walk these (service._sql)
        op.create_index(name, "copy", columns)
    op.create_table(
        "copy_variable",
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(500), nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE copy_seq (n INTEGER PRIMARY KEY)")
        op.execute(f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                   f"WHERE n < {GRAM_SPAN}) INSERT INTO copy_seq SELECT n FROM s")
        op.execute("CREATE VIRTUAL TABLE copy_fts USING fts5(title, body, content='copy', "
                   "content_rowid='id', tokenize='trigram')")
        op.execute("CREATE VIRTUAL TABLE copy_grams USING fts5(grams, tokenize='unicode61')")
        for trigger in TRIGGERS:
            op.execute(trigger)
    table = sa.table("copy", *(sa.column(name) for name in (
        "title", "body", "channel", "stage", "levers", "seed_key", "created_at", "updated_at")))
    op.bulk_insert(table, seed_rows())


def seed_rows() -> list[dict]:
    entries = tomllib.loads(SEED_FILE.read_text(encoding="utf-8"))["copy"]
    now = datetime.now()
    return [{"title": e["title"], "body": e["body"].strip(), "channel": e["channel"],
             "stage": e["stage"], "levers": e["levers"], "seed_key": e["key"],
             "created_at": now, "updated_at": now} for e in entries]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("copy_ai", "copy_ad", "copy_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS copy_fts")
        op.execute("DROP TABLE IF EXISTS copy_grams")
        op.execute("DROP TABLE IF EXISTS copy_seq")
    op.drop_table("copy_variable")
    for name in SORT_INDEXES:
        op.drop_index(name, "copy")
    op.drop_index("ix_copy_campaign_id", "copy")
    op.drop_table("copy")
