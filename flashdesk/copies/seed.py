"""The seed library as shipped now: resources/copies/seed.toml. New stores get the seeds
through the migrations (copies_0001 inserts a frozen copy of the seeds it was written with;
later seed changes come as later migrations)."""

from __future__ import annotations

import tomllib

from flashdesk.copies.vocab import CHANNEL_BY_KEY, LEVER_BY_KEY, STAGE_BY_KEY, split_levers
from flashdesk.paths import resource


def seed_copies() -> list[dict]:
    """The seed entries, checked: a bad seed file is a packaging bug, so it fails loudly."""
    data = tomllib.loads(resource("copies", "seed.toml").read_text(encoding="utf-8"))
    entries = data["copy"]
    keys = set()
    for entry in entries:
        key = entry["key"]
        assert key not in keys, f"seed key {key!r} twice"
        keys.add(key)
        assert entry["channel"] in CHANNEL_BY_KEY, f"{key}: channel {entry['channel']!r}"
        assert entry["stage"] in STAGE_BY_KEY, f"{key}: stage {entry['stage']!r}"
        for lever in split_levers(entry["levers"]):
            assert lever in LEVER_BY_KEY, f"{key}: lever {lever!r}"
    return entries

