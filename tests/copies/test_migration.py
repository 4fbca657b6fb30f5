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
