"""The one undo command: it holds a Change, merges typing bursts, switches to the Change's
campaign on undo/redo, and the window publishes each applied Change exactly once; a hidden
tab catches up when it is shown."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QWidget

from flashdesk import i18n
from flashdesk.campaigns import service as campaigns
from flashdesk.campaigns.sample import sample_draft
from flashdesk.gui.follow import Follower
from flashdesk.gui.main_window import MainWindow
from flashdesk.tasks import service as tasks
from tests.change_check import dump


@pytest.fixture
def window(qtbot, app_context, campaign_id):
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    yield win
    i18n.install("en")


def test_each_applied_change_is_published_once(window, campaign_id):
    context, seen = window.context, []
    context.changed.connect(seen.append)
    role = tasks.list_roles(context.store, campaign_id)[0]
    change = context.push(tasks.rename_roles(context.store, campaign_id, {role.id: "小王"}),
                          "Rename owners")
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert seen == [change] * 3 and context.undo_stack.undoText() == "Rename owners"
    assert context.push(tasks.rename_roles(context.store, campaign_id, {role.id: "小王"})).empty
    assert len(seen) == 3 and context.undo_stack.count() == 1  # nothing changed: no step


def test_typing_burst_merges_into_one_step_and_back_to_start_leaves_none(window, campaign_id):
    context = window.context
    role = tasks.list_roles(context.store, campaign_id)[0]
    start = dump(context.store)
    for name in ("小", "小王", "小王2"):
        context.push(tasks.rename_roles(context.store, campaign_id, {role.id: name}),
                     "Rename owner", merge_key=("task_role", role.id))
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert dump(context.store) == start
    context.undo_stack.redo()
    assert tasks.list_roles(context.store, campaign_id)[0].name == "小王2"
    context.push(tasks.rename_roles(context.store, campaign_id, {role.id: role.name}),
                 "Rename owner", merge_key=("task_role", role.id))
    assert context.undo_stack.count() == 0  # typed back to what it was


def test_undo_switches_to_the_changes_campaign(window, campaign_id):
    context = window.context
    other = campaigns.create_campaign(context.store, sample_draft()).result
    window.sidebar.reload()
    task = tasks.load_board(context.store, campaign_id).tasks[0]
    context.push(tasks.move_task(context.store, task.id, task.start + timedelta(hours=1),
                                 task.end + timedelta(hours=1)), "Move")
    context.select_campaign(other)
    context.undo_stack.undo()
    assert context.campaign_id == campaign_id
    board = window.tab_at(2)
    assert board.state.campaign.id == campaign_id
    assert board.state.tasks[task.id].start == task.start


def test_a_hidden_tab_is_marked_stale_and_catches_up_when_shown(window, qtbot, campaign_id):
    context = window.context
    window.tabs.setCurrentIndex(0)
    board = window.tab_at(2)
    calls = []
    follower = board.findChild(Follower)
    original = follower._update
    follower._update = lambda change: (calls.append(change), original(change))
    task = tasks.load_board(context.store, campaign_id).tasks[0]
    context.push(tasks.delete_tasks(context.store, [task.id]), "Delete")
    assert calls == [] and follower.stale and task.id in board.state.tasks
    window.tabs.setCurrentIndex(2)
    assert not follower.stale and task.id not in board.state.tasks


def test_a_view_ignores_changes_to_tables_it_does_not_show(window, qtbot, campaign_id):
    context, updates = window.context, []
    probe = QWidget(window)
    Follower(probe, context, {"copy"}, updates.append, lambda: updates.append("reload"))
    probe.show()
    task = tasks.load_board(context.store, campaign_id).tasks[0]
    context.push(tasks.delete_tasks(context.store, [task.id]), "Delete")
    assert updates == []
