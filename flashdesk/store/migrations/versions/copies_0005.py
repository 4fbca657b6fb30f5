"""Copy library: the short-term index keeps no copy of its text.

copy_grams (copies_0003) was an ordinary FTS5 table: beside its index it stored the text it
was given, the space-separated grams of every copy — about 80 MB at 100,000 copies, more
than the copies themselves, and never read (a search only asks it for rowids). It is now
contentless (content=''), with no per-row token counts either (columnsize=0: nothing ranks
by them). The index itself, its tokens and its queries are the same.

A contentless FTS5 table cannot look up what it indexed for a row, so the triggers remove a
copy's entries with the 'delete' command and the grams of the row as it was (old.title,
old.body), cut by the same expression as at insert: the two always agree.

The grams are cut from title and body separately rather than from title || ' ' || body:
substr() walks the text from its start, so cutting two shorter strings costs less, and the
tokens are the same for every query (a gram across the separator only ever gave the
single characters on each side, which prefix queries find in the neighbouring grams).

Revision ID: copies_0005
Revises: copies_0004
"""
from alembic import op

revision = "copies_0005"
down_revision = "copies_0004"
branch_labels = None
depends_on = None

_FTS_INSERT = "INSERT INTO copy_fts(rowid, title, body) VALUES (new.id, new.title, new.body);"
_FTS_DELETE = ("INSERT INTO copy_fts(copy_fts, rowid, title, body) "
               "VALUES ('delete', old.id, old.title, old.body);")


def grams(row: str) -> str:
    """Every 2-character substring of the row's title and body (and each one's last
    character alone), space-separated: a scalar subquery over copy_seq."""
    return ("(SELECT coalesce(group_concat(g, ' '), '') FROM ("
            f"SELECT substr({row}.title, n, 2) AS g FROM copy_seq WHERE n <= length({row}.title) "
            f"UNION ALL SELECT substr({row}.body, n, 2) FROM copy_seq "
            f"WHERE n <= length({row}.body)))")


CONTENTLESS = ("CREATE VIRTUAL TABLE copy_grams USING fts5(grams, "
               "tokenize='unicode61 remove_diacritics 0', detail=none, content='', columnsize=0)")
_GRAMS_INSERT = f"INSERT INTO copy_grams(rowid, grams) VALUES (new.id, {grams('new')});"
_GRAMS_DELETE = (f"INSERT INTO copy_grams(copy_grams, rowid, grams) "
                 f"VALUES ('delete', old.id, {grams('old')});")
TRIGGERS = (
    f"CREATE TRIGGER copy_ai AFTER INSERT ON copy BEGIN {_FTS_INSERT} {_GRAMS_INSERT} END",
    f"CREATE TRIGGER copy_ad AFTER DELETE ON copy BEGIN {_FTS_DELETE} {_GRAMS_DELETE} END",
    (f"CREATE TRIGGER copy_au AFTER UPDATE OF title, body ON copy BEGIN {_FTS_DELETE} "
     f"{_FTS_INSERT} {_GRAMS_DELETE} {_GRAMS_INSERT} END"),
)

# copies_0003's table and gram select, for the downgrade
_STORED = ("CREATE VIRTUAL TABLE copy_grams USING fts5(grams, "
           "tokenize='unicode61 remove_diacritics 0', detail=none)")


def _old_grams(row: str) -> str:
    text = f"({row}.title || ' ' || {row}.body)"
    return (f"(SELECT coalesce(group_concat(substr({text}, n, 2), ' '), '') "
            f"FROM copy_seq WHERE n <= length({text}))")


_OLD_TRIGGERS = (
    (f"CREATE TRIGGER copy_ai AFTER INSERT ON copy BEGIN {_FTS_INSERT} "
     f"INSERT INTO copy_grams(rowid, grams) VALUES (new.id, {_old_grams('new')}); END"),
    (f"CREATE TRIGGER copy_ad AFTER DELETE ON copy BEGIN {_FTS_DELETE} "
     "DELETE FROM copy_grams WHERE rowid = old.id; END"),
    (f"CREATE TRIGGER copy_au AFTER UPDATE OF title, body ON copy BEGIN {_FTS_DELETE} "
     f"{_FTS_INSERT} DELETE FROM copy_grams WHERE rowid = old.id; "
     f"INSERT INTO copy_grams(rowid, grams) VALUES (new.id, {_old_grams('new')}); END"),
)


def _rebuild(table: str, cut, triggers) -> None:
    for name in ("copy_ai", "copy_ad", "copy_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS copy_grams")
    op.execute(table)
    # one statement: FTS5 writes its pending entries out at the end of each statement, so
    # filling the index row by row would write (and merge) one small segment per copy
    op.execute(f"INSERT INTO copy_grams(rowid, grams) SELECT copy.id, {cut('copy')} FROM copy")
    op.execute("INSERT INTO copy_grams(copy_grams) VALUES ('optimize')")
    for trigger in triggers:
        op.execute(trigger)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(CONTENTLESS, grams, TRIGGERS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(_STORED, _old_grams, _OLD_TRIGGERS)
