"""The plan the parts write, row for row: the sample campaign and a second campaign planned by
a fission model with a one-day group (other ids, the model's overlays, other group days) in
the same store, against the rows frozen in sample_plan.json — written by the plan parts as
they were before they wrote plain rows instead of ORM objects (first-start).

The times a row is stamped with when it is written (created_at, updated_at) and the poster
elements' random ids are left out. After an intended change to the playbook or a plan part,
rewrite the file: `python tests/test_sample_plan.py`."""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.playbook import default_playbook
from flashdesk.store import open_store

FROZEN = Path(__file__).with_name("sample_plan.json")
# not the plan: the store's own rows, the seeded copy library and its indexes, team stamps
SKIP = re.compile(r"alembic_version|store_info|activity|row_stamp|copy_.*|copy")
STAMPED = {"created_at", "updated_at"}
ELEMENT_ID = re.compile(r'"id": "[0-9a-f]{8}"')


def planned_rows(folder: Path) -> dict[str, list[list]]:
    path = folder / "plan.sqlite3"
    store = open_store(path)
    try:
        create_campaign(store, sample_draft(date(2026, 12, 2)))
        second = replace(sample_draft(date(2026, 12, 2)), name="裂变二期", lifetime_days=1,
                         launch_at=datetime(2027, 3, 8, 19, 30), offer=None)
        create_campaign(store, second, default_playbook().with_model("spread"))
    finally:
        store.close()
    con = sqlite3.connect(path)
    try:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name") if not SKIP.fullmatch(name)]
        rows = {}
        for table in tables:
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            keep = [i for i, c in enumerate(columns) if c not in STAMPED]
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            rows[table] = [[_plain(row[i]) for i in keep]
                           for row in con.execute(f'SELECT * FROM "{table}" ORDER BY {order}')]
        # the copies the model planned (the library's seeded ones are the template's)
        rows["copy"] = [list(row) for row in con.execute(
            "SELECT id, campaign_id, title, body, channel, stage, levers, source_id, seed_key, deleted "
            "FROM copy WHERE campaign_id IS NOT NULL ORDER BY id")]
        return rows
    finally:
        con.close()


def _plain(value):
    """The stored value with its SQLite type: 1 and 1.0 and "1" differ."""
    if isinstance(value, str):
        value = ELEMENT_ID.sub('"id": "-"', value)
    return [type(value).__name__, value]


def test_the_plan_is_the_frozen_one(tmp_path):
    frozen = json.loads(FROZEN.read_text(encoding="utf-8"))
    planned = planned_rows(tmp_path)
    assert sorted(planned) == sorted(frozen)
    for table, rows in frozen.items():
        assert planned[table] == rows, table
    assert len(planned["task"]) > 40 and len(planned["node_beat"]) > 30 and planned["copy"]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        rows = planned_rows(Path(work))
    lines = ",\n".join(f"{json.dumps(table)}: [\n" + ",\n".join(
        json.dumps(row, ensure_ascii=False) for row in table_rows) + "\n]" for table, table_rows in rows.items())
    FROZEN.write_text("{\n" + lines + "\n}\n", encoding="utf-8")
