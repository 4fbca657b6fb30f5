"""Compliance lint for copy and poster text — the one entry point both use:

    from flashdesk.copies.lint import lint
    for finding in lint(text, channel="moments", values=None):
        finding.start, finding.end   # the span in `text` to mark
        finding.rule                 # RULES key, e.g. "extreme_word"
        finding.reason, finding.safer

`text` is what the operator typed (a template with {variables} is fine). `channel` is a
channel key of flashdesk.copies.vocab (None or "": no channel rules). `values`, when given,
are the variable values the text will be filled with: empty ones are reported and the
length limit is measured on the filled text. Pure Python, no Qt widgets, no store.

Rules: extreme and exaggerated words from the word list (resources/compliance/words.toml,
extendable by the operator, see words.py); an empty variable value; doubled punctuation;
a Moments link without telling readers to look in the comment area (Moments shows links
poorly; the usual practice is to put it in the first comment); over-long copy for its
channel (limits: [copies.limits] of the playbook)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from flashdesk.i18n import translate

RULES = ("extreme_word", "promise", "empty_variable", "doubled_punctuation", "moments_link",
         "too_long")
_DOUBLED = re.compile(r"([，。！？、；：,!?;:～~])\1+")
_LINK = re.compile(r"https?://\S+|www\.\S+|\{live_code\}", re.IGNORECASE)
_COMMENT_HINT = ("评论区", "评论里", "评论中", "留言区", "第一条评论", "看评论")


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    rule: str
    reason: str
    safer: str = ""
    category: str = ""  # the word list's category key, for extreme_word and promise

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


def _words(text: str) -> list[Finding]:
    from flashdesk.copies.words import load_words

    lowered = text.lower()
    hits: list[tuple[int, int, object]] = []
    for word in load_words():
        needle = word.text.lower()
        start = lowered.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not any(_allowed(lowered, start, end, phrase.lower()) for phrase in word.allow):
                hits.append((start, end, word))
            start = lowered.find(needle, start + 1)
    findings, taken = [], -1
    for start, end, word in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if start < taken:
            continue  # inside a longer word already reported (全网最低 before 最低价)
        taken = end
        findings.append(Finding(start, end, "extreme_word" if word.kind == "extreme" else "promise",
                                word.reason, word.safer, word.category))
    return findings


def _allowed(lowered: str, start: int, end: int, phrase: str) -> bool:
    """True when the match at start..end lies inside an occurrence of an allowed phrase."""
    begin = max(0, end - len(phrase))
    at = lowered.find(phrase, begin)
    return 0 <= at <= start and at + len(phrase) >= end


def _empty_variables(text: str, values: Mapping[str, str]) -> list[Finding]:
    from flashdesk.copies.variables import placeholders

    return [Finding(p.start, p.end, "empty_variable",
                    translate("CopyLint", "{{{name}}} has no value for this campaign, so the "
                              "copy would show a gap.").format(name=p.name),
                    translate("CopyLint", "Set the value, or remove the variable."))
            for p in placeholders(text) if p.name in values and not str(values[p.name]).strip()]


def _doubled(text: str) -> list[Finding]:
    return [Finding(m.start(), m.end(), "doubled_punctuation",
                    translate("CopyLint", "Doubled punctuation looks careless and shouting."),
                    m.group(1)) for m in _DOUBLED.finditer(text)]


def _moments_link(text: str, channel: str | None) -> list[Finding]:
    if channel != "moments" or any(hint in text for hint in _COMMENT_HINT):
        return []
    return [Finding(m.start(), m.end(), "moments_link",
                    translate("CopyLint", "A link in a Moments post is easy to miss; say that "
                              "it is in the comment area and post it there."),
                    translate("CopyLint", "Add a line such as “link in the comment area”."))
            for m in _LINK.finditer(text)]


def _too_long(text: str, channel: str | None, values: Mapping[str, str] | None,
              limits: Mapping[str, int] | None) -> list[Finding]:
    if not channel:
        return []
    if limits is None:
        from flashdesk.copies.plan import limits as playbook_limits
        from flashdesk.playbook import default_playbook

        limits = playbook_limits(default_playbook())
    limit = limits.get(channel)
    if not limit:
        return []
    if values is not None:
        from flashdesk.copies.variables import fill

        length = len(fill(text, dict(values), strict=False))
    else:
        length = len(text)
    if length <= limit:
        return []
    return [Finding(min(limit, len(text)), len(text), "too_long",
                    translate("CopyLint", "{length} characters; this channel reads best within "
                              "{limit}.").format(length=length, limit=limit),
                    translate("CopyLint", "Cut {n} characters.").format(n=length - limit))]


def lint(text: str, channel: str | None = None, *, values: Mapping[str, str] | None = None,
         limits: Mapping[str, int] | None = None) -> list[Finding]:
    """Every finding in text, ordered by position (see the module docstring)."""
    findings = _words(text) + _doubled(text) + _moments_link(text, channel)
    if values is not None:
        findings += _empty_variables(text, values)
    findings += _too_long(text, channel, values, limits)
    return sorted(findings, key=lambda f: (f.start, f.end, f.rule))
