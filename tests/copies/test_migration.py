"""copies_0001 upgrades a foundation store: campaigns intact, the copy table, its search
indexes and the seed library in place."""

import ast
import sqlite3
import tomllib

import flashdesk.store.migrations as migrations
from flashdesk.copies.service import CopyDraft, CopyQuery, create_copy, find_copies, library_size
from flashdesk.store import open_store
from flashdesk.store.engine import Store, make_engine
from tests.old_stores import old_store


def test_foundation_store_gets_the_copy_library(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

    store = open_store(path)
    row = sqlite3.connect(path).execute("SELECT id, name, product, quota FROM campaign").fetchone()
    assert row == (1, "旧活动", "面霜", 300)
    assert library_size(store) == len(_frozen_seeds()) >= 40
    new_id = create_copy(store, CopyDraft(title="旧活动专属", body="面霜折扣只剩今晚", campaign_id=1)).result
    found = find_copies(store, CopyQuery(text="折扣", campaign_id=1, scope="campaign"))
    assert [c.id for c in found] == [new_id]
    store.close()


def _frozen_seeds() -> list[dict]:
    path = migrations.SCRIPT_DIR / "versions" / "copies_0001_seed.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))["copy"]


def test_copies_0001_inserts_its_frozen_seeds_not_the_current_seed_file(tmp_path):
    """What the revision inserts is its own data file: it imports no FlashDesk module (which
    would read resources/copies/seed.toml as it is today) and a new store holds exactly the
    frozen seeds after it."""
    source = (migrations.SCRIPT_DIR / "versions" / "copies_0001.py").read_text(encoding="utf-8")
    imported = {alias.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert not {name for name in imported if name.split(".")[0] == "flashdesk"}

    engine, path = make_engine(tmp_path / "new.sqlite3")
    store = Store(engine, path)
    migrations.upgrade(store, "copies_0001")  # later revisions may change the seeds
    rows = sqlite3.connect(path).execute(
        "SELECT seed_key, title, body FROM copy WHERE seed_key IS NOT NULL ORDER BY id").fetchall()
    assert rows == [(e["key"], e["title"], e["body"].strip()) for e in _frozen_seeds()]
    store.close()


def test_copies_0003_rebuilds_the_short_term_index_with_the_copies_intact(tmp_path):
    """A store at every head but copies_0003, holding the operator's own copies, upgrades:
    the copies stay, and 1- and 2-character terms find what they found before, from the new
    index (2-character substrings, no positions)."""
    from flashdesk.store.migrations import revision_graph
    from tests.copies.heads import heads_with_copies_at

    before = heads_with_copies_at("copies_0002")
    assert "copies_0003" in revision_graph()

    def rows(run):
        for title, body in (("周末福利", "全场八折起，会员专享折扣"), ("晚安", "明天见福"),
                            ("VIP 专场", "限时接龙")):
            run("INSERT INTO copy (title, body, channel, stage, levers, favourite, times_used, "
                "deleted, created_at, updated_at) VALUES (?, ?, '', 'survey', '', 0, 0, 0, ?, ?)",
                (title, body, "2026-05-01 00:00:00", "2026-05-01 00:00:00"))

    path = old_store(tmp_path, *before, rows=rows)
    old_count = sqlite3.connect(path).execute("SELECT count(*) FROM copy").fetchone()[0]
    store = open_store(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM copy").fetchone()[0] == old_count
    assert "detail=none" in con.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'copy_grams'").fetchone()[0]

    def titles(text):
        return {c.title for c in find_copies(store, CopyQuery(text=text), limit=999)}

    assert {"周末福利", "晚安"} <= titles("福")  # 福 as the very last character counts too
    assert "周末福利" in titles("折扣") and "晚安" not in titles("折扣")
    assert "VIP 专场" in titles("vip") and "VIP 专场" in titles("v")
    new_id = create_copy(store, CopyDraft(title="新的", body="今晚福袋")).result  # new triggers
    assert new_id in {c.id for c in find_copies(store, CopyQuery(text="福袋"))}
    store.close()
