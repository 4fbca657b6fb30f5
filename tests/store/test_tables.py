"""Tables load with the capabilities that use them (store/tables.py): opening a store loads
none, and a capability's tables never come without the tables their foreign keys name."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from flashdesk.capabilities import manifests

pytestmark = pytest.mark.sqlite_only

TABLE_MODULES = [manifest.tables for manifest in manifests() if manifest.tables]

PROBE = r"""
import json, sys
from importlib import import_module
from sqlmodel import SQLModel
import_module(sys.argv[1])
broken = []
for table in SQLModel.metadata.tables.values():
    for fk in table.foreign_keys:
        try:
            fk.column
        except Exception as exc:  # NoReferencedTableError: the table it names is not loaded
            broken.append(f"{table.name}: {exc}")
loaded = sorted(m for m in sys.modules if m.startswith("flashdesk.") and m.endswith(".tables"))
print(json.dumps({"broken": broken, "loaded": loaded}))
"""


def _probe(module: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, module], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    return json.loads(out.splitlines()[-1])


@pytest.mark.parametrize("module", TABLE_MODULES)
def test_a_capabilitys_tables_load_with_the_tables_they_point_at(module):
    result = _probe(module)
    assert result["broken"] == []
    # and no more: only those of the capabilities before it
    position = TABLE_MODULES.index(module)
    assert set(result["loaded"]) - {"flashdesk.store.tables"} == set(TABLE_MODULES[:position + 1])


def test_foreign_keys_point_only_at_earlier_capabilities():
    """What load_tables_before relies on: a table's foreign keys name its own capability's
    tables, those of capabilities before it, or the store's."""
    from flashdesk.store.tables import load_tables

    metadata = load_tables()
    owner = {name: index for index, manifest in enumerate(manifests()) for name in manifest.owns}
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if table.name in owner and target in owner:
                assert owner[target] <= owner[table.name], f"{table.name} → {target}"


OPEN = r"""
import sys
from flashdesk.store import open_store
store = open_store(sys.argv[1])
store.close()
print(",".join(sorted(m for m in sys.modules if m.startswith("flashdesk.") and m.endswith(".tables"))))
"""


def test_opening_a_store_loads_no_capabilitys_tables(tmp_path):
    from flashdesk.store import open_store

    path = tmp_path / "store.sqlite3"
    open_store(path).close()
    out = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip() == ""


ROWS = r"""
import json, sys
from sqlmodel import Session, SQLModel, create_engine, select
import flashdesk.store.tables as tables

SQLModel.model_config["defer_build"] = sys.argv[2] == "deferred"
metadata = tables.load_tables()
classes = sorted((m.class_ for m in SQLModel._sa_registry.mappers), key=lambda c: c.__tablename__)
built = [c.__tablename__ for c in classes if c.__pydantic_complete__]
out = {}
with Session(create_engine(f"sqlite:///{sys.argv[1]}")) as session:
    for table in classes:
        dumps = [row.model_dump(mode="json") for row in session.exec(select(table))]
        again = [table.model_validate(dump).model_dump(mode="json") for dump in dumps]
        out[table.__tablename__] = {"schema": table.model_json_schema(), "rows": dumps, "again": again}
print(json.dumps({"built": built, "tables": out}))
"""


def _rows(path, build: str) -> dict:
    out = subprocess.run([sys.executable, "-c", ROWS, str(path), build], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return json.loads(out.splitlines()[-1])


def test_table_classes_validate_and_dump_as_when_built_at_definition(store, campaign_id):
    """The table classes build their pydantic validators on first use (defer_build, set in
    store/tables.py): none is built at definition, and the schemas, the dumps of every row
    of a planned campaign and what validating a dump gives are those of classes built at
    definition."""
    deferred, eager = _rows(store.path, "deferred"), _rows(store.path, "eager")
    assert deferred["built"] == []
    assert len(eager["built"]) == len(eager["tables"]) > 30
    assert deferred["tables"] == eager["tables"]
    assert sum(len(table["rows"]) for table in deferred["tables"].values()) > 100
    for table in deferred["tables"].values():
        assert table["again"] == table["rows"]
