"""File shapes: which column of an export holds which field. The known shapes ship in
resources/customers/shapes.toml; a file's headings are matched against them (loosely: no
spaces, case or bracketed unit), and the mapping used for a shape is remembered by the
import (service.py) under `shape_key(headings)`."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache

from flashdesk.paths import resource

KINDS = ("customers", "members", "orders", "names")
UNIT = re.compile(r"[(（][^)）]*[)）]")


@dataclass(frozen=True)
class Shape:
    kind: str
    name: str
    required: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]  # field -> headings, in preference order


@cache
def shapes() -> dict[str, Shape]:
    data = tomllib.loads(resource("customers", "shapes.toml").read_text(encoding="utf-8"))
    return {item["kind"]: Shape(item["kind"], item["name"], tuple(item["required"]),
                                {k: tuple(v) for k, v in item["fields"].items()})
            for item in data["shape"]}


def normal(heading) -> str:
    text = UNIT.sub("", str(heading or ""))
    return re.sub(r"\s+", "", text).lower()


def shape_key(headings: list) -> str:
    """A file shape's key: its headings, in order, compared loosely."""
    return hashlib.sha1("\x1f".join(normal(h) for h in headings).encode()).hexdigest()


def guess(kind: str, headings: list) -> dict[str, int]:
    """field -> column index of the headings that name it (each column used once)."""
    found: dict[str, int] = {}
    columns = {normal(h): i for i, h in reversed(list(enumerate(headings))) if normal(h)}
    taken: set[int] = set()
    for field, names in shapes()[kind].fields.items():
        for name in names:
            index = columns.get(normal(name))
            if index is not None and index not in taken:
                found[field] = index
                taken.add(index)
                break
    return found


def score(kind: str, headings: list) -> int:
    """How well the headings fit a kind: 0 when a required field is missing, else the number
    of fields found."""
    found = guess(kind, headings)
    if any(field not in found for field in shapes()[kind].required):
        return 0
    return len(found)


def best_kind(headings: list) -> str | None:
    ranked = sorted(((score(kind, headings), -KINDS.index(kind), kind) for kind in KINDS),
                    reverse=True)
    return ranked[0][2] if ranked[0][0] else None
