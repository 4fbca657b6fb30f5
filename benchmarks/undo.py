"""Undo and redo of big edits through the Change flow, against baselines measured in the same
run (the machine is shared; compare the ratios):

- pasting 10,000 tasks as one step: the service call (recording included), its undo and
  its redo, against a bare sqlite3 executemany inserting the same
  rows into a scratch table (the least any undo of that paste can cost);
- a move that pushes a chain of 2,000 tasks: the service call, undo and redo, against the
  same bare executemany of 2,000 rows.

    python benchmarks/undo.py [--runs 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def bare_insert_ms(path: Path, rows: int) -> float:
    """sqlite3 executemany of `rows` task-sized rows into a scratch table, committed."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, campaign_id INT, "
                "position INT, name TEXT, phase TEXT, start TEXT, end TEXT, progress INT, "
                "status TEXT, notes TEXT)")
    data = [(i, 1, i, f"任务 {i}", "launch", "2026-06-17 09:00:00.000000",
             "2026-06-17 10:00:00.000000", 0, "todo", "") for i in range(rows)]
    t0 = time.perf_counter()
    con.executemany("INSERT INTO scratch VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    con.commit()
    elapsed = (time.perf_counter() - t0) * 1000
    con.execute("DELETE FROM scratch")
    con.commit()
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign, get_campaign
    from flashdesk.store import open_store
    from flashdesk.tasks.service import TaskDraft, import_tasks, load_board, move_task

    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "bench.sqlite3")
    campaign_id = create_campaign(store, sample_draft()).result
    launch = get_campaign(store, campaign_id).launch_at
    drafts = [TaskDraft(f"任务 {i}", start=launch + timedelta(minutes=i % 600),
                        end=launch + timedelta(minutes=i % 600 + 30)) for i in range(10_000)]
    paste, undo, redo, base = [], [], [], []
    for _ in range(args.runs):
        elapsed, change = timed(lambda: import_tasks(store, campaign_id, drafts))
        paste.append(elapsed)
        undo.append(timed(lambda c=change: c.apply(store, undo=True))[0])
        redo.append(timed(lambda c=change: c.apply(store, undo=False))[0])
        change.apply(store, undo=True)
        base.append(bare_insert_ms(folder / "bare.sqlite3", 10_000))
    rows = len(change.rows)
    b = statistics.median(base)
    print(f"10,000-task paste ({rows} rows recorded), median of {args.runs}:")
    print(f"  bare sqlite3 insert of 10,000 rows: {b:8.1f} ms   (baseline)")
    for name, values in (("paste (service + recording)", paste), ("undo", undo), ("redo", redo)):
        m = statistics.median(values)
        print(f"  {name:34s} {m:8.1f} ms   {m / b:5.1f}× baseline")

    chain = [TaskDraft(f"链 {i}", start=launch, end=launch + timedelta(minutes=10))
             for i in range(2_000)]
    ids = import_tasks(store, campaign_id, chain, [[(i - 1, "FS", 0)] if i else []
                                                   for i in range(2_000)]).result
    first = next(t for t in load_board(store, campaign_id).tasks if t.id == ids[0])
    move, undo, redo, base = [], [], [], []
    for run in range(args.runs):
        step = timedelta(minutes=30 * (run + 1))
        elapsed, change = timed(lambda s=step: move_task(store, first.id, first.start + s, first.end + s))
        move.append(elapsed)
        undo.append(timed(lambda c=change: c.apply(store, undo=True))[0])
        redo.append(timed(lambda c=change: c.apply(store, undo=False))[0])
        change.apply(store, undo=True)
        base.append(bare_insert_ms(folder / "bare.sqlite3", 2_000))
    b = statistics.median(base)
    print(f"a move pushing a 2,000-task chain ({len(change.ids('task'))} tasks), median of {args.runs}:")
    print(f"  bare sqlite3 insert of 2,000 rows:  {b:8.1f} ms   (baseline)")
    for name, values in (("move (service + recording)", move), ("undo", undo), ("redo", redo)):
        m = statistics.median(values)
        print(f"  {name:34s} {m:8.1f} ms   {m / b:5.1f}× baseline")
    store.close()


if __name__ == "__main__":
    main()
