"""Customers at an operator's scale: 100,000 people from a WeCom customer list and 300,000
orders from a shop export, as CSV files.

- import: reading, checking, matching and writing each file through the real import (one
  transaction, recorded as a Change), against a bare sqlite3 executemany of the same rows
  into the same table of a fresh store, in the same run (the ratio is what to compare; aim
  within 2x);
- filter: what the people list does when a filter changes (its first page of rows and the
  count; further pages load as the list scrolls) by tier, tag and campaign, median of runs
  (aim <= 50 ms);
- opening a person: their page (groups, orders, lists, tags), median of runs.

    python benchmarks/customers.py [--customers 100000] [--orders 300000]"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flashdesk.campaigns.sample import sample_draft  # noqa: E402
from flashdesk.campaigns.service import create_campaign  # noqa: E402
from flashdesk.customers.importer import import_rows  # noqa: E402
from flashdesk.customers.rows import mapping_for, parse, read_sheet  # noqa: E402
from flashdesk.customers.service import PAGE, Filter, count, page, people  # noqa: E402
from flashdesk.customers.shapes import shape_key  # noqa: E402
from flashdesk.store import open_store  # noqa: E402

SHOWN = PAGE


def write_files(folder: Path, customers: int, orders: int) -> tuple[Path, Path]:
    rng = random.Random(16)
    people_csv = folder / "客户列表.csv"
    with people_csv.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["客户名称", "备注", "添加人", "添加时间", "来源", "标签", "备注手机号"])
        for i in range(customers):
            tags = ",".join(rng.sample(["宝妈", "老客", "学生", "上班族", "团长"], rng.randint(0, 2)))
            writer.writerow([f"客户{i}", f"备注{i}", f"员工{i % 20}", "2026-05-01 10:00",
                             "扫描二维码", tags, f"13{i:09d}"])
    orders_csv = folder / "订单导出.csv"
    start = datetime(2026, 6, 18, 20, 0)
    with orders_csv.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["订单号", "下单时间", "付款时间", "买家昵称", "手机号", "商品名称",
                         "实付金额", "订单状态", "退款金额"])
        for i in range(orders):
            who = rng.randrange(customers)
            at = start + timedelta(seconds=i)
            writer.writerow([f"N{i:08d}", f"{at:%Y-%m-%d %H:%M:%S}", f"{at:%Y-%m-%d %H:%M:%S}",
                             f"客户{who}", f"13{who:09d}", "面霜", f"{rng.choice([199, 299, 699])}.00",
                             rng.choice(["已完成"] * 9 + ["已取消"]), "0"])
    return people_csv, orders_csv


def timed_import(store, path: Path, campaign_id: int | None) -> tuple[float, float, list]:
    """(wall seconds, CPU seconds, the checked rows)."""
    began, cpu = time.perf_counter(), time.process_time()
    sheet = read_sheet(path)
    kind, mapping = mapping_for(sheet, None)
    parsed = parse(sheet, kind, mapping)
    headings = {f: sheet.headings[i] for f, i in mapping.items()}
    import_rows(store, parsed, shape=shape_key(sheet.headings), headings=headings,
                campaign_id=campaign_id, label=path.stem, file_name=path.name)
    return time.perf_counter() - began, time.process_time() - cpu, parsed.records


def bare_insert(folder: Path, table: str, rows: list[dict]) -> tuple[float, float]:
    """The same rows into the same table of a fresh store with one executemany: (wall
    seconds, CPU seconds)."""
    path = folder / f"bare-{table}.sqlite3"
    open_store(path).close()
    columns = list(rows[0])
    db = sqlite3.connect(path)
    values = [tuple(r.values()) for r in rows]
    began, cpu = time.perf_counter(), time.process_time()
    with db:
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                       f"({', '.join('?' for _ in columns)})", values)
    elapsed, used = time.perf_counter() - began, time.process_time() - cpu
    db.close()
    return elapsed, used


def report(what: str, rows: int, took: float, cpu: float, bare: float, bare_cpu: float) -> None:
    """Wall-clock and CPU time against the bare insert: on a machine shared with other work
    the wall clock swings with the load, the CPU time much less."""
    print(f"import {what}: {took:.2f} s ({rows / took:,.0f} rows/s), {cpu:.2f} s CPU; bare "
          f"executemany {bare:.2f} s, {bare_cpu:.2f} s CPU; ratio {took / bare:.1f}x wall, "
          f"{cpu / bare_cpu:.1f}x CPU")


def median_ms(action, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people_csv, orders_csv = write_files(folder, args.customers, args.orders)
        store = open_store(folder / "store.sqlite3")
        campaign_id = create_campaign(store, sample_draft()).result

        took, cpu, records = timed_import(store, people_csv, None)
        bare, bare_cpu = bare_insert(folder, "customer", [
            {"id": i + 1, "nickname": v["nickname"], "remark": v["remark"], "phone": v["phone"],
             "added_by": v["added_by"], "added_on": str(v["added_on"]), "source": v["source"],
             "external_id": "", "stage": "", "notes": "", "paid_total": 0.0}
            for i, (_n, v) in enumerate(records)])
        report(f"{args.customers:,} customers", args.customers, took, cpu, bare, bare_cpu)

        took, cpu, records = timed_import(store, orders_csv, campaign_id)
        bare, bare_cpu = bare_insert(folder, "customer_order", [
            {"id": i + 1, "customer_id": 1, "campaign_id": None, "order_no": v["order_no"],
             "ordered_at": str(v["ordered_at"]), "paid_at": str(v["paid_at"]), "item": v["item"],
             "amount": v["amount"], "refund": v["refund"], "status": v["status"],
             "paid": v["amount"]} for i, (_n, v) in enumerate(records)])
        report(f"{args.orders:,} orders", args.orders, took, cpu, bare, bare_cpu)

        took, cpu, _r = timed_import(store, orders_csv, campaign_id)
        print(f"re-import of the same orders (changes nothing): {took:.2f} s ({cpu:.2f} s CPU)")

        for name, chosen in (("all", Filter()), ("tier 核心", Filter(tier="核心")),
                             ("tag 团长", Filter(tag="团长")),
                             ("campaign", Filter(campaign_id=campaign_id)),
                             ("tier 初级 + tag 宝妈", Filter(tier="初级", tag="宝妈"))):
            def run(chosen=chosen):
                found = people(store, chosen, limit=SHOWN)
                if len(found) == SHOWN:
                    count(store, chosen)
            print(f"filter {name}: {median_ms(run):.1f} ms (first page of {SHOWN} rows and the count)")
        ids = [random.Random(1).randrange(1, args.customers + 1) for _ in range(7)]
        print(f"open a person: {median_ms(lambda: page(store, ids.pop() if ids else 1)):.1f} ms")
        store.close()
    print(f"load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())} "
          f"({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
