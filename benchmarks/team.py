"""Several operators editing one campaign at once on a local PostgreSQL server (started here,
like the tests' throwaway server), each a process of its own with its own engine.

Each operator, for --seconds: looks for the others' changes every 300 ms (the window's
TeamSync cadence), then reads a task of a small shared set and appends its own mark to the
task's notes (a read-modify-write, the kind an unguarded store loses). An edit over a change
it has not seen yet is refused (a Conflict): counted, the operator looks again and goes on.

Printed per number of operators:
- edits/s committed by all of them, and as a ratio against one operator in the same run;
- conflicts detected;
- lost updates: marks of committed edits missing from the notes at the end (must be 0);
- the time from an edit's commit until another operator has it in hand (median, p95).

    python benchmarks/team.py [--operators 1 2 4 8] [--seconds 5] [--tasks 12] [--sqlite]
--sqlite runs the same on one SQLite file (two app processes on one file)."""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLL_S = 0.3


def operator(index: int, location: str, task_ids: list[int], seconds: float, ready, go,
             results) -> None:
    from sqlalchemy import select

    from flashdesk.store import open_store
    from flashdesk.store.team import Conflict, activity
    from flashdesk.tasks.service import TaskDraft, get_tasks, update_task

    store = open_store(location)
    team = store.team
    team.name = f"op{index}"
    team.start()
    rng = random.Random(index)
    marks, conflicts, seen_after = [], 0, []
    ready.put(index)
    go.wait()
    end, next_poll, count = time.time() + seconds, 0.0, 0
    while time.time() < end:
        if time.time() >= next_poll:
            arrived = team.poll()
            moment = time.time()
            if arrived:
                with store.engine.connect() as conn:
                    stamps = dict(conn.execute(select(activity.c.id, activity.c.changed_at).where(
                        activity.c.id.in_([c.seq for c in arrived]))).all())
                seen_after += [moment - stamps[c.seq].timestamp() for c in arrived]
            next_poll = moment + POLL_S
        task_id = rng.choice(task_ids)
        task = get_tasks(store, [task_id])[0]
        draft = TaskDraft.of(task)
        mark = f"o{index}.{count}"
        draft.notes = f"{task.notes},{mark}" if task.notes else mark
        try:
            update_task(store, task_id, draft)
        except Conflict:
            conflicts += 1
            team.poll()  # take the others' changes in, as the window would on Reload
            continue
        marks.append((task_id, mark))
        count += 1
    store.close()
    results.put((index, marks, conflicts, seen_after))


def run(location: str, task_ids: list[int], operators: int, seconds: float) -> dict:
    from flashdesk.store import open_store
    from flashdesk.tasks.service import get_tasks

    context = multiprocessing.get_context("spawn")
    results, ready, go = context.Queue(), context.Queue(), context.Event()
    processes = [context.Process(target=operator, args=(i, location, task_ids, seconds, ready, go, results))
                 for i in range(operators)]
    for process in processes:
        process.start()
    for _process in processes:  # every operator imported and connected before the clock runs
        ready.get(timeout=300)
    go.set()
    gathered = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join()
    store = open_store(location)
    notes = {task.id: set(task.notes.split(",")) for task in get_tasks(store, task_ids)}
    store.close()
    marks = [m for _i, ms, _c, _s in gathered for m in ms]
    seen = sorted(s for _i, _m, _c, ss in gathered for s in ss)
    return {"edits": len(marks), "per_s": len(marks) / seconds,
            "conflicts": sum(c for _i, _m, c, _s in gathered),
            "lost": sum(mark not in notes[task] for task, mark in marks),
            "median_ms": statistics.median(seen) * 1000 if seen else float("nan"),
            "p95_ms": seen[int(len(seen) * 0.95)] * 1000 if seen else float("nan"),
            "seen": len(seen)}


def fresh_store(location: str, tasks: int) -> list[int]:
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.store import open_store
    from flashdesk.tasks.service import load_board

    store = open_store(location)
    campaign = create_campaign(store, sample_draft()).result
    ids = [task.id for task in load_board(store, campaign).tasks][:tasks]
    store.close()
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operators", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--tasks", type=int, default=12, help="tasks shared by everyone")
    parser.add_argument("--sqlite", action="store_true", help="one SQLite file instead of the server")
    args = parser.parse_args()
    server = None
    folder = Path(tempfile.mkdtemp(prefix="fdteam-"))
    if not args.sqlite:
        from tests.postgres_server import start_server

        server = start_server()
    try:
        print(f"{'operators':>9} {'edits/s':>8} {'ratio':>6} {'conflicts':>9} {'lost':>5} "
              f"{'seen median':>12} {'seen p95':>9}  ({'PostgreSQL' if server else 'SQLite'}, "
              f"{args.seconds:g} s each, {args.tasks} shared tasks, looks every {POLL_S * 1000:.0f} ms)")
        baseline = None
        for count in args.operators:
            if server is not None:
                location = server.url(server.create_database())
            else:
                location = str(folder / f"team{count}.sqlite3")
            task_ids = fresh_store(location, args.tasks)
            figures = run(location, task_ids, count, args.seconds)
            baseline = baseline or figures["per_s"]
            median, p95 = (f"{figures['median_ms']:.0f}ms", f"{figures['p95_ms']:.0f}ms") \
                if figures["seen"] else ("-", "-")
            print(f"{count:>9} {figures['per_s']:>8.1f} {figures['per_s'] / baseline:>6.2f} "
                  f"{figures['conflicts']:>9} {figures['lost']:>5} {median:>12} {p95:>9}  "
                  f"({figures['seen']} changes seen by others)")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
