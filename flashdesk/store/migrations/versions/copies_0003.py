"""Copy library: a cheaper index for 1- and 2-character search terms.

copy_grams held every 1- and 2-character gram of a copy with positions: about 240 tokens per
copy, ~74 % of the time to add a copy and over half the store. It now holds each copy's
2-character substrings only (the last character alone, so every character starts one),
without positions (detail=none: a gram is matched as one token, never as a phrase), and
folds case but not accents, like a plain substring match. A 2-character term is one token;
a 1-character term is a prefix query (福*). Built without DISTINCT: FTS5 keeps one entry per
token and copy anyway. Terms of 3+ characters still use the trigram index (copy_fts).

Revision ID: copies_0003
Revises: copies_0002
"""
from alembic import op

revision = "copies_0003"
down_revision = "copies_0002"
branch_labels = None
depends_on = None

_TEXT = "({row}.title || ' ' || {row}.body)"
_FTS_INSERT = "INSERT INTO copy_fts(rowid, title, body) VALUES (new.id, new.title, new.body);"
_FTS_DELETE = ("INSERT INTO copy_fts(copy_fts, rowid, title, body) "
               "VALUES ('delete', old.id, old.title, old.body);")


def _bigrams(row: str) -> str:
    text = _TEXT.format(row=row)
    return (f"SELECT {row}.id, coalesce(group_concat(substr({text}, n, 2), ' '), '') "
            f"FROM copy_seq WHERE n <= length({text})")


def _old_grams(row: str) -> str:
    """copies_0001's gram select, for the downgrade."""
    text = _TEXT.format(row=row)
    return (f"SELECT {row}.id, coalesce(group_concat(g, ' '), '') FROM ("
            f"SELECT DISTINCT lower(substr({text}, n, 2)) AS g FROM copy_seq "
            f"WHERE n < length({text}) "
            f"UNION SELECT DISTINCT lower(substr({text}, n, 1)) FROM copy_seq "
            f"WHERE n <= length({text}))")


def _triggers(grams) -> tuple[str, ...]:
    return (
        (f"CREATE TRIGGER copy_ai AFTER INSERT ON copy BEGIN {_FTS_INSERT} "
         f"INSERT INTO copy_grams(rowid, grams) {grams('new')}; END"),
        (f"CREATE TRIGGER copy_ad AFTER DELETE ON copy BEGIN {_FTS_DELETE} "
         "DELETE FROM copy_grams WHERE rowid = old.id; END"),
        (f"CREATE TRIGGER copy_au AFTER UPDATE OF title, body ON copy BEGIN {_FTS_DELETE} "
         f"{_FTS_INSERT} DELETE FROM copy_grams WHERE rowid = old.id; "
         f"INSERT INTO copy_grams(rowid, grams) {grams('new')}; END"),
    )


def _rebuild(table: str, grams) -> None:
    for name in ("copy_ai", "copy_ad", "copy_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS copy_grams")
    op.execute(table)
    op.execute(f"INSERT INTO copy_grams(rowid, grams) SELECT copy.id, "
               f"({grams('copy').replace('SELECT copy.id, ', 'SELECT ', 1)}) FROM copy")
    for trigger in _triggers(grams):
        op.execute(trigger)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("CREATE VIRTUAL TABLE copy_grams USING fts5(grams, "
                 "tokenize='unicode61 remove_diacritics 0', detail=none)", _bigrams)
        op.execute("INSERT INTO copy_grams(copy_grams) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("CREATE VIRTUAL TABLE copy_grams USING fts5(grams, tokenize='unicode61')",
                 _old_grams)
