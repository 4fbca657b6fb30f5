"""The migration graph read from the version files' text, without importing Alembic or
SQLAlchemy: whether a store is current (its alembic_version rows equal the heads) is the
usual question at every open, and the read-only command line asks it too (store/reader.py)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
# the revision identifiers are assignments in a version file's head, before its first function
# (Alembic's template); parsing only that head takes a sixth of the time the whole file does
BODY = re.compile(r"^(?:def|async def|class|@)", re.M)
IDENTIFIER = re.compile(r"^(?:down_)?revision\b", re.M)


def _identifiers(text: str) -> dict:
    """revision and down_revision, as the file's top-level assignments set them; the whole
    file is parsed when its head cannot be alone or they are assigned again below it."""
    cut = BODY.search(text)
    module = None
    if cut is not None and IDENTIFIER.search(text, cut.start()) is None:
        try:
            module = ast.parse(text[:cut.start()])
        except SyntaxError:  # cut inside a string: the whole file tells
            module = None
    values = {}
    for node in (module or ast.parse(text)).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
    return values


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions (≈100 ms less than asking Alembic, which would load
    every version module and Alembic itself)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        values = _identifiers(path.read_text(encoding="utf-8"))
        down = values.get("down_revision")
        graph[values["revision"]] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return graph


def known_heads() -> set[str]:
    graph = revision_graph()
    return set(graph) - {down for downs in graph.values() for down in downs}
