"""A new store made from the template (store/template.py) holds exactly what running every
migration makes; a template that does not match the migrations is never used."""

from __future__ import annotations

import gzip
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

import flashdesk
from flashdesk.campaigns.sample import ensure_sample
from flashdesk.campaigns.service import list_campaigns
from flashdesk.store import open_store
from flashdesk.store.migrations import known_heads
from flashdesk.store.template import (
    STAMPS,
    TEMPLATE,
    TIME_FORMAT,
    build,
    create_from_template,
    fingerprint,
    migrated_store,
    template_folder,
)

pytestmark = pytest.mark.sqlite_only

REBUILD = "the store template is out of date: run `python -m flashdesk.store.template` and commit it"


CONSTRAINT_WORDS = ("CONSTRAINT", "FOREIGN KEY", "PRIMARY KEY", "UNIQUE", "CHECK")


def _constraints_sorted(sql: str | None):
    """A table's CREATE statement with its columns in order and its table constraints in
    sorted order: a batch migration rebuilds a table with its unnamed foreign keys in an order
    that depends on the process's string hashing, which means the same to SQLite."""
    if not sql:
        return sql
    lines = [line.strip().rstrip(",").strip() for line in sql.splitlines()]
    constraints = sorted(line for line in lines if line.startswith(CONSTRAINT_WORDS))
    return [line for line in lines if not line.startswith(CONSTRAINT_WORDS)] + constraints


def dump(path: Path, since: datetime, until: datetime) -> dict:
    """Everything in a store file: its schema, header values and every row of every table, the
    times stamped between `since` and `until` (what the migrations stamp) told as STAMPED."""
    con = sqlite3.connect(path)
    try:
        out = {"schema": sorted((kind, name, table, _constraints_sorted(sql)) for kind, name, table, sql
                                in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
               "user_version": con.execute("PRAGMA user_version").fetchone(),
               "page_size": con.execute("PRAGMA page_size").fetchone(),
               "encoding": con.execute("PRAGMA encoding").fetchone()}

        def shown(value):
            if isinstance(value, str) and len(value) == 26:
                try:
                    if since <= datetime.strptime(value, TIME_FORMAT) <= until:
                        return "STAMPED"
                except ValueError:
                    pass
            return value

        # a virtual table's rows are in its shadow tables (a contentless index cannot be read)
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").fetchall():
            # as a set of rows: an INTEGER PRIMARY KEY is among the columns; a rowid of its own
            # is SQLite's (alembic_version's rows come in hash order)
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            out[table] = sorted((tuple(shown(v) for v in row) for row in rows), key=repr)
    finally:
        con.close()
    return out


def test_template_is_the_migrated_store(tmp_path):
    since = datetime.now()
    migrated_store(tmp_path / "migrated.sqlite3")
    assert create_from_template(tmp_path / "template.sqlite3"), REBUILD
    until = datetime.now()
    migrated = dump(tmp_path / "migrated.sqlite3", since, until)
    made = dump(tmp_path / "template.sqlite3", since, until)
    assert migrated.keys() == made.keys(), REBUILD
    for key in migrated:
        assert migrated[key] == made[key], f"{key}: {REBUILD}"
    # the migrations stamp the seeded copies; the template's stamps were replaced by now
    assert any("STAMPED" in row for row in made["copy"])
    con = sqlite3.connect(tmp_path / "template.sqlite3")
    assert con.execute("SELECT value FROM store_info WHERE key = 'app_version'").fetchone() == \
        (flashdesk.__version__,)
    con.close()
    # nothing left beside the store but the store itself
    assert sorted(p.name for p in tmp_path.iterdir()) == ["migrated.sqlite3", "template.sqlite3"]


def test_a_first_start_opens_a_store_made_from_the_template(tmp_path):
    store = open_store(tmp_path / "first.sqlite3")
    try:
        with store.engine.connect() as conn:
            revisions = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
        assert revisions == known_heads()
        assert ensure_sample(store) is not None
        assert [c.name for c in list_campaigns(store)] == ["618 爽肤水限定装快闪群"]
    finally:
        store.close()
    # the store is the template's: no backup was taken, as for a store the migrations make
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.sqlite3"]


def _stale_template(folder: Path) -> Path:
    """The template with one more revision than this FlashDesk knows."""
    build(folder)
    raw = folder / "raw.sqlite3"
    raw.write_bytes(gzip.decompress((folder / TEMPLATE[1]).read_bytes()))
    con = sqlite3.connect(raw)
    with con:
        con.execute("INSERT INTO alembic_version VALUES ('copies_9999')")
    con.close()
    (folder / TEMPLATE[1]).write_bytes(gzip.compress(raw.read_bytes()))
    raw.unlink()
    return folder


def test_a_template_that_does_not_match_the_migrations_is_not_used(tmp_path):
    folder = _stale_template(tmp_path / "stale")
    target = tmp_path / "new" / "store.sqlite3"
    target.parent.mkdir()
    assert not create_from_template(target, folder)
    assert list(target.parent.iterdir()) == []  # nothing written, not even a temporary file


def test_a_template_built_by_other_migrations_is_not_used(tmp_path):
    """Same revisions, but a migration's file changed since the template was built (its
    schema may differ): the fingerprint tells."""
    folder = tmp_path / "other"
    build(folder)
    about = json.loads((folder / STAMPS[1]).read_text(encoding="utf-8"))
    assert about["migrations"] == fingerprint()
    about["migrations"] = "0" * 64
    (folder / STAMPS[1]).write_text(json.dumps(about), encoding="utf-8")
    assert not create_from_template(tmp_path / "store.sqlite3", folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other"]


def test_a_missing_template_is_not_used(tmp_path):
    (tmp_path / "empty").mkdir()
    assert not create_from_template(tmp_path / "store.sqlite3", tmp_path / "empty")
    assert not (tmp_path / "store.sqlite3").exists()


def test_a_store_made_meanwhile_by_another_app_is_kept(tmp_path):
    target = tmp_path / "store.sqlite3"
    target.write_bytes(b"")  # another process made it between the check and the link
    assert create_from_template(target)
    assert target.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3"]


def test_the_shipped_template_is_where_the_app_looks():
    assert (template_folder() / TEMPLATE[1]).is_file()
    assert (template_folder() / STAMPS[1]).is_file()
