"""The capabilities FlashDesk is made of, in one list, in layer order: a capability may import
the ones before it (through their services) and never the ones after it — import-linter
holds the code to this order (see docs/ARCHITECTURE.md).

Each capability is a package flashdesk/<name>/ whose manifest.py defines MANIFEST, a
Manifest. The app's registries are read from the manifests: the plan parts (in this order),
the tables (for the store and Alembic), the workbook's sheets and the main window's tabs (in
playbook-step order), the CLI commands. Modules are named as strings and imported only when
used, so a capability never imports the workbook or the GUI, and this module imports no
capability."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module

CAPABILITIES: tuple[str, ...] = (
    "campaigns",
    "copies",
    "groups",
    "posters",
    "channels",
    "tasks",
    "customers",
    "fission",
    "review",
    "flowmap",
)


@dataclass(frozen=True)
class Manifest:
    name: str
    # its place in the playbook (1 = first): orders the tabs and the workbook's sheets
    step: int
    # the module defining its SQLModel tables, and their names: each table is owned once, and
    # views follow a capability's changes by these names (gui/follow.py)
    tables: str | None = None
    owns: tuple[str, ...] = ()
    # the Alembic branch label its migrations start (flashdesk/store/migrations/versions/)
    branch: str | None = None
    # its plan part (see flashdesk/playbook/parts.py)
    part: str | None = None
    # its workbook sheet modules, in workbook order (see flashdesk/workbook/export.py)
    sheets: tuple[str, ...] = ()
    # modules defining register(subparsers) for its CLI commands
    commands: tuple[str, ...] = ()
    # its tab, "module:Class" (see flashdesk/gui/tabs.py), and the tab bar's label, marked
    # with QT_TRANSLATE_NOOP("Class", …): the bar shows it before the tab's module is imported
    tab: str | None = None
    tab_title: str = ""
    # the module whose table_labels() names its tables' rows and columns in the operator's
    # words, for the activity log (see flashdesk/gui/labels.py)
    labels: str | None = None


@cache
def manifests() -> tuple[Manifest, ...]:
    """Every capability's manifest, in layer order."""
    return tuple(import_module(f"flashdesk.{name}.manifest").MANIFEST for name in CAPABILITIES)


def by_step() -> tuple[Manifest, ...]:
    """The manifests in playbook-step order (the order operators work through them)."""
    return tuple(sorted(manifests(), key=lambda manifest: manifest.step))
