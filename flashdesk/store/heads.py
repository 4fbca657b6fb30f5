"""The migration graph read from the version files' text, without importing Alembic or
SQLAlchemy: whether a store is current (its alembic_version rows equal the heads) is the
usual question at every open, and the read-only command line asks it too (store/reader.py)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions (≈100 ms less than asking Alembic, which would load
    every version module and Alembic itself)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                        values[target.id] = ast.literal_eval(node.value)
        down = values.get("down_revision")
        graph[values["revision"]] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return graph


def known_heads() -> set[str]:
    graph = revision_graph()
    return set(graph) - {down for downs in graph.values() for down in downs}
