"""The compliance word list: resources/compliance/words.toml, with the operator's own
compliance/words.toml in the data folder merged over it (same text: theirs wins;
disabled = true drops a built-in word)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.paths import resource, user_data_dir

KINDS = ("extreme", "promise")


@dataclass(frozen=True)
class Word:
    text: str
    kind: str
    reason: str
    safer: str
    allow: tuple[str, ...] = ()


def user_words_path() -> Path:
    return user_data_dir() / "compliance" / "words.toml"


def _entries(path: Path) -> list[dict]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(translate("CopyLint", "{path} is not a valid word list: {problem}. Fix "
                                  "or remove it.").format(path=path, problem=exc)) from None
    entries = data.get("word", [])
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not str(entry.get("text", "")).strip():
            raise UserError(translate("CopyLint", "{path}: word {n} has no text. Every [[word]] "
                                      "needs text = \"…\".").format(path=path, n=i))
        if not entry.get("disabled") and entry.get("kind", "extreme") not in KINDS:
            raise UserError(translate("CopyLint", "{path}: word {word!r} has kind {kind!r}; use "
                                      "extreme or promise.").format(path=path, word=entry["text"],
                                                                    kind=entry.get("kind")))
    return entries


_cache: dict[tuple, tuple[Word, ...]] = {}


def load_words(user_file: Path | None = None) -> tuple[Word, ...]:
    """Built-in words merged with the operator's file (re-read when it changes)."""
    user_file = user_file or user_words_path()
    builtin = resource("compliance", "words.toml")
    stamp = tuple(p.stat().st_mtime_ns if p.exists() else None for p in (builtin, user_file))
    key = (str(user_file), stamp)
    if key not in _cache:
        merged: dict[str, dict] = {}
        for path in (builtin, user_file):
            if path.exists():
                for entry in _entries(path):
                    merged[entry["text"].strip()] = entry
        _cache.clear()
        _cache[key] = tuple(
            Word(text, e.get("kind", "extreme"), e.get("reason", ""), e.get("safer", ""),
                 tuple(e.get("allow", ())))
            for text, e in merged.items() if not e.get("disabled"))
    return _cache[key]
