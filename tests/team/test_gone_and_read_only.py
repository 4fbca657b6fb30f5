"""The server gone: the banner says so, an edit is refused with a clear message and nothing
is written, and once the server is back the window reconnects by itself. A read-only role or
file: everything opens, the edit controls are disabled and the store refuses writes."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QAbstractItemView, QPushButton
from sqlalchemy.engine import make_url

from flashdesk.store import open_store
from flashdesk.tasks.service import get_tasks
from tests.gui.helpers import when_modal
from tests.team.conftest import open_window, tasks_tab


def _window(qtbot, location, tmp_path, reader: str | None = None):
    from flashdesk import i18n
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign

    i18n.install("en")
    store = open_store(location)
    campaign = create_campaign(store, sample_draft()).result
    if reader is not None:
        store.close()
        store = open_store(reader)
    window = open_window(qtbot, store, tmp_path, "Anna")
    window.sidebar.select(campaign)
    return window, tasks_tab(window)


def _close(window) -> None:
    window.team_sync.timer.stop()
    window.close()
    window.context.store.close()


def _block(server, database: str, blocked: bool) -> None:
    with psycopg.connect(server.dsn("postgres"), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {"false" if blocked else "true"}')
        if blocked:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))


def test_server_gone_banner_clear_refusal_and_reconnect_without_restart(qtbot, pg_server,
                                                                         pg_store_url, tmp_path):
    window, tab = _window(qtbot, pg_store_url, tmp_path)
    database = make_url(pg_store_url).database
    try:
        task = tab.model.task_at(0).id
        banner = window.team_banner
        assert not banner.label.isVisible()
        _block(pg_server, database, True)
        qtbot.waitUntil(lambda: banner.label.isVisible(), timeout=3000)
        assert banner.label.text().startswith("The store cannot be reached")
        assert banner.label.toolTip()  # the reason the server gave
        assert banner.retry.isVisible()

        said = []
        when_modal(lambda box: (said.append(box.text()), box.accept()))
        tab.mark_done(task, True)
        assert said and "cannot be reached" in said[0] and "Nothing was saved" in said[0]
        assert window.context.undo_stack.count() == 0

        _block(pg_server, database, False)
        qtbot.waitUntil(lambda: not banner.label.isVisible(), timeout=5000)
        tab.mark_done(task, True)  # the same window, no restart
        assert get_tasks(window.context.store, [task])[0].progress == 100
        assert window.context.undo_stack.count() == 1
    finally:
        _block(pg_server, database, False)
        _close(window)


def test_what_is_typed_while_the_server_is_gone_is_kept_and_saved_when_it_is_back(
        qtbot, pg_server, pg_store_url, tmp_path):
    from flashdesk.copies import service as copies
    from flashdesk.gui.tasks.dialog import TaskDialog
    from tests.team.conftest import _tab_index

    window, tasks = _window(qtbot, pg_store_url, tmp_path)
    database = make_url(pg_store_url).database
    try:
        index = _tab_index(window, "CopiesTab")
        window.tabs.setCurrentIndex(index)
        tab = window.tab_at(index)
        tab.view.setCurrentIndex(tab.model.index(0, 1))
        copy_id = tab.current_id
        _block(pg_server, database, True)
        qtbot.waitUntil(lambda: window.team_banner.label.isVisible(), timeout=3000)
        tab.editor.body.setPlainText("离线时写的文案")
        tab.editor.commit_body()  # no message box: the status line and the banner say it
        assert tab.editor.body.toPlainText() == "离线时写的文案"
        assert tab.status.text().startswith("Not saved yet")

        # a task dialog's edit refused while the store is gone reopens with what was typed
        task = tasks.model.task_at(0).id
        names = []

        def type_name(dialog):
            assert isinstance(dialog, TaskDialog)
            names.append(dialog.name.text())
            if len(names) == 1:
                dialog.name.setText("离线改的任务名")
                when_modal(lambda box: (box.accept(), when_modal(type_name)))  # the refusal
                dialog.accept()
            else:
                dialog.reject()
        when_modal(type_name)
        tasks.edit_task(task)
        assert names[1] == "离线改的任务名"

        _block(pg_server, database, False)
        qtbot.waitUntil(lambda: copies.get_copy(window.context.store, copy_id).body == "离线时写的文案",
                        timeout=5000)
        assert tab.status.text() == ""
    finally:
        _block(pg_server, database, False)
        _close(window)


@pytest.fixture
def reader_location(request, location):
    """The same store as a read-only operator opens it: a SELECT-only role, a mode=ro file."""
    if location.startswith("postgresql"):
        server, database = request.getfixturevalue("pg_server"), make_url(location).database
        role = "viewer_" + database[-8:]
        server.create_role(role, "secret", database=database, read_only=True)
        return server.url(database, role, "secret")
    return f"sqlite:///file:{location}?mode=ro&uri=true"


def test_a_read_only_operator_sees_everything_with_edit_controls_disabled(qtbot, location,
                                                                           reader_location, tmp_path):
    if location.startswith("postgresql"):
        # the role is granted the tables that exist: the store is made first
        open_store(location).close()
    window, tab = _window(qtbot, location, tmp_path, reader=reader_location)
    try:
        assert tab.model.rowCount() > 10  # the plan is all there
        assert window.team_banner.read_only.isVisible()
        for action in (window.new_action, window.duplicate_action, window.rename_action,
                       window.delete_action, window.read_back_action):
            assert not action.isEnabled()
        assert window.export_action.isEnabled()  # looking and exporting stay
        assert tab.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        acting = [b for b in tab.findChildren(QPushButton)
                  if not b.isCheckable() and not b.property("viewOnly")]
        assert acting and tab.export_button.isEnabled() and tab.launch_button.isEnabled()
        qtbot.waitUntil(lambda: not any(b.isEnabled() for b in acting), timeout=1000)
        tab.select_task(tab.model.task_at(1).id)  # a selection enables them in a writable store
        assert not any(b.isEnabled() for b in acting)
        task = tab.model.task_at(0).id
        said = []
        when_modal(lambda box: (said.append(box.text()), box.accept()))
        tab.mark_done(task, True)
        assert said and "read-only" in said[0]
        assert get_tasks(window.context.store, [task])[0].progress != 100
    finally:
        _close(window)
