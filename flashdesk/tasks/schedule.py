"""Scheduling as pure functions over minutes, so they are fast and easy to test.

Times are whole minutes (see `to_minutes`); a span is (start, end). A link is
(predecessor, successor, kind, lag) with kind FS/SS/FF/SF. Moving a task only ever pushes
successors later (never pulls them earlier): the operator's own placements stay unless a
link forbids them."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

KINDS = ("FS", "SS", "FF", "SF")
EPOCH = datetime(2000, 1, 1)

Span = tuple[int, int]


@dataclass(frozen=True)
class Link:
    predecessor: int
    successor: int
    kind: str = "FS"
    lag: int = 0  # minutes, may be negative


def to_minutes(moment: datetime) -> int:
    return int((moment - EPOCH).total_seconds() // 60)


def from_minutes(minutes: int) -> datetime:
    return EPOCH + timedelta(minutes=minutes)


def earliest_start(link: Link, pred: Span, duration: int) -> int:
    """The earliest start the link allows its successor (of that duration)."""
    if link.kind == "FS":
        return pred[1] + link.lag
    if link.kind == "SS":
        return pred[0] + link.lag
    if link.kind == "FF":
        return pred[1] + link.lag - duration
    return pred[0] + link.lag - duration  # SF: successor finishes after predecessor starts


def latest_end(link: Link, succ_late: Span, duration: int) -> int:
    """The latest end of the predecessor (of that duration) that keeps the successor's late
    span (late start, late end)."""
    if link.kind == "FS":
        return succ_late[0] - link.lag
    if link.kind == "SS":
        return succ_late[0] - link.lag + duration
    if link.kind == "FF":
        return succ_late[1] - link.lag
    return succ_late[1] - link.lag + duration  # SF


def successors_map(links: Iterable[Link]) -> dict[int, list[Link]]:
    out: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        out[link.predecessor].append(link)
    return out


def find_cycle(links: Iterable[Link], predecessor: int, successor: int) -> list[int] | None:
    """The tasks of the cycle a new link predecessor → successor would close, in order from
    the predecessor, or None. A link to itself is a cycle of one."""
    if predecessor == successor:
        return [predecessor]
    graph = successors_map(links)
    parent: dict[int, int] = {successor: successor}
    queue = deque([successor])
    while queue:
        node = queue.popleft()
        if node == predecessor:
            path = [node]
            while node != successor:
                node = parent[node]
                path.append(node)
            path.reverse()  # successor … predecessor
            return [predecessor] + path[:-1]
        for link in graph.get(node, ()):
            if link.successor not in parent:
                parent[link.successor] = node
                queue.append(link.successor)
    return None


def any_cycle(links: Iterable[Link]) -> list[int] | None:
    """The tasks of one cycle among `links`, or None: one depth-first walk, linear in the
    links (a many-row import checks all its links at once, not each against the rest)."""
    graph = successors_map(links)
    state: dict[int, int] = {}  # 1 on the current path, 2 done
    for root in list(graph):
        if root in state:
            continue
        path, stack = [root], [iter(graph.get(root, ()))]
        state[root] = 1
        while stack:
            link = next(stack[-1], None)
            if link is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            node = link.successor
            if state.get(node) == 1:
                return path[path.index(node):]
            if node not in state:
                state[node] = 1
                path.append(node)
                stack.append(iter(graph.get(node, ())))
    return None


def _order(nodes: set[int], graph: Mapping[int, list[Link]]) -> list[int]:
    """Topological order of `nodes` along the links among them."""
    indegree = dict.fromkeys(nodes, 0)
    for node in nodes:
        for link in graph.get(node, ()):
            if link.successor in indegree:
                indegree[link.successor] += 1
    queue = deque(n for n, d in indegree.items() if d == 0)
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for link in graph.get(node, ()):
            if link.successor in indegree:
                indegree[link.successor] -= 1
                if indegree[link.successor] == 0:
                    queue.append(link.successor)
    return order


def reachable(starts: Iterable[int], graph: Mapping[int, list[Link]]) -> set[int]:
    seen = set(starts)
    stack = list(seen)
    while stack:
        for link in graph.get(stack.pop(), ()):
            if link.successor not in seen:
                seen.add(link.successor)
                stack.append(link.successor)
    return seen


def push(spans: Mapping[int, Span], links: Iterable[Link], moved: Iterable[int]) -> dict[int, Span]:
    """New spans for the successors (direct and further) of the moved tasks that the links
    push later; tasks that need not move are left out. Durations are kept."""
    links = list(links)
    graph = successors_map(links)
    affected = reachable(moved, graph)
    incoming: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        if link.successor in affected:
            incoming[link.successor].append(link)
    current = {node: spans[node] for node in affected if node in spans}
    changed: dict[int, Span] = {}
    for node in _order(affected, graph):
        if node not in current:
            continue
        start, end = current[node]
        duration = end - start
        need = start
        for link in incoming.get(node, ()):
            pred = current.get(link.predecessor) or spans.get(link.predecessor)
            if pred is not None:
                need = max(need, earliest_start(link, pred, duration))
        if need != start:
            current[node] = (need, need + duration)
            changed[node] = current[node]
    return changed


def violations(spans: Mapping[int, Span], links: Iterable[Link]) -> list[Link]:
    """Links whose successor starts earlier than the link allows."""
    bad = []
    for link in links:
        pred, succ = spans.get(link.predecessor), spans.get(link.successor)
        if pred and succ and succ[0] < earliest_start(link, pred, succ[1] - succ[0]):
            bad.append(link)
    return bad


def critical_path(spans: Mapping[int, Span], links: Iterable[Link], target: int) -> set[int]:
    """The tasks with no float on the way to `target` (the close of the group): moving any of
    them later moves the target. Backward pass over the target's ancestors."""
    links = [link for link in links if link.predecessor in spans and link.successor in spans]
    preds: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        preds[link.successor].append(link)
    ancestors = {target}
    stack = [target]
    while stack:
        for link in preds.get(stack.pop(), ()):
            if link.predecessor not in ancestors:
                ancestors.add(link.predecessor)
                stack.append(link.predecessor)
    graph = successors_map(link for link in links
                           if link.predecessor in ancestors and link.successor in ancestors)
    late: dict[int, Span] = {target: spans[target]}
    critical = {target}
    for node in reversed(_order(ancestors, graph)):
        if node == target:
            continue
        start, end = spans[node]
        duration = end - start
        late_end = min(latest_end(link, late[link.successor], duration)
                       for link in graph[node] if link.successor in late)
        late[node] = (late_end - duration, late_end)
        if late_end <= end:
            critical.add(node)
    return critical


def is_overdue(deadline: datetime | None, status: str, progress: int, now: datetime) -> bool:
    """Past its deadline and not done."""
    return deadline is not None and now > deadline and status != "done" and progress < 100
