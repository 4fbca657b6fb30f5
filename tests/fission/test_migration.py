"""A store made before fission existed gains its tables with its campaign intact, and takes
an invite import; a store at fission_0001 keeps its invites and rewards."""

import sqlite3

from flashdesk.fission.service import board, import_invites, model_of
from flashdesk.store import open_store
from flashdesk.store.migrations import script_heads
from tests.fission import exports
from tests.old_stores import OLD_CAMPAIGN, old_store


def test_store_without_fission_gets_its_tables(tmp_path):
    before = sorted(h for h in script_heads() if not h.startswith("fission"))
    path = old_store(tmp_path, "0001_foundation", *before)
    store = open_store(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name, product FROM campaign").fetchone() == OLD_CAMPAIGN[:2]
    assert model_of(store, 1) is None
    summary, _change = import_invites(store, 1, exports.member_export(tmp_path))
    assert summary.count("added") == 4
    assert [e.promoter for e in board(store, 1).entries] == ["小红", "小蓝"]
    store.close()


def test_store_at_fission_0001_keeps_its_invites_and_rewards(tmp_path):
    def rows(run):
        run("INSERT INTO fission_plan (campaign_id, model) VALUES (1, 'spread')")
        for i in range(3):
            run("INSERT INTO fission_invite (campaign_id, inviter, inviter_key, invitee, "
                "invitee_key, invited_at, left_at, source, file_row) VALUES (1, '小红', "
                f"'name:小红', '阿{i}', 'name:阿{i}', '2026-05-18 10:00:00.000000', NULL, "
                f"'邀请.csv', {i + 2})")
        run("INSERT INTO fission_reward (campaign_id, promoter_key, invites, status, sent_at) "
            "VALUES (1, 'name:小红', 3, 'sent', '2026-05-21 10:00:00.000000')")

    path = old_store(tmp_path, "0001_foundation", "fission_0001",
                     rows=rows)
    store = open_store(path)
    [entry] = board(store, 1).entries
    assert (entry.promoter, entry.valid, entry.tier.reward, entry.status) == (
        "小红", 3, "试用装一份", "sent")
    store.close()
