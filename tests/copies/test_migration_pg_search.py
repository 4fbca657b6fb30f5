"""copies_0004 upgrades a store made before it: on PostgreSQL the copies already there are
found through the new gram index (福利 included) with their rows intact; on SQLite the
revision changes nothing and the FTS5 search goes on as before."""

from __future__ import annotations

from sqlalchemy import text

from flashdesk.copies.service import CopyQuery, find_copies
from flashdesk.store import open_store
from flashdesk.store.migrations import known_heads, store_revisions, upgrade
from tests.copies.heads import heads_with_copies_at
from tests.old_stores import old_store

BEFORE = heads_with_copies_at("copies_0003")
ROW = {"title": "旧店福利", "body": "老客户专享，折扣到月底", "at": "2026-05-01 00:00:00"}
INSERT = ("INSERT INTO copy (title, body, channel, stage, levers, favourite, times_used, deleted, "
          "created_at, updated_at) VALUES (:title, :body, '', 'preview', '', false, 3, false, :at, :at)")


def _found(store, term):
    return {c.title for c in find_copies(store, CopyQuery(text=term), limit=1000)}


def test_a_team_store_before_copies_0004_finds_its_copies_through_the_new_index(pg_url):
    old = open_store(pg_url, migrate=False)
    for revision in BEFORE:
        upgrade(old, revision)
    assert "copies_0004" not in store_revisions(old)
    with old.engine.begin() as conn:
        conn.execute(text(INSERT), ROW)
        seeded = conn.execute(text("SELECT count(*) FROM copy")).scalar_one()
    old.close()

    store = open_store(pg_url)
    assert store_revisions(store) == known_heads()
    with store.engine.connect() as conn:
        indexes = {r[0] for r in conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'copy'"))}
        row = conn.execute(text("SELECT title, body, times_used FROM copy WHERE title = :t"), {"t": ROW["title"]}).one()
        assert conn.execute(text("SELECT count(*) FROM copy")).scalar_one() == seeded
        conn.execute(text("SET enable_seqscan = off"))  # a small table: show that the index serves
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM copy WHERE (flashdesk_grams(copy.title || ' ' || copy.body) "
            "COLLATE \"C\") @> ARRAY['福利']")))
    assert "ix_copy_grams" in indexes and "ix_copy_grams" in plan
    assert tuple(row) == (ROW["title"], ROW["body"], 3)
    assert "旧店福利" in _found(store, "福利")
    assert _found(store, "到月底") == {"旧店福利"}
    assert "旧店福利" not in _found(store, "福利 不存在")
    store.close()


def test_on_sqlite_copies_0004_changes_nothing(tmp_path):
    def rows(run):
        run("INSERT INTO copy (title, body, channel, stage, levers, favourite, times_used, deleted, "
            "created_at, updated_at) VALUES (?, ?, '', 'preview', '', 0, 3, 0, ?, ?)",
            (ROW["title"], ROW["body"], ROW["at"], ROW["at"]))

    path = old_store(tmp_path, *BEFORE, rows=rows)
    store = open_store(path)
    assert store_revisions(store) == known_heads()
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "ix_copy_grams" not in names and {"copy_fts", "copy_grams"} <= names
    assert "旧店福利" in _found(store, "福利")
    store.close()
