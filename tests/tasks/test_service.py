"""Task service: edits push successors, bad input is refused with the store unchanged, and
every Change restores exactly."""

from datetime import datetime, timedelta

import pytest

from flashdesk.tasks.service import (
    TaskDraft,
    TaskError,
    add_link,
    add_task,
    delete_tasks,
    dependents,
    format_lag,
    load_board,
    move_task,
    remove_link,
    update_task,
)

T0 = datetime(2026, 6, 17, 9, 0)


def _add(store, campaign_id, name, start, minutes=60):
    return add_task(store, campaign_id, TaskDraft(name, start=start,
                                                  end=start + timedelta(minutes=minutes))).result


def _by_name(store, campaign_id):
    return {t.name: t for t in load_board(store, campaign_id).tasks}


def test_moving_a_task_pushes_successors_and_restore_undoes(store, campaign_id):
    a = _add(store, campaign_id, "建群", T0)
    b = _add(store, campaign_id, "群公告", T0)
    add_link(store, a, b, "FS", 15)
    assert _by_name(store, campaign_id)["群公告"].start == T0 + timedelta(minutes=75)
    change = move_task(store, a, T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    tasks = _by_name(store, campaign_id)
    assert tasks["群公告"].start == T0 + timedelta(hours=3, minutes=15)
    assert change.ids("task") == {a, b}
    change.apply(store, undo=True)
    tasks = _by_name(store, campaign_id)
    assert tasks["建群"].start == T0 and tasks["群公告"].start == T0 + timedelta(minutes=75)


def test_cycle_self_link_and_long_lag_are_refused_with_names(store, campaign_id):
    a = _add(store, campaign_id, "叫醒红包", T0)
    b = _add(store, campaign_id, "群接龙", T0)
    c = _add(store, campaign_id, "订单刷屏", T0)
    add_link(store, a, b)
    add_link(store, b, c)
    before = load_board(store, campaign_id)
    with pytest.raises(TaskError, match="叫醒红包.*群接龙.*订单刷屏") as caught:
        add_link(store, c, a)
    assert "订单刷屏 → 叫醒红包 → 群接龙 → 订单刷屏" in str(caught.value)
    with pytest.raises(TaskError, match="itself"):
        add_link(store, a, a)
    with pytest.raises(TaskError, match="longer than the whole campaign"):
        add_link(store, a, c, "SS", 60 * 24 * 30)
    with pytest.raises(TaskError, match="already linked"):
        add_link(store, a, b)
    after = load_board(store, campaign_id)
    assert len(after.links) == len(before.links)
    assert [t.start for t in after.tasks] == [t.start for t in before.tasks]


def test_end_before_start_is_refused(store, campaign_id):
    a = _add(store, campaign_id, "写文案", T0)
    with pytest.raises(TaskError, match="before it starts"):
        move_task(store, a, T0, T0 - timedelta(minutes=1))
    draft = TaskDraft("写文案", start=T0, end=T0 - timedelta(hours=1))
    with pytest.raises(TaskError, match="before it starts"):
        update_task(store, a, draft)
    with pytest.raises(TaskError, match="name"):
        add_task(store, campaign_id, TaskDraft("  ", start=T0, end=T0))
    assert _by_name(store, campaign_id)["写文案"].end == T0 + timedelta(hours=1)


def test_deleting_a_task_others_depend_on_and_undo_brings_links_back(store, campaign_id):
    a = _add(store, campaign_id, "设计海报", T0)
    b = _add(store, campaign_id, "发朋友圈", T0 + timedelta(hours=2))
    add_link(store, a, b)
    assert [t.name for t in dependents(store, [a])] == ["发朋友圈"]
    change = delete_tasks(store, [a])
    board = load_board(store, campaign_id)
    assert a not in {t.id for t in board.tasks}
    assert not [k for k in board.links if a in (k.predecessor_id, k.successor_id)]
    change.apply(store, undo=True)
    board = load_board(store, campaign_id)
    assert a in {t.id for t in board.tasks}
    assert [(k.predecessor_id, k.successor_id) for k in board.links if k.predecessor_id == a] == [(a, b)]


def test_link_removal_round_trip_and_milestone_edit(store, campaign_id):
    a = _add(store, campaign_id, "开售", T0)
    b = _add(store, campaign_id, "收尾", T0 + timedelta(hours=5))
    change = add_link(store, a, b, "SF", -30)
    mine = lambda: [(k.kind, k.lag_minutes) for k in load_board(store, campaign_id).links  # noqa: E731
                    if k.predecessor_id == a]
    removed = remove_link(store, change.result)
    assert mine() == []
    removed.apply(store, undo=True)
    assert mine() == [("SF", -30)]
    change.apply(store, undo=True)
    assert mine() == []
    change.apply(store, undo=False)
    assert mine() == [("SF", -30)]
    draft = TaskDraft("开售", start=T0, end=T0 + timedelta(hours=1), milestone=True, progress=100,
                      status="done")
    update_task(store, a, draft)
    task = _by_name(store, campaign_id)["开售"]
    assert task.milestone and task.end == task.start == T0


def test_format_lag():
    assert format_lag(120) == "+2h"
    assert format_lag(-30) == "-30m"
    assert format_lag(1440 + 90) == "+1d1h30m"
    assert format_lag(0) == ""


def test_predecessor_edit_leaves_links_to_deleted_tasks_for_their_undo(store, campaign_id):
    a = _add(store, campaign_id, "设计海报", T0)
    b = _add(store, campaign_id, "审核海报", T0 + timedelta(hours=1))
    c = _add(store, campaign_id, "发布海报", T0 + timedelta(hours=3))
    add_link(store, a, c)
    add_link(store, b, c, "SS", 30)
    deletion = delete_tasks(store, [a])
    task = next(t for t in load_board(store, campaign_id).tasks if t.id == c)
    change = update_task(store, c, TaskDraft.of(task), predecessors=[])
    assert [r.before["predecessor_id"] for r in change.rows
            if r.table == "task_link" and r.after is None] == [b]
    deletion.apply(store, undo=True)
    assert {(k.predecessor_id, k.successor_id) for k in load_board(store, campaign_id).links
            if k.successor_id == c} == {(a, c)}
