"""Task board speed, against baselines measured in the same run (the machine is shared;
compare the ratios):

- 2,000 tasks with 3,000 links: rescheduling after a move (pure push, and the whole service
  call with the store) against re-settling every task (the naive full pass);
- the view updated after an edit of a bar on screen (apply: re-read the touched rows,
  re-place their bars and arrows, and the repaint it causes, counted) against a plain
  repaint of the same view;
- 10,000 tasks (15,000 links): opening the board, and painting the viewport while scrolling.

    QT_QPA_PLATFORM=offscreen python benchmarks/gantt.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ms(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


class PaintCounter:
    """Counts the paint events a widget receives."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _obj, event):
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def make_campaign(store, tasks: int, links: int, seed: int = 4) -> int:
    """A campaign holding `tasks` extra tasks chained by `links` forward links (a DAG)."""
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.tasks.service import TaskDraft, import_tasks

    rng = random.Random(seed)
    campaign_id = create_campaign(store, sample_draft()).result
    from flashdesk.campaigns.service import get_campaign

    launch = get_campaign(store, campaign_id).launch_at
    drafts, preds = [], []
    for i in range(tasks):
        start = launch - timedelta(days=3) + timedelta(minutes=15 * (i % 400))
        drafts.append(TaskDraft(f"任务 {i + 1}", phase=rng.choice(["warm_up", "entry", "launch"]),
                                start=start, end=start + timedelta(minutes=rng.choice([15, 30, 60, 120]))))
        preds.append([])
    made = 0
    while made < links:
        a, b = sorted(rng.sample(range(tasks), 2))
        if b - a > 40:
            continue
        preds[b].append((a, rng.choice(["FS", "FS", "SS", "FF"]), rng.choice([0, 15, -15, 60])))
        made += 1
    import_tasks(store, campaign_id, drafts, preds)
    return campaign_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from flashdesk.fonts import register_fonts

    register_fonts()
    from PySide6.QtCore import QSettings

    from flashdesk.gui.context import AppContext
    from flashdesk.gui.tasks.tab import TasksTab
    from flashdesk.store import open_store
    from flashdesk.tasks import schedule, service

    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "bench.sqlite3")
    t0 = time.perf_counter()
    campaign_id = make_campaign(store, 2000, 3000)
    print(f"setup: 2,000 tasks + 3,000 links imported in one paste: "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms")

    board = service.load_board(store, campaign_id)
    spans, links = board.spans(), board.schedule_links()
    graph = schedule.successors_map(links)
    imported = [t for t in board.tasks if t.name.startswith("任务 ")]
    root = max(imported[:300], key=lambda t: len(schedule.reachable([t.id], graph)))  # worst case
    print(f"moved task has {len(schedule.reachable([root.id], graph)) - 1} tasks downstream")
    moved = dict(spans)
    moved[root.id] = (spans[root.id][0] + 14400, spans[root.id][1] + 14400)  # ten days later
    push_ms, pushed = ms(lambda: schedule.push(moved, links, [root.id]), args.runs)
    full_ms, _ = ms(lambda: schedule.push(moved, links, list(moved)), args.runs)
    print(f"reschedule after a move (pure push, {len(pushed)} tasks pushed): {push_ms:.1f} ms; "
          f"baseline full pass over all tasks: {full_ms:.1f} ms; ratio {push_ms / full_ms:.2f}")

    shift = [0]

    def move_in_store():
        shift[0] += 1
        task = service.get_tasks(store, [root.id])[0]
        step = timedelta(minutes=15 if shift[0] % 2 else -15)
        return service.move_task(store, root.id, task.start + step, task.end + step)

    service_ms, change = ms(move_in_store, args.runs)
    print(f"move through the service (store read, push, write; one transaction): {service_ms:.1f} ms "
          f"(target <= 100 ms)")
    task = service.get_tasks(store, [root.id])[0]
    t0 = time.perf_counter()
    change = service.move_task(store, root.id, task.start + timedelta(days=10),
                               task.end + timedelta(days=10))
    print(f"  the worst case, moved ten days through the service: {len(change.ids('task'))} tasks "
          f"rewritten in {(time.perf_counter() - t0) * 1000:.1f} ms")

    context = AppContext(store, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    context.select_campaign(campaign_id)
    tab = TasksTab(context)
    tab.resize(1400, 800)
    tab.show()
    app.processEvents()
    task = next(t for t in tab.state.tasks.values() if t.name == "任务 1000")
    tab.select_task(task.id)  # the operator edits a bar they can see: it is scrolled into view
    app.processEvents()
    paints = PaintCounter(tab.view.viewport())
    flip = [0]

    def edit_and_apply():
        flip[0] += 1
        step = timedelta(minutes=15 if flip[0] % 2 else -15)
        current = tab.state.tasks[task.id]
        change = service.move_task(store, task.id, current.start + step, current.end + step)
        before = paints.count
        t0 = time.perf_counter()
        tab.apply(change)
        app.processEvents()
        elapsed = (time.perf_counter() - t0) * 1000
        assert paints.count > before, "the edited bar was not repainted"
        return elapsed

    applies = [edit_and_apply() for _ in range(args.runs * 2)]
    apply_ms = statistics.median(applies)
    bar = tab.view.bars[task.id]
    assert tab.view.mapFromScene(bar.sceneBoundingRect()).boundingRect().intersects(
        tab.view.viewport().rect()), "the edited bar is on screen"
    paint_ms, _ = ms(lambda: tab.view.viewport().repaint(), args.runs)
    print(f"view updated after an edit of a bar on screen (apply + its repaint): {apply_ms:.1f} ms "
          f"(target <= 16 ms); baseline a plain repaint of the same view: {paint_ms:.1f} ms; "
          f"ratio {apply_ms / paint_ms:.2f}")
    sizes = []

    def drag_drop():
        current = tab.state.tasks[task.id]
        before = tab.context.undo_stack.count()
        tab.move_task(task.id, current.start + timedelta(hours=1), current.end + timedelta(hours=1))
        app.processEvents()
        sizes.append(len(tab.context.undo_stack.command(before).change.ids("task")))

    drag_ms, _ = ms(drag_drop, args.runs)
    print(f"whole drag-drop edit (service + undo step + view; {min(sizes)}-{max(sizes)} tasks "
          f"changed): {drag_ms:.1f} ms")
    tab.close()

    big = make_campaign(store, 10000, 15000, seed=7)
    context.select_campaign(None)
    t0 = time.perf_counter()
    board = service.load_board(store, big)
    load_ms = (time.perf_counter() - t0) * 1000

    def open_big():
        context.campaign_id = None
        context.select_campaign(big)
        app.processEvents()

    tab = TasksTab(context)
    tab.resize(1400, 800)
    tab.show()
    app.processEvents()
    open_ms, _ = ms(open_big, max(args.runs // 2, 1))
    print(f"10,000 tasks / 15,000 links open (read, state, table, scene, paint): {open_ms:.0f} ms "
          f"(target <= 2,000 ms); baseline store read alone: {load_ms:.0f} ms; "
          f"ratio {open_ms / load_ms:.1f}")
    bar = tab.view.verticalScrollBar()
    for label, step, count in (("wheel steps (3 rows)", 72, 120), ("page jumps (30 rows)", 720, 60),
                               ("drag-jumps (~400 rows)", 10000, 20)):
        frames, full = [], []
        for _ in range(count):
            t0 = time.perf_counter()
            bar.setValue(min(bar.value() + step, bar.maximum()))
            app.processEvents()  # as the app does it: scroll, then paint what was exposed
            frames.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            tab.view.viewport().repaint()
            tab.table.viewport().repaint()
            full.append((time.perf_counter() - t0) * 1000)
        frames.sort()
        full.sort()
        print(f"scrolling 10,000 tasks by {label}: median frame {statistics.median(frames):.1f} ms, "
              f"worst {frames[-1]:.1f} ms; forced full repaint of both panes: median "
              f"{statistics.median(full):.1f} ms, worst {full[-1]:.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
