"""The architecture holds: every capability's manifest names modules and classes that exist,
every table is owned by exactly one capability, capabilities reach each other's tables only
through their services, nothing below the GUI imports QtWidgets, and the import-linter
layers list the capabilities in the one declared order."""

import ast
import tomllib
from importlib import import_module
from pathlib import Path

import pytest
from sqlmodel import SQLModel

import flashdesk
from flashdesk.capabilities import CAPABILITIES, manifests
from flashdesk.store.migrations import SCRIPT_DIR
from flashdesk.store.tables import load_tables

PACKAGE = Path(flashdesk.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every module a file imports, function-level imports included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _branches() -> set[str]:
    labels = set()
    for path in (SCRIPT_DIR / "versions").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "branch_labels"
                                                    for t in node.targets):
                labels |= set(ast.literal_eval(node.value) or ())
    return labels


@pytest.mark.parametrize("manifest", manifests(), ids=lambda m: m.name)
def test_manifest_names_what_exists(manifest):
    assert manifest.name in CAPABILITIES
    assert import_module(f"flashdesk.{manifest.name}.manifest").MANIFEST is manifest
    for module in (manifest.part, *manifest.sheets, *manifest.commands):
        if module:
            import_module(module)
    if manifest.part:
        assert hasattr(import_module(manifest.part), "generate")
    for sheet in manifest.sheets:
        assert import_module(sheet).TITLE
    for command in manifest.commands:
        assert callable(import_module(command).register)
    if manifest.tab:
        module, _, name = manifest.tab.partition(":")
        assert isinstance(getattr(import_module(module), name), type)
        assert manifest.tab_title, f"{manifest.name}: a tab needs its tab_title"
    # its tables' words for the activity log (what they cover: tests/gui/test_activity_labels.py)
    assert callable(import_module(manifest.labels).table_labels) if manifest.owns else manifest.labels is None
    # a capability without tables (the flow map) has no migrations and so no branch
    assert manifest.branch in _branches() if manifest.tables else manifest.branch is None
    if manifest.tables:
        assert manifest.tables == f"flashdesk.{manifest.name}.tables"
        tables = import_module(manifest.tables)
        defined = {value.__tablename__ for value in vars(tables).values()
                   if isinstance(value, type) and issubclass(value, SQLModel)
                   and value.__module__ == tables.__name__ and hasattr(value, "__table__")}
        assert defined == set(manifest.owns)


def test_every_table_is_owned_exactly_once():
    owners: dict[str, list[str]] = {}
    for manifest in manifests():
        for table in manifest.owns:
            owners.setdefault(table, []).append(manifest.name)
    owners.setdefault("store_info", []).append("store")  # the store's own (store/info.py)
    assert {table: names for table, names in owners.items() if len(names) != 1} == {}
    assert set(load_tables().tables) == set(owners)


def test_steps_are_distinct_and_every_capability_has_a_manifest():
    assert sorted(m.step for m in manifests()) == list(range(1, len(CAPABILITIES) + 1))
    packages = {p.parent.name for p in PACKAGE.glob("*/manifest.py")}
    assert packages == set(CAPABILITIES)


# what a capability's own tables module takes from store/tables.py: the loading of the tables
# its foreign keys name, which hands it no table
LOAD_BEFORE = {"flashdesk.store.tables", "flashdesk.store.tables.load_tables_before"}


def test_capabilities_reach_other_tables_only_through_their_services():
    crossing = []
    for name in CAPABILITIES:
        for path in (PACKAGE / name).rglob("*.py"):
            imports = _imports(path)
            if path == PACKAGE / name / "tables.py" and imports >= LOAD_BEFORE:
                imports -= LOAD_BEFORE
            for module in imports:
                parts = module.split(".")
                if len(parts) >= 3 and parts[0] == "flashdesk" and parts[2] == "tables" \
                        and parts[1] != name:
                    crossing.append(f"{path.relative_to(PACKAGE)} imports {module}")
                if module.startswith("flashdesk.store.tables"):
                    crossing.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert crossing == []


def _layers() -> list[list[str]]:
    """The layers contract's module names, highest layer first, capabilities spliced in."""
    from tests.layers_contract import CapabilityLayersContract

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    [options] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "capability_layers"]
    contract = CapabilityLayersContract(options["name"], {}, options)
    return [[tail.name for tail in layer.module_tails] for layer in contract.layers]


def test_every_module_has_a_layer():
    """A top-level module outside every layer would escape import-linter."""
    listed = {name.removeprefix("flashdesk.") for layer in _layers() for name in layer}
    top = {path.stem if path.is_file() else path.name for path in PACKAGE.iterdir()
           if path.suffix == ".py" and path.stem != "__init__" or (path / "__init__.py").exists()}
    assert top - listed == set()


def test_nothing_below_the_gui_imports_qtwidgets():
    layers = _layers()
    gui = next(i for i, layer in enumerate(layers) if "flashdesk.gui" in layer)
    below = {name.removeprefix("flashdesk.") for layer in layers[gui + 1:] for name in layer}
    files = [path for path in PACKAGE.rglob("*.py")
             if path.relative_to(PACKAGE).with_suffix("").parts[0] in below]
    assert len(files) > 100
    offending = [str(path.relative_to(PACKAGE)) for path in files
                 if any(m.startswith("PySide6.QtWidgets") for m in _imports(path))]
    assert offending == []


def test_import_linter_layers_take_the_capability_order_from_the_one_list():
    from tests.layers_contract import MARKER

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    [options] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "capability_layers"]
    assert MARKER in options["layers"]
    assert not {f"flashdesk.{name}" for name in CAPABILITIES} & set(options["layers"])
    spliced = [name.removeprefix("flashdesk.") for layer in _layers() for name in layer]
    assert [name for name in spliced if name in CAPABILITIES] == list(reversed(CAPABILITIES))
