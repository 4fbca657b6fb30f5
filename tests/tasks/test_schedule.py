"""Scheduling: each link type with lag, pushes, cycles, critical path, overdue."""

from datetime import datetime

import pytest

from flashdesk.tasks.schedule import (
    Link,
    critical_path,
    find_cycle,
    from_minutes,
    is_overdue,
    push,
    to_minutes,
    violations,
)


@pytest.mark.parametrize("kind, lag, expected", [
    ("FS", 0, (100, 130)),     # starts when A ends
    ("FS", 120, (220, 250)),   # two hours after A ends
    ("FS", -30, (70, 100)),    # negative lag: overlaps A's last half hour
    ("SS", 15, (15, 45)),      # starts 15 min after A starts
    ("FF", 60, (130, 160)),    # ends an hour after A ends
    ("SF", 0, (-30, 0)),       # ends when A starts (already satisfied below)
])
def test_each_link_type_pushes_the_successor_to_its_earliest_start(kind, lag, expected):
    spans = {1: (0, 100), 2: (-500, -470)}
    changed = push(spans, [Link(1, 2, kind, lag)], [1])
    assert changed[2] == expected
    assert changed[2][1] - changed[2][0] == 30  # duration kept


def test_a_successor_already_late_enough_does_not_move():
    spans = {1: (0, 100), 2: (500, 530)}
    assert push(spans, [Link(1, 2, "FS", 60)], [1]) == {}


def test_push_goes_through_chains_and_takes_the_latest_of_several_predecessors():
    spans = {1: (0, 60), 2: (60, 120), 3: (0, 10), 4: (0, 30)}
    links = [Link(1, 2), Link(2, 4), Link(3, 4, "FS", 500)]
    spans[1] = (100, 160)  # moved an hour forty later
    changed = push(spans, links, [1])
    assert changed[2] == (160, 220)
    assert changed[4] == (510, 540)  # 3 ends at 10, +500 lag beats 2's end at 220
    assert 3 not in changed
    after = {**spans, **changed}
    assert violations(after, links) == []


def test_push_never_pulls_earlier():
    spans = {1: (0, 60), 2: (1000, 1060)}
    assert push(spans, [Link(1, 2)], [1]) == {}


def test_cycle_names_the_tasks_in_order():
    links = [Link(1, 2), Link(2, 3), Link(3, 4)]
    assert find_cycle(links, 4, 1) == [4, 1, 2, 3]
    assert find_cycle(links, 1, 4) is None
    assert find_cycle(links, 5, 5) == [5]


def test_critical_path_to_the_close():
    # 1 → 2 → close, and a side task 3 → close with two hours of float; 4 is not on the way.
    spans = {1: (0, 60), 2: (60, 180), 3: (0, 60), 9: (180, 180), 4: (0, 1000)}
    links = [Link(1, 2), Link(2, 9), Link(3, 9, "FS", 0), Link(1, 4)]
    assert critical_path(spans, links, 9) == {1, 2, 9}
    # an SS link with lag that is tight puts its predecessor on the path as well
    links.append(Link(3, 2, "SS", 60))
    assert critical_path(spans, links, 9) == {1, 2, 3, 9}


def test_minutes_round_trip_and_overdue():
    moment = datetime(2026, 6, 18, 20, 15)
    assert from_minutes(to_minutes(moment)) == moment
    deadline = datetime(2026, 6, 18, 12, 0)
    assert is_overdue(deadline, "doing", 50, datetime(2026, 6, 18, 13, 0))
    assert not is_overdue(deadline, "done", 50, datetime(2026, 6, 18, 13, 0))
    assert not is_overdue(deadline, "todo", 0, datetime(2026, 6, 18, 11, 0))
    assert not is_overdue(None, "todo", 0, datetime(2026, 6, 18, 13, 0))
