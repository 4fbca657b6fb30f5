"""A store made by an older schema is upgraded with its data intact, after a backup."""

import sqlite3

from flashdesk.store import open_store
from flashdesk.store.backup import list_backups
from flashdesk.store.migrations import script_heads, store_revisions
from tests.old_stores import old_store


def test_store_at_foundation_upgrades_to_every_head(tmp_path):
    path = old_store(tmp_path, "0001_foundation")

    store = open_store(path)
    assert store_revisions(store) == script_heads()
    row = sqlite3.connect(path).execute(
        "SELECT name, product, list_price, deal_price, quota, launch_at, lifetime_days, notes "
        "FROM campaign").fetchone()
    assert row == ("旧活动", "面霜", 299.0, 199.0, 300, "2026-05-20 20:00:00.000000", 2, "老数据")
    if script_heads() != {"0001_foundation"}:
        assert list_backups(path), "a backup is taken before any migration runs"
    store.close()


def test_opening_a_current_store_takes_no_backup(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    open_store(path).close()
    assert list_backups(path) == []


def test_light_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from flashdesk.store.migrations import _config, known_heads, revision_graph

    script = ScriptDirectory.from_config(_config())
    assert known_heads() == script_heads()
    assert set(revision_graph()) == {rev.revision for rev in script.walk_revisions()}
    assert revision_graph() == {rev.revision: rev._normalized_down_revisions for rev in script.walk_revisions()}


def test_revision_reading_parses_the_whole_file_when_its_head_cannot_tell():
    """store/heads.py parses a version file's head alone (before its first function) unless
    that head is not valid Python on its own or the identifiers are assigned again below it."""
    from flashdesk.store.heads import _identifiers

    plain = 'revision = "b"\ndown_revision = ("a", "c")\n\ndef upgrade():\n    revision = "x"\n'
    assert _identifiers(plain) == {"revision": "b", "down_revision": ("a", "c")}
    cut_in_string = '"""Notes\ndef upgrade() is below\n"""\nrevision = "b"\ndown_revision = None\n' \
                    'def upgrade():\n    pass\n'
    assert _identifiers(cut_in_string) == {"revision": "b", "down_revision": None}
    again = 'revision = "b"\ndown_revision = "a"\ndef helper():\n    pass\ndown_revision = "z"\n'
    assert _identifiers(again) == {"revision": "b", "down_revision": "z"}
