"""The revisions of a store made just before a copies revision: every other capability at its
head, the copies branch at an earlier revision (naming the copies head by name would pick
the newest one as soon as a later revision is added)."""

from __future__ import annotations

from flashdesk.store.migrations import known_heads, revision_graph


def copies_head() -> str:
    """The last revision of the copies branch: copies_0001 followed through the revisions
    that build on it alone (links_0001 and the like merge it with other branches)."""
    graph, current = revision_graph(), "copies_0001"
    while True:
        following = [rev for rev, downs in graph.items() if downs == (current,)]
        if not following:
            return current
        current, = following


def heads_with_copies_at(revision: str) -> list[str]:
    return sorted((known_heads() - {copies_head()}) | {revision})
