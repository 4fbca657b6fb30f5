"""Copy search per keystroke over 100,000 copies: the first page the list shows (100 rows,
sorted by times used, 100 rows loaded) and the match count (capped at 1,000: the list says
"1,000+"), for 1-, 2-, 3+-character and mixed terms.
Baseline in the same run: a LIKE scan over title and body (what search costs without the
indexes). The target is ≤ 20 ms per keystroke for 2-character and 3+-character terms.

    python benchmarks/copies.py [--copies 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashdesk.copies.seed import seed_copies  # noqa: E402
from flashdesk.copies.service import COUNT_CAP, CopyQuery, count_copies, find_copies  # noqa: E402
from flashdesk.store import open_store  # noqa: E402

TERMS = ("","福利", "折扣", "接龙", "家人", "群内价", "倒计时", "名额只剩", "福利 倒计时", "福", "vip")
FILLER = "折扣今天明天早上晚上朋友家人宝贝好物新品护肤美妆清爽温和保湿补水限时专享优惠活动开抢下单发货回购"


def fill_store(store, count: int, rng: random.Random) -> float:
    seeds = seed_copies()
    now = datetime.now()
    started = time.perf_counter()
    rows = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        extra = "".join(rng.choice(FILLER) for _ in range(rng.randint(10, 60)))
        body = seed["body"] + "\n" + extra + (" VIP" if i % 97 == 0 else "")
        rows.append((f"{seed['title']} #{i}", body, seed["channel"], seed["stage"], seed["levers"],
                     rng.randint(0, 50), now, now))
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO copy (title, body, channel, stage, levers, times_used, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return time.perf_counter() - started


def timed(fn, runs: int) -> float:
    fn()  # warm the page cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def like_baseline(store, term: str) -> tuple[list, int]:
    """Without indexes: every row's title and body scanned with LIKE."""
    clauses, params = ["deleted = 0", "campaign_id IS NULL"], {}
    for i, part in enumerate(term.split()):
        clauses.append(f"(title LIKE :p{i} OR body LIKE :p{i})")
        params[f"p{i}"] = f"%{part}%"
    where = " AND ".join(clauses)
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id FROM copy WHERE {where} ORDER BY times_used DESC, "
                                 f"id DESC LIMIT 100"), params).all()
        total = conn.execute(text(f"SELECT count(*) FROM copy WHERE {where}"), params).scalar_one()
    return rows, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        seconds = fill_store(store, args.copies, random.Random(5))
        size = (Path(folder) / "bench.sqlite3").stat().st_size / 1e6
        print(f"{args.copies:,} copies inserted (with both indexes) in {seconds:.1f} s; "
              f"store {size:.0f} MB (incl. WAL not checkpointed)")
        print(f"{'term':<12}{'matches':>9}{'page ms':>10}{'count ms':>10}{'keystroke':>11}"
              f"{'LIKE ms':>10}{'ratio':>8}")
        for term in TERMS:
            query = CopyQuery(text=term)
            capped = count_copies(store, query, COUNT_CAP)
            page = timed(lambda: find_copies(store, query, 0, 100, capped), args.runs)
            count = timed(lambda: count_copies(store, query, COUNT_CAP), args.runs)
            total = count_copies(store, query)
            baseline = timed(lambda: like_baseline(store, term), max(3, args.runs // 2))
            assert like_baseline(store, term)[1] == total or term in ("vip", ""), term
            keystroke = page + count
            print(f"{term or '(none)':<12}{total:>9,}{page:>10.1f}{count:>10.1f}{keystroke:>11.1f}"
                  f"{baseline:>10.1f}{baseline / keystroke:>7.1f}x")
        store.close()


if __name__ == "__main__":
    main()
