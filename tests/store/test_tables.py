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
