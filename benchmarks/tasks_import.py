"""tasks-import of N rows chained by predecessors (row i+1 after row i): the whole import
through the CLI's path (rows → drafts → one transaction), and its loop check alone. Baseline
in the same run: checking each new link against all the others (find_cycle per link, what
the import did before), on the first `--baseline-rows` links only — it is quadratic.

    python benchmarks/tasks_import.py [--rows 15000] [--baseline-rows 3000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store
from flashdesk.tasks import schedule
from flashdesk.tasks.schedule import Link
from flashdesk.tasks.service import import_tasks
from flashdesk.tasks.transfer import campaign_maps, parse_pasted, rows_to_tasks


def chain_text(rows: int, year: int) -> str:
    lines = []
    for i in range(1, rows + 1):
        day = 1 + (i * 7 // rows)
        pred = f"{i - 1}FS" if i > 1 else ""
        lines.append(f"{i}\t任务{i}\t\t\t{year}-06-{day:02d} 10:00\t{year}-06-{day:02d} 10:30"
                     f"\t\t\t\t{pred}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=15_000)
    parser.add_argument("--baseline-rows", type=int, default=3_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        campaign_id = create_campaign(store, sample_draft())
        year = sample_draft().launch_at.year
        roles, phases = campaign_maps(store, campaign_id)
        started = time.perf_counter()
        drafts, links = rows_to_tasks(parse_pasted(chain_text(args.rows, year)), roles, phases, year)
        import_tasks(store, campaign_id, drafts, links)
        whole = time.perf_counter() - started
        store.close()

    chain = [Link(i, i + 1, "FS", 0) for i in range(1, args.rows)]
    started = time.perf_counter()
    schedule.any_cycle(chain)
    walk = time.perf_counter() - started

    part = chain[:args.baseline_rows]
    started = time.perf_counter()
    for n, link in enumerate(part):
        schedule.find_cycle(part[:n], link.predecessor, link.successor)
    per_link = time.perf_counter() - started
    scale = (len(chain) / len(part)) ** 2  # quadratic: extrapolated to the full chain
    print(f"import of {args.rows} chained rows: {whole:.2f} s in all")
    print(f"loop check, one walk over {len(chain)} links: {walk * 1000:.1f} ms")
    print(f"baseline, find_cycle per link on {len(part)} links: {per_link:.2f} s "
          f"(≈{per_link * scale:.0f} s extrapolated to {len(chain)})")
    print(f"ratio baseline/walk on the full chain ≈ {per_link * scale / walk:.0f}×")


if __name__ == "__main__":
    main()
