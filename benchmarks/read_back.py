"""Reading a team workbook back, against exporting it, in the same run (the machine is
shared: compare the ratios). The sample campaign with its review numbers is exported, every
sheet that reads back edited the way a team would (one cell in every fifth row: progress,
copy use, post results, member counts, runbook ticks, orders), then read back (the diff,
every sheet) and applied.

    PYTHONPATH=. python3 benchmarks/read_back.py [--runs 3]"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


# (sheet, first data row, column title, the value typed in every fifth row)
EDITS = (("甘特图", 4, "进度", 0.5), ("文案库", 3, "使用次数", 99), ("预热发布表", 3, "负责人", "小王"),
         ("群活码", 5, "成员数", 150), ("关键节点执行表", 3, "完成", "✓"), ("复盘数据-每日", 3, "订单", 77))


def main() -> None:
    import openpyxl

    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.review.sample import add_sample_numbers
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
            add_sample_numbers(store, campaign_id)
            start = time.perf_counter()
            path = export_workbook(store, campaign_id, Path(folder) / "team.xlsx", language="zh_CN")
            figures["export"].append(time.perf_counter() - start)
            book = openpyxl.load_workbook(path)
            for sheet, first, title, value in EDITS:
                ws = book[sheet]
                at = next(c.column for c in ws[first - 1] if c.value == title)
                for row in range(first, ws.max_row + 1, 5):
                    if ws.cell(row=row, column=1).value not in (None, ""):
                        ws.cell(row=row, column=at).value = value
            book.save(path)
            start = time.perf_counter()
            read = read_back(store, campaign_id, path)
            figures["read back (diff)"].append(time.perf_counter() - start)
            start = time.perf_counter()
            apply_read_back(store, read)
            figures["apply"].append(time.perf_counter() - start)
            changed = len(read.rows())
            sheets = len(read.sheets)
            store.close()
    base = statistics.median(figures["export"])
    print(f"{changed} rows changed across {sheets} sheets read back per run, median of {runs} runs")
    for name, times in figures.items():
        median = statistics.median(times)
        print(f"{name:18} {median * 1000:8.0f} ms   {median / base:5.2f} × export")


if __name__ == "__main__":
    main()
