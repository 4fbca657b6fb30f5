"""Reading a team workbook back, against exporting it, in the same run (the machine is
shared: compare the ratios). The sample campaign is exported, its 甘特图 and 文案库 edited
the way a team would (one cell in every fifth row), then read back (the diff) and applied.

    PYTHONPATH=. python3 benchmarks/read_back.py [--runs 3]"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import openpyxl

    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.store import open_store
    from flashdesk.workbook.export import export_workbook
    from flashdesk.workbook.readback import apply_read_back, read_back

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    figures = {"export": [], "read back (diff)": [], "apply": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(Path(folder) / "s.sqlite3")
            campaign_id = create_campaign(store, sample_draft()).result
            start = time.perf_counter()
            path = export_workbook(store, campaign_id, Path(folder) / "team.xlsx", language="zh_CN")
            figures["export"].append(time.perf_counter() - start)
            book = openpyxl.load_workbook(path)
            for row in range(4, book["甘特图"].max_row + 1, 5):
                book["甘特图"].cell(row=row, column=8).value = 0.5
            for row in range(3, book["文案库"].max_row + 1, 5):
                book["文案库"].cell(row=row, column=7).value = 99
            book.save(path)
            start = time.perf_counter()
            read = read_back(store, campaign_id, path)
            figures["read back (diff)"].append(time.perf_counter() - start)
            start = time.perf_counter()
            apply_read_back(store, read)
            figures["apply"].append(time.perf_counter() - start)
            changed = len(read.rows())
            store.close()
    base = statistics.median(figures["export"])
    print(f"{changed} rows changed per run, median of {runs} runs")
    for name, times in figures.items():
        median = statistics.median(times)
        print(f"{name:18} {median * 1000:8.0f} ms   {median / base:5.2f} × export")


if __name__ == "__main__":
    main()
