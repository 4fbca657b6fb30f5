"""Two operators' windows on one store (SQLite file and PostgreSQL), each on its own engine
as two app processes are: the other's change appears by itself within 2 s and redraws only
its rows; a conflicting edit asks Reload / Keep mine; an undo over someone's later edit asks
too; rows tell who changed them; the activity log lists the actions."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from flashdesk.tasks.service import get_tasks
from tests.gui.helpers import when_modal
from tests.team.conftest import tasks_tab


def _first_task(tab) -> int:
    return tab.model.task_at(0).id


def _answer(button: str, seen: list):
    def act(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.findChild(type(box.buttons()[0]), button).click()
    return act


def test_the_others_change_appears_by_itself_within_two_seconds(qtbot, windows):
    anna, ben, _campaign = windows
    anna_tab, ben_tab = tasks_tab(anna), tasks_tab(ben)
    task = _first_task(anna_tab)
    resets, repainted = [], []
    anna_tab.model.modelReset.connect(lambda: resets.append(1))
    anna_tab.model.dataChanged.connect(lambda top, bottom: repainted.append((top.row(), bottom.row())))
    started = time.monotonic()
    ben_tab.mark_done(task, True)
    qtbot.waitUntil(lambda: anna_tab.state.tasks[task].progress == 100, timeout=2000)
    assert time.monotonic() - started < 2.0
    row = anna_tab.state.row[task]
    assert resets == [] and repainted and all(top == bottom == row for top, bottom in repainted)
    assert anna_tab.model.index(row, anna_tab.model.COLUMNS.index("progress")).data() == "100%"


def test_a_conflicting_edit_asks_and_reload_keeps_theirs(qtbot, windows):
    anna, ben, _campaign = windows
    anna_tab, ben_tab = tasks_tab(anna), tasks_tab(ben)
    task = _first_task(anna_tab)
    anna.team_sync.timer.stop()  # Anna has not looked since
    ben_tab.mark_done(task, True)
    seen = []
    when_modal(_answer("dropMine", seen))
    anna_tab.mark_done(task, False)  # over Ben's change, unseen
    assert seen and seen[0].startswith("Ben changed this at ")
    assert anna.context.undo_stack.count() == 0  # nothing of hers was written
    assert get_tasks(anna.context.store, [task])[0].progress == 100
    qtbot.waitUntil(lambda: anna_tab.state.tasks[task].progress == 100, timeout=2000)


def test_keep_mine_writes_over_theirs_as_one_undo_step(qtbot, windows):
    anna, ben, _campaign = windows
    anna_tab, ben_tab = tasks_tab(anna), tasks_tab(ben)
    task = _first_task(anna_tab)
    anna.team_sync.timer.stop()
    ben_tab.mark_done(task, True)
    seen = []
    when_modal(_answer("keepMine", seen))
    anna_tab.mark_done(task, False)
    assert seen
    assert get_tasks(ben.context.store, [task])[0].status == "doing"
    assert anna.context.undo_stack.count() == 1
    qtbot.waitUntil(lambda: ben_tab.state.tasks[task].status == "doing", timeout=2000)


def test_undo_over_someone_elses_later_edit_asks_and_keep_theirs_drops_the_step(qtbot, windows):
    anna, ben, _campaign = windows
    anna_tab, ben_tab = tasks_tab(anna), tasks_tab(ben)
    task = _first_task(anna_tab)
    anna_tab.mark_done(task, True)
    qtbot.waitUntil(lambda: ben_tab.state.tasks[task].progress == 100, timeout=2000)
    ben_tab.mark_done(task, False)  # Ben's later edit
    qtbot.waitUntil(lambda: anna_tab.state.tasks[task].status == "doing", timeout=2000)
    seen = []
    when_modal(_answer("dropMine", seen))
    anna.context.undo_stack.undo()
    assert seen and seen[0].startswith("Ben changed this at ") and "after your edit" in seen[0]
    assert get_tasks(anna.context.store, [task])[0].status == "doing"  # Ben's stays
    assert anna.context.undo_stack.count() == 0  # the step is gone, not half undone
    assert "off your undo list" in anna.statusBar().currentMessage()


def test_rows_tell_who_changed_them_and_the_log_lists_it(qtbot, windows):
    anna, ben, campaign = windows
    anna_tab, ben_tab = tasks_tab(anna), tasks_tab(ben)
    task = _first_task(anna_tab)
    ben_tab.mark_done(task, True)
    qtbot.waitUntil(lambda: anna_tab.state.tasks[task].progress == 100, timeout=2000)
    from flashdesk.gui.team import WhoTips

    tips = [t for t in anna_tab.table.viewport().parent().findChildren(WhoTips)]
    assert tips, "the task table got its who-tips when the tab was built"
    index = anna_tab.model.index(anna_tab.state.row[task], 1)
    assert tips[0].text(index).startswith("Last changed by Ben at ")
    anna.show_activity()
    log = anna.activity_dialog.table
    assert log.item(0, 1).text() == "Ben"
    assert log.item(0, 2).text().startswith("Mark “")
    assert log.item(0, 3).text() == "Tasks ×1"
    assert log.item(0, 3).toolTip() == f"Task {task} changed — Progress: 0 → 100; Status: To do → Done"
    log.selectRow(0)
    assert anna.activity_dialog.details.toPlainText() == log.item(0, 3).toolTip()
    assert log.item(log.rowCount() - 1, 1).text().endswith(" (you)")  # she planned the campaign


def test_copies_and_posts_tell_who_changed_them_last(qtbot, windows):
    from flashdesk.channels import service as channels
    from flashdesk.channels.drafts import PostDraft
    from flashdesk.copies import service as copies
    from flashdesk.gui.channels.models import POSTS_ROLE
    from flashdesk.gui.copies.models import CopyIdRole
    from flashdesk.gui.team import WhoTips
    from tests.team.conftest import _tab_index

    anna, ben, campaign = windows
    ben_store = ben.context.store
    post = channels.list_posts(ben_store, campaign)[0]
    draft = PostDraft.of(post)
    draft.owner = "Ben"
    ben.context.push(channels.update_post(ben_store, post.id, draft), "Edit post")

    index = _tab_index(anna, "ChannelsTab")
    anna.tabs.setCurrentIndex(index)
    tab = anna.tab_at(index)
    qtbot.waitUntil(lambda: any(t.view is tab.calendar for t in tab.findChildren(WhoTips)), timeout=2000)
    model = tab.calendar.model()
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    cell = next(i for i in cells if any(p.id == post.id for p in (i.data(POSTS_ROLE) or [])))
    tips = next(t for t in tab.findChildren(WhoTips) if t.view is tab.calendar)
    assert tips.text(cell).startswith("Last changed by Ben at ")
    channels_tips = next(t for t in tab.findChildren(WhoTips) if t.view is tab.matrix)
    assert channels_tips.text(tab.matrix.model().index(0, 0)).startswith("Last changed by ")

    index = _tab_index(anna, "CopiesTab")
    anna.tabs.setCurrentIndex(index)
    tab = anna.tab_at(index)
    copy_id = tab.model.index(0, 1).data(CopyIdRole)
    draft = copies.CopyDraft.of(copies.get_copy(ben_store, copy_id))
    draft.title = "Ben's title"
    ben.context.push(copies.update_copy(ben_store, copy_id, draft), "Rename copy")
    qtbot.waitUntil(lambda: any(t.view is tab.view for t in tab.findChildren(WhoTips)), timeout=2000)
    tips = next(t for t in tab.findChildren(WhoTips) if t.view is tab.view)
    qtbot.waitUntil(lambda: tips.text(tab.model.index(tab.model.row_of(copy_id), 1))
                    .startswith("Last changed by Ben at "), timeout=2000)
