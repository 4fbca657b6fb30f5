"""Copy library: the search index on PostgreSQL (team stores).

SQLite keeps its FTS5 indexes (copy_fts, copy_grams); this revision changes nothing there.
On PostgreSQL the copy library is searched through one GIN index over an expression: every
character and every 2-character substring of the copy's lower-cased title and body
(`flashdesk_grams`). A term of one character is one gram; a longer term is all of its
2-character substrings, every one of which a copy containing the term must hold; the
candidates the index yields are then checked with strpos, so the result is exactly a
substring match. Unlike pg_trgm this finds 2-character Chinese terms (福利, 折扣) through the
index, and it does not depend on the database's locale. The index follows every insert,
update and delete by itself (no triggers, no extension needed).

The grams are cut by two regexp_replace passes (pairs starting at odd, then even positions)
rather than a loop over substr(), which is quadratic on multibyte text. U+0001 separates the
grams and is turned into a space in the text first. The index compares grams bytewise
(COLLATE "C": the locale's collation costs much more and means nothing for equality), and
the function is declared costly, so the planner reaches the grams through the index rather
than computing them row by row.

Revision ID: copies_0004
Revises: copies_0003
"""
from alembic import op

revision = "copies_0004"
down_revision = "copies_0003"
branch_labels = None
depends_on = None

GRAMS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION flashdesk_grams(content text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
    SELECT string_to_array(folded, NULL)
           || string_to_array(regexp_replace(folded, '(..)', E'\\1\x01', 'g') || E'\x01'
                              || regexp_replace(substr(folded, 2), '(..)', E'\\1\x01', 'g'), E'\x01')
    FROM (SELECT translate(lower(content), E'\x01', ' ') AS folded) AS text_of_copy
$$
"""
INDEX = ("CREATE INDEX ix_copy_grams ON copy USING gin "
         "((flashdesk_grams(title || ' ' || body) COLLATE \"C\"))")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRAMS_FUNCTION)
        op.execute(INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_copy_grams")
        op.execute("DROP FUNCTION IF EXISTS flashdesk_grams(text)")
