"""What Today costs: its list is rebuilt on every published Change it follows and every half
minute while it is seen, so its refresh should stay a small multiple of the Gantt board's own
read. Against a baseline measured in the same run (the machine is shared; compare the ratios):

- plan_items (every task, post, beat and timetable item of a 7-day group, read and sorted),
  for the whole team and for one role, and agenda() sorting them at a launch-night clock;
- the baseline: load_board, the Gantt board's one read of its tasks, links and roles.

    python benchmarks/agenda.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from flashdesk.agenda import agenda, plan_items
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign, get_campaign
    from flashdesk.store import open_store
    from flashdesk.tasks.service import load_board

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        campaign_id = create_campaign(store, replace(sample_draft(), lifetime_days=7)).result
        night = get_campaign(store, campaign_id).launch_at + timedelta(minutes=16)
        items = plan_items(store, campaign_id)
        baseline = median_ms(lambda: load_board(store, campaign_id), args.runs)
        print(f"{len(items)} items; baseline load_board {baseline:.1f} ms")
        for name, fn in (("plan_items, whole team", lambda: plan_items(store, campaign_id)),
                         ("plan_items, operator", lambda: plan_items(store, campaign_id, "operator")),
                         ("agenda() at launch night", lambda: agenda(items, night))):
            ms = median_ms(fn, args.runs)
            print(f"{name:28s} {ms:7.1f} ms  {ms / baseline:5.1f}x baseline")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
