"""A real second app process (its own interpreter, engine and origin) on the same store as
a window: its change appears in the window by itself within 2 s, an edit over it made before
the window has looked is caught, and the process itself is refused an edit over the window's
unseen change. On an SQLite file and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from flashdesk.store import open_store
from flashdesk.tasks.service import get_tasks
from tests.gui.helpers import when_modal
from tests.store.processes import child_env, run_python
from tests.team.conftest import open_window, tasks_tab

EDIT = """
    import time
    from flashdesk.store import open_store
    from flashdesk.tasks.service import TaskDraft, get_tasks, update_task
    store = open_store({location!r})
    store.team.name = "Carol"
    draft = TaskDraft.of(get_tasks(store, [{task}])[0])
    draft.notes = "from Carol"
    update_task(store, {task}, draft)
    print(time.time(), flush=True)
    store.close()
"""


def _window(qtbot, location, tmp_path):
    from flashdesk import i18n
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign

    i18n.install("en")
    store = open_store(location)
    campaign = create_campaign(store, sample_draft()).result
    window = open_window(qtbot, store, tmp_path, "Anna")
    window.sidebar.select(campaign)
    return window, tasks_tab(window)


def test_another_process_s_change_appears_and_an_edit_over_it_is_caught(qtbot, location, tmp_path):
    window, tab = _window(qtbot, location, tmp_path)
    try:
        task = tab.model.task_at(0).id
        carol = run_python(EDIT.format(location=location, task=task))
        assert carol.returncode == 0, carol.stderr
        # no event ran since Carol committed: Anna has not seen it, her edit must not win silently
        seen = []
        when_modal(lambda box: (seen.append(box.text()),
                                box.findChild(type(box.buttons()[0]), "dropMine").click()))
        tab.mark_done(task, True)
        assert seen and seen[0].startswith("Carol changed this at ")
        assert get_tasks(window.context.store, [task])[0].progress != 100

        # the window keeps running while Carol's process starts, edits and exits
        carol = subprocess.Popen([sys.executable, "-c", textwrap.dedent(EDIT.format(
            location=location, task=task).replace("from Carol", "again from Carol"))],
            stdout=subprocess.PIPE, text=True, env=child_env())
        qtbot.waitUntil(lambda: tab.state.tasks[task].notes == "again from Carol", timeout=60000)
        seen = time.time()
        out, _ = carol.communicate(timeout=60)
        assert seen - float(out.split()[-1]) < 2.0  # from her commit to Anna's screen
    finally:
        window.team_sync.timer.stop()
        window.close()
        window.context.store.close()


def test_the_other_process_is_refused_an_edit_over_an_unseen_change(qtbot, location, tmp_path):
    window, tab = _window(qtbot, location, tmp_path)
    try:
        task = tab.model.task_at(0).id
        child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from flashdesk.store import open_store
            from flashdesk.store.team import Conflict
            from flashdesk.tasks.service import TaskDraft, get_tasks, update_task
            store = open_store({location!r})
            store.team.name = "Carol"
            draft = TaskDraft.of(get_tasks(store, [{task}])[0])
            store.team.start()
            print("loaded", flush=True)
            sys.stdin.readline()
            draft.notes = "Carol's stale edit"
            try:
                update_task(store, {task}, draft)
                print("written")
            except Conflict as conflict:
                print("refused:", conflict)
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env())
        assert child.stdout.readline().strip() == "loaded"
        tab.mark_done(task, True)  # Anna's edit, after Carol loaded the task
        out, _ = child.communicate("go\n", timeout=60)
        assert out.startswith("refused: Anna changed this at "), out
        assert get_tasks(window.context.store, [task])[0].notes != "Carol's stale edit"
    finally:
        window.team_sync.timer.stop()
        window.close()
        window.context.store.close()
