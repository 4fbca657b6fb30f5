"""Invites and rewards by hand-count: an SCRM invite export made here gives the leaderboard
and rewards counted in tests/fission/exports.py, with the 24 h and existing-customer rules
saying why per row; dry-run, re-import, a member export, a bad file, reward status undo."""

import sqlite3

import pytest

from flashdesk.fission.invites_file import InviteImportError
from flashdesk.fission.service import board, import_invites, invites, set_reward_status
from tests.customers import exports as customer_exports
from tests.customers.test_import import load
from tests.fission import exports


@pytest.fixture
def fission(store, tmp_path):
    campaign_id = exports.campaign(store)
    load(store, customer_exports.customer_list(tmp_path))  # 张三 added 2026-05-01
    load(store, customer_exports.order_export(tmp_path))   # 周九 ordered 2026-06-18
    return campaign_id


def _count(store, table):
    with sqlite3.connect(store.path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_leaderboard_and_rewards_match_the_hand_count(store, tmp_path, fission):
    summary, change = import_invites(store, fission, exports.invite_export(tmp_path))
    assert not change.empty
    assert (summary.count("added"), summary.count("skipped")) == (20, 1)
    found = board(store, fission)
    assert [(e.rank, e.promoter, e.valid, e.not_counted, e.tier.reward if e.tier else None)
            for e in found.entries] == exports.EXPECTED
    assert [e.status for e in found.entries] == ["pending", "pending", "", ""]
    assert found.entries[2].next_tier.invites - found.entries[2].valid == 1
    reasons = {i.invitee: i.reason for i in invites(store, fission)}
    assert "5.0 h" in reasons["阿3"] and "24 h" in reasons["阿3"]
    assert "2026-05-01" in reasons["张三"]
    assert "2026-06-18" in reasons["周九"]
    assert reasons["小紫"] == "invited themselves"
    assert reasons["蓝4"] == "" and reasons["阿1"] == ""  # 30 h is past 24 h; 小红's, not 小绿's
    skipped = [r for r in summary.rows if r.action == "skipped"]
    assert [(r.inviter, r.invitee) for r in skipped] == [("小绿", "阿1")]
    assert "小红" in skipped[0].reason
    # 16 valid from 3 promoters; no group member counts yet: 19 people seen in valid invites
    assert (found.valid, found.members) == (16, 19)
    assert [(f.key, f.text()) for f in found.figures] == [
        ("invites_per_promoter", "5.3"), ("share_inviting", "16%"), ("members_per_promoter", "6.3")]


def test_dry_run_changes_nothing_and_reimport_is_unchanged(store, tmp_path, fission):
    path = exports.invite_export(tmp_path)
    summary, change = import_invites(store, fission, path, dry_run=True)
    assert change is None and summary.count("added") == 20
    assert _count(store, "fission_invite") == 0
    import_invites(store, fission, path)
    again, change = import_invites(store, fission, path)
    assert change.empty and again.unchanged and again.count("unchanged") == 20
    assert _count(store, "fission_invite") == 20


def test_a_later_export_updates_a_person_who_left(store, tmp_path, fission):
    import_invites(store, fission, exports.invite_export(tmp_path))
    rows = [list(r) for r in exports.INVITES]
    rows[0][5] = rows[0][4].replace(hour=12)  # 阿1 left three hours after joining
    summary, _change = import_invites(store, fission, exports.invite_export(tmp_path, rows))
    assert summary.count("updated") == 1
    red = board(store, fission).entries[0]
    assert (red.promoter, red.valid, red.not_counted, red.tier.reward) == ("小红", 9, 3, "试用装一份")


def test_member_export_inviter_column(store, tmp_path):
    campaign_id = exports.campaign(store, "product")
    summary, _change = import_invites(store, campaign_id, exports.member_export(tmp_path))
    assert summary.without_inviter == 2 and summary.count("added") == 4
    found = board(store, campaign_id)
    assert [(e.promoter, e.valid, e.tier.reward if e.tier else None) for e in found.entries] == [
        ("小红", 3, "拼团价成团"), ("小蓝", 1, None)]


def test_a_bad_cell_names_row_and_column_and_nothing_is_imported(store, tmp_path, fission):
    rows = [list(r) for r in exports.INVITES]
    rows[4][4] = "昨天下午"
    with pytest.raises(InviteImportError) as error:
        import_invites(store, fission, exports.invite_export(tmp_path, rows))
    assert "Row 7, column E (邀请时间)" in str(error.value) and "nothing was imported" in str(error.value)
    assert _count(store, "fission_invite") == 0


def test_a_file_without_inviter_column_is_refused(store, tmp_path, fission):
    path = customer_exports.customer_list(tmp_path)
    with pytest.raises(InviteImportError, match="邀请人"):
        import_invites(store, fission, path)


def test_reward_status_is_editable_and_undoable(store, tmp_path, fission):
    import_invites(store, fission, exports.invite_export(tmp_path))
    red = board(store, fission).entries[0]
    change = set_reward_status(store, fission, red.promoter_key, red.tier.invites, "sent")
    assert board(store, fission).entries[0].status == "sent"
    change.apply(store, undo=True)
    assert board(store, fission).entries[0].status == "pending"
    change.apply(store, undo=False)
    assert board(store, fission).entries[0].status == "sent"
    with pytest.raises(Exception, match="no reward for 4 invites"):
        set_reward_status(store, fission, red.promoter_key, 4, "sent")


def test_import_undo_removes_the_invites(store, tmp_path, fission):
    _summary, change = import_invites(store, fission, exports.invite_export(tmp_path))
    change.apply(store, undo=True)
    assert board(store, fission).entries == []


def test_share_of_members_uses_the_groups_member_count(store, tmp_path, fission):
    from flashdesk.groups.service import edit, rows
    from flashdesk.groups.tables import ChatGroup

    import_invites(store, fission, exports.invite_export(tmp_path))
    [group] = rows(store, ChatGroup, fission)
    edit(store, ChatGroup, group.id, members=150)
    found = board(store, fission)
    assert found.members == 150
    assert [f.text() for f in found.figures] == ["5.3", "2%", "50.0"]  # 3 of 150; 150 / 3


def test_a_leaver_without_a_join_time_does_not_count(store, tmp_path, fission):
    rows = [["小红", "", "阿甲", "", None, exports.T0]]
    import_invites(store, fission, exports.invite_export(tmp_path, rows))
    [invite] = invites(store, fission)
    assert not invite.counts and "does not say when" in invite.reason


def test_every_fission_action_undoes_and_redoes_row_for_row(store, tmp_path, fission):
    from tests.change_check import assert_round_trip

    path = exports.invite_export(tmp_path)
    assert_round_trip(store, lambda: import_invites(store, fission, path)[1])
    red = board(store, fission).entries[0]
    assert_round_trip(store, lambda: set_reward_status(store, fission, red.promoter_key,
                                                       red.tier.invites, "sent"))
    assert_round_trip(store, lambda: exports.campaign_change(store))
