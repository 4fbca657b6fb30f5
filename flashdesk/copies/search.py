"""Full-text search over copy titles and bodies, Chinese included.

Terms are split on whitespace and AND-ed. A term of 3+ characters goes to the FTS5
trigram index (copy_fts). Trigram cannot see shorter terms (福利, 折扣, 福), so a term of
1-2 characters goes to copy_grams, an FTS5 index of every 2-character substring (see
migration copies_0003): a 2-character term is one of its tokens, a 1-character term the
prefix of one. A short term made of punctuation has no gram token and is matched by
instr() over the rows the other terms leave.

PostgreSQL (a team store) has one GIN index over every character and 2-character substring
of a copy's text (migration copies_0004): the terms' grams narrow the copies down through it,
and strpos checks each candidate for the whole term — but for a term of 1-2 characters
without letter case (Chinese, digits), whose gram is exactly the term; a sorted page that
walks the sort index checks every term with strpos. Other engines use LIKE."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")
SHORT = 2  # terms this long or shorter use the gram index


def parse_terms(text: str) -> list[str]:
    """Distinct terms in the order typed, lower-cased (the indexes fold case)."""
    terms: list[str] = []
    for term in _SPACE.split(text.strip().lower()):
        if term and term not in terms:
            terms.append(term)
    return terms


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_gram_token(term: str) -> bool:
    return all(ch.isalnum() for ch in term)


@dataclass
class Match:
    """The SQL for the terms: FTS sources (table, parameter) that yield copy ids, plus plain
    conditions on copy; `params` binds both."""

    sources: list[tuple[str, str]] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    # conditions that only narrow the rows down through an index, implied by `clauses`: used
    # when the matches drive the query, left out when the sort index is walked (PostgreSQL
    # would otherwise compute the grams of every row it passes)
    narrow: list[str] = field(default_factory=list)
    # conditions `narrow` decides by itself: needed only when the sort index is walked
    walked: list[str] = field(default_factory=list)
    params: dict[str, str | list[str]] = field(default_factory=dict)


# the indexed expression of copies_0004, written the same way so PostgreSQL uses the index
PG_TEXT = "(copy.title || ' ' || copy.body)"


def grams(term: str) -> list[str]:
    """The grams a copy holding `term` must have: the character of a 1-character term, else
    every 2-character substring (as flashdesk_grams cuts them)."""
    if len(term) == 1:
        return [term]
    return sorted({term[i:i + 2] for i in range(len(term) - 1)})


def _gram_decides(term: str) -> bool:
    """Whether the gram index alone finds exactly the copies holding `term`: a term of one or
    two characters is one gram, and when they are letters without case (Chinese, kana, …) or
    digits, lower() keeps them as they are and makes them from no other character, so the
    lower-cased text the grams are cut from holds the term exactly where the text does."""
    return len(term) <= SHORT and all(unicodedata.category(ch) in ("Lo", "Nd") for ch in term)


def _postgres(terms: list[str]) -> Match:
    result = Match()
    if not terms:
        return result
    result.params["grams"] = sorted({gram for term in terms for gram in grams(term)})
    result.narrow.append(f'(flashdesk_grams{PG_TEXT} COLLATE "C") @> CAST(:grams AS text[])')
    for i, term in enumerate(terms):
        result.params[f"term{i}"] = term
        # a term without letter case (Chinese, digits, punctuation) is found in the text as it
        # is: lower() over every row a sorted page passes would cost more than the search
        text = PG_TEXT if term.lower() == term.upper() else f"lower{PG_TEXT}"
        # where the grams decide, the matches read through them need no second look (~1 µs
        # a row: ~3 ms of a dense term's 4,000 counted matches)
        checks = result.walked if _gram_decides(term) else result.clauses
        checks.append(f"strpos({text}, :term{i}) > 0")
    return result


def match(terms: list[str], dialect: str) -> Match:
    if dialect == "postgresql":
        return _postgres(terms)
    sqlite = dialect == "sqlite"
    result = Match()
    long_terms = [t for t in terms if len(t) > SHORT]
    short_terms = [t for t in terms if len(t) <= SHORT]
    if not sqlite:
        for i, term in enumerate(terms):
            result.params[f"like{i}"] = "%" + term.replace("\\", "\\\\").replace("%", "\\%") \
                .replace("_", "\\_") + "%"
            result.clauses.append(f"(lower(copy.title) LIKE :like{i} ESCAPE '\\' "
                                  f"OR lower(copy.body) LIKE :like{i} ESCAPE '\\')")
        return result
    if long_terms:
        result.params["fts"] = " AND ".join(_quoted(t) for t in long_terms)
        result.sources.append(("copy_fts", "fts"))
    grams = [t for t in short_terms if _has_gram_token(t)]
    if grams:
        result.params["grams"] = " AND ".join(_quoted(t) + ("*" if len(t) == 1 else "")
                                              for t in grams)
        result.sources.append(("copy_grams", "grams"))
    for i, term in enumerate(t for t in short_terms if not _has_gram_token(t)):
        result.params[f"raw{i}"] = term
        result.clauses.append(f"(instr(lower(copy.title), :raw{i}) > 0 "
                              f"OR instr(lower(copy.body), :raw{i}) > 0)")
    return result


def spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur in text (case-insensitive), merged and sorted: for highlights."""
    lowered = text.lower()
    found: list[tuple[int, int]] = []
    for term in terms:
        start = lowered.find(term)
        while start >= 0:
            found.append((start, start + len(term)))
            start = lowered.find(term, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked(text: str, terms: list[str], before: str = "【", after: str = "】") -> str:
    """text with every match wrapped, as the command line prints it."""
    out, last = [], 0
    for start, end in spans(text, terms):
        out += [text[last:start], before, text[start:end], after]
        last = end
    out.append(text[last:])
    return "".join(out)
