"""models.merge copies each part of the playbook once; it gives what laying the overlay on a
deep copy of the whole playbook gave (the earlier way, kept here as the reference)."""

from __future__ import annotations

import copy

from flashdesk.playbook import default_playbook
from flashdesk.playbook.models import _keyed, merge


def reference_merge(base, overlay):
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = copy.deepcopy(base)
        for key, value in overlay.items():
            merged[key] = reference_merge(base[key], value) if key in base else copy.deepcopy(value)
        return merged
    if _keyed(base) and _keyed(overlay):
        merged = copy.deepcopy(base)
        position = {item["key"]: i for i, item in enumerate(merged)}
        for item in overlay:
            if item["key"] in position:
                merged[position[item["key"]]] = reference_merge(merged[position[item["key"]]], item)
            else:
                position[item["key"]] = len(merged)
                merged.append(copy.deepcopy(item))
        return merged
    return copy.deepcopy(overlay)


def _ids(value, found=None):
    """The ids of every dict and list inside `value`."""
    found = set() if found is None else found
    if isinstance(value, (dict, list)):
        found.add(id(value))
        for item in value.values() if isinstance(value, dict) else value:
            _ids(item, found)
    return found


def test_every_model_of_the_playbook_merges_as_before():
    playbook = default_playbook()
    assert playbook.models
    for model in playbook.models:
        before = copy.deepcopy(playbook.sections)
        merged = merge(playbook.sections, model.plan)
        assert merged == reference_merge(playbook.sections, model.plan)
        assert list(merged) == list(reference_merge(playbook.sections, model.plan))  # same order
        assert playbook.sections == before  # neither input changed
        assert not _ids(merged) & (_ids(playbook.sections) | _ids(model.plan))  # nothing shared


def test_keyed_lists_merge_by_key_with_repeats_and_new_items():
    base = {"node": [{"key": "a", "n": 1, "x": [1]}, {"key": "b", "n": 2}], "k": {"v": 1}}
    overlay = {"node": [{"key": "b", "n": 3}, {"key": "c", "n": 4}, {"key": "b", "m": 5},
                        {"key": "c", "n": 6}], "new": [1, 2]}
    merged = merge(base, overlay)
    assert merged == reference_merge(base, overlay) == {
        "node": [{"key": "a", "n": 1, "x": [1]}, {"key": "b", "n": 3, "m": 5}, {"key": "c", "n": 6}],
        "k": {"v": 1}, "new": [1, 2]}
    merged["node"][0]["x"].append(2)
    assert base["node"][0]["x"] == [1]
