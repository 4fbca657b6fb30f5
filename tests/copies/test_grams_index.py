"""copies_0005: the 2-character index (copy_grams) stores no copy of its grams. A store made
before it upgrades with its copies intact and finds exactly what it found before; and since a
contentless index cannot look up what it holds for a row, the triggers' deletes must remove
exactly what the inserts added — checked against the index's own vocabulary."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from flashdesk.copies import service
from flashdesk.copies.service import CopyDraft, CopyQuery, find_copies
from flashdesk.store import open_store
from flashdesk.store.migrations import known_heads, store_revisions
from tests.copies.heads import heads_with_copies_at
from tests.old_stores import STAMP, old_store

pytestmark = pytest.mark.sqlite_only

COPIES = (
    ("周末福利", "全场八折起，会员专享折扣"),
    ("晚安", "明天见福"),
    ("VIP 专场", "限时接龙!! 回复 Vip 领取"),
    ("福", ""),
    ("名额只剩三个", "倒计时开始，群内价只到今晚"),
    ("Launch", "New arrivals: 新品 上架"),
)
TERMS = ("福", "v", "!", "福利", "折扣", "vi", "!!", "接龙", "群内价", "倒计时", "名额只剩", "vip",
         "福利 倒计时", "新品 launch", "会员专享折扣", "不存在")


def _results(store) -> dict[str, list[int]]:
    return {term: [c.id for c in find_copies(store, CopyQuery(text=term), limit=1000)]
            for term in TERMS}


def _rows(path) -> list[tuple]:
    return sqlite3.connect(path).execute("SELECT * FROM copy ORDER BY id").fetchall()


def test_a_store_before_copies_0005_upgrades_with_the_same_copies_and_results(tmp_path):
    def rows(run):
        for title, body in COPIES:
            run("INSERT INTO copy (title, body, channel, stage, levers, favourite, times_used, "
                "deleted, created_at, updated_at) VALUES (?, ?, '', 'survey', '', 0, 0, 0, ?, ?)",
                (title, body, STAMP, STAMP))

    path = old_store(tmp_path, *heads_with_copies_at("copies_0004"), rows=rows)
    old = open_store(path, migrate=False)
    assert "copies_0004" in store_revisions(old)
    before, rows_before = _results(old), _rows(path)
    old.close()
    assert before["福"] and before["折扣"] and before["名额只剩"] and before["!!"]

    store = open_store(path)
    assert store_revisions(store) == known_heads()
    con = sqlite3.connect(path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'copy_grams'").fetchone()[0]
    assert "content=''" in sql and "detail=none" in sql
    tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
    assert "copy_grams_content" not in tables and "copy_grams_docsize" not in tables
    assert _rows(path) == rows_before
    assert _results(store) == before
    _assert_index_matches_rows(path)
    store.close()


def _grams(text: str) -> set[str]:
    """What unicode61 makes of a text's 2-character substrings: each gram cut at anything
    that is not a letter or digit, folded to lower case."""
    tokens = set()
    for i in range(len(text)):
        gram = text[i:i + 2]
        tokens |= {part.lower() for part in "".join(
            ch if ch.isalnum() else " " for ch in gram).split()}
    return tokens


def _assert_index_matches_rows(path) -> None:
    """Every token of copy_grams is held by exactly the copies whose title or body has it."""
    con = sqlite3.connect(path)
    con.execute("CREATE VIRTUAL TABLE temp.grams_vocab USING fts5vocab(main, copy_grams, row)")
    indexed = dict(con.execute("SELECT term, doc FROM temp.grams_vocab"))
    expected = Counter(token for title, body in con.execute("SELECT title, body FROM copy")
                       for token in _grams(title) | _grams(body))
    con.close()
    assert indexed == dict(expected)


def test_edits_undo_and_deletes_leave_the_index_equal_to_the_rows(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    ids = [service.create_copy(store, CopyDraft(title=t, body=b)).result for t, b in COPIES]
    edited = CopyDraft.of(service.get_copy(store, ids[0]))
    edited.title, edited.body = "周末专场", "全场七折，VIP 折上折"
    change = service.update_copy(store, ids[0], edited)
    assert ids[0] not in _results(store)["福利"] and ids[0] in _results(store)["vip"]
    change.apply(store, undo=True)  # back to 周末福利: the triggers run for the undo too
    assert ids[0] in _results(store)["福利"]
    change.apply(store, undo=False)
    imported = service.add_imported(store, [
        service_row(n, title, body) for n, (title, body) in enumerate(COPIES)])
    _assert_index_matches_rows(path)
    imported.apply(store, undo=True)  # the import undone deletes its copies
    _assert_index_matches_rows(path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM copy WHERE id = ?", (ids[1],))
    assert ids[1] not in _results(store)["福"]
    _assert_index_matches_rows(path)
    store.close()


def service_row(n: int, title: str, body: str):
    from flashdesk.copies.transfer import ImportRow

    return ImportRow(n + 2, CopyDraft(title=title, body=body), times_used=n)


def test_the_one_statement_import_stores_what_the_plain_insert_stores(tmp_path, monkeypatch):
    """SQLite imports through a staging table and one INSERT … SELECT (so FTS5 builds big
    segments); other engines insert the rows directly. Both leave the same rows and the same
    search results."""
    from datetime import datetime

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 6, 1, 12, 30, 5, 123456)

    monkeypatch.setattr(service, "datetime", Frozen)
    rows = [service_row(n, f"{COPIES[n % 6][0]} {n}", COPIES[n % 6][1]) for n in range(40)]
    rows[3].draft.participants, rows[5].draft.favourite, rows[7].draft.levers = 12, True, ("herd",)
    stored = {}
    for name, direct in (("staged", False), ("direct", True)):
        path = tmp_path / f"{name}.sqlite3"
        store = open_store(path)
        with monkeypatch.context() as patch:
            if direct:
                patch.setattr(service, "_is_sqlite", lambda _store: False)
            change = service.add_imported(store, rows)
        imported = sqlite3.connect(path).execute(
            "SELECT * FROM copy WHERE id >= ? ORDER BY id", (min(change.result),)).fetchall()
        stored[name] = (imported, _results(store), change.result)
        _assert_index_matches_rows(path)
        store.close()
    assert stored["staged"] == stored["direct"]
    imported = stored["staged"][0]
    assert len(imported) == 40 and imported[0][-2:] == ("2026-06-01 12:30:05.123456",) * 2
    assert [r[2] for r in imported] == [row.draft.title for row in rows]
