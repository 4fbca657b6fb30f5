"""A store made before tasks linked posts (at tasks_0001 + links_0001), with tasks, links
and posts in it, gains the real task → post foreign key with every row intact."""

import sqlite3

from flashdesk.store import open_store
from flashdesk.store.migrations import upgrade

ROWS = [
    "INSERT INTO campaign (id, name, product, industry, list_price, deal_price, quota, launch_at, "
    "lifetime_days, notes, archived, deleted, created_at, updated_at) VALUES (1, '旧活动', '面霜', "
    "'', 299, 199, 300, '2026-05-20 20:00:00.000000', 2, '', 0, 0, '2026-05-01 00:00:00', "
    "'2026-05-01 00:00:00')",
    "INSERT INTO channel (id, campaign_id, position, kind, name, forms, direction, notes, owner) "
    "VALUES (1, 1, 0, 'moments', '企业微信朋友圈', 'copy_link', '', '', '')",
    "INSERT INTO post (id, campaign_id, channel_id, day, time_of_day, anchor, position, stage, "
    "title, owner, status, followed_up) VALUES (7, 1, 1, '2026-05-17', '12:00:00.000000', 'D', 0, "
    "'survey', '选品调研', '', 'planned', 0)",
    "INSERT INTO task_role (id, campaign_id, key, name, position) VALUES (1, 1, 'copywriter', '文案', 0)",
    "INSERT INTO task (id, campaign_id, position, key, name, phase, role_id, start, \"end\", "
    "progress, milestone, status, notes, anchor, key_node, post_id, deleted) VALUES "
    "(1, 1, 1, 'moments_d3', '朋友圈 D-3', 'warm_up', 1, '2026-05-17 12:00:00.000000', "
    "'2026-05-17 13:00:00.000000', 40, 0, 'doing', '带图', 'L', '', 7, 0)",
    "INSERT INTO task (id, campaign_id, position, key, name, phase, role_id, start, \"end\", "
    "progress, milestone, status, notes, anchor, key_node, post_id, deleted) VALUES "
    "(2, 1, 2, '', '跟进', 'warm_up', NULL, '2026-05-17 19:00:00.000000', "
    "'2026-05-17 21:00:00.000000', 0, 0, 'todo', '', 'L', '', 99, 0)",
    "INSERT INTO task_link (id, campaign_id, predecessor_id, successor_id, kind, lag_minutes) "
    "VALUES (1, 1, 1, 2, 'FS', 30)",
]


def test_store_at_previous_heads_gains_the_post_link(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_store(path, migrate=False)
    upgrade(old, "tasks_0001")
    upgrade(old, "links_0001")
    with old.engine.begin() as conn:
        for statement in ROWS:
            conn.exec_driver_sql(statement)
    old.close()

    store = open_store(path)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")} >= {"links2_0001"}
    assert conn.execute("SELECT id, name, progress, status, notes, role_id, post_id FROM task "
                        "ORDER BY id").fetchall() == [
        (1, "朋友圈 D-3", 40, "doing", "带图", 1, 7),
        (2, "跟进", 0, "todo", "", None, None)]  # 99 named no post: unlinked
    assert conn.execute("SELECT predecessor_id, successor_id, kind, lag_minutes FROM task_link"
                        ).fetchall() == [(1, 2, "FS", 30)]
    assert conn.execute("SELECT id, stage FROM post").fetchall() == [(7, "survey")]
    keys = [(r[2], r[3], r[4], r[6]) for r in conn.execute("PRAGMA foreign_key_list(task)")]
    assert ("post", "post_id", "id", "SET NULL") in keys
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("DELETE FROM post WHERE id = 7")
    assert conn.execute("SELECT post_id FROM task WHERE id = 1").fetchone() == (None,)
    conn.close()


def _ancestors(graph, revision):
    seen, stack = set(), list(graph[revision])
    while stack:
        rev = stack.pop()
        if rev not in seen:
            seen.add(rev)
            stack.extend(graph[rev])
    return seen


def test_no_migration_rebuilds_post_after_tasks_point_at_it():
    """Rebuilding `post` (batch_alter_table on SQLite) drops the old table, and ON DELETE SET
    NULL then unlinks every task from its post. Any such migration must run before
    links2_0001 (be among its ancestors) or park task.post_id during the rebuild."""
    from flashdesk.store.migrations import SCRIPT_DIR, revision_graph

    graph = revision_graph()
    before = _ancestors(graph, "links2_0001")
    for path in sorted((SCRIPT_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision = next(r for r in graph if f'revision = "{r}"' in text)
        rebuilds_post = any(f'batch_alter_table({q}post{q}' in text for q in "\"'")
        if rebuilds_post and revision not in before and "task.post_id" not in text:
            raise AssertionError(
                f"{revision} rebuilds the post table but does not run before links2_0001: add it "
                f"to links2_0001's down_revision, or keep task.post_id through the rebuild")
