"""The task board names the channel post a task carries out, and the task dialog picks it:
one undo step, and a post removed on the channels tab unlinks the task on the board."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from flashdesk.channels import service as channels
from flashdesk.gui.tasks.tab import TasksTab
from flashdesk.tasks.service import load_board
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = TasksTab(app_context)
    launch = widget.state.campaign.launch_at
    widget.now = lambda: launch - timedelta(hours=1)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _key(tab, key):
    return next(t for t in tab.state.tasks.values() if t.key == key)


def _cell(tab, task, column, role=Qt.ItemDataRole.DisplayRole):
    model = tab.model
    return model.data(model.index(tab.state.row[task.id], model.COLUMNS.index(column)), role)


def _stored_post(tab, task_id):
    return next(t.post_id for t in load_board(tab.context.store, tab.state.campaign.id).tasks
                if t.id == task_id)


def test_table_names_the_post_in_a_column_and_the_tooltip(tab):
    task = _key(tab, "moments_d3")
    label = _cell(tab, task, "post")
    assert label.startswith("企业微信朋友圈 · ") and label.endswith(" · 选品调研")
    assert "12:00" in label
    assert label in _cell(tab, task, "name", Qt.ItemDataRole.ToolTipRole)
    assert _cell(tab, _key(tab, "plan_framework"), "post") == ""


def test_dialog_picks_a_post_as_one_undo_step(tab, qtbot):
    task = _key(tab, "likers_follow_up")
    assert task.post_id is None
    close = next(p for p in channels.list_posts(tab.context.store, tab.state.campaign.id)
                 if p.id == _key(tab, "moments_d3").post_id)
    tab.select_task(task.id)
    seen = {}

    def fill(dialog):
        combo = dialog.findChild(QComboBox, "post")
        seen["count"] = combo.count()
        combo.setCurrentIndex(combo.findData(close.id))
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert seen["count"] == 1 + len(channels.list_posts(tab.context.store, tab.state.campaign.id))
    assert _stored_post(tab, task.id) == close.id
    assert _cell(tab, task, "post").endswith("选品调研")
    tab.context.undo_stack.undo()
    assert _stored_post(tab, task.id) is None
    assert _cell(tab, task, "post") == ""
    tab.context.undo_stack.redo()
    assert _stored_post(tab, task.id) == close.id


def test_post_removed_elsewhere_unlinks_the_task_on_the_board(tab):
    task = _key(tab, "moments_d2")
    removal = channels.remove_post(tab.context.store, task.post_id)
    tab.context.publish(removal)
    assert _cell(tab, _key(tab, "moments_d2"), "post") == ""
    removal.apply(tab.context.store, undo=True)
    tab.context.publish(removal)
    assert _cell(tab, _key(tab, "moments_d2"), "post").endswith("优惠预告")
