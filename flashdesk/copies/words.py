"""The compliance word list: resources/compliance/words.toml, with the operator's own
compliance/words.toml in the data folder merged over it (same text: theirs wins;
disabled = true drops a built-in word). Words belong to the Advertising Law's categories
([[category]]: 最…, 第一/唯一, …级 …), which give a word its kind, reason and safer wording
unless the word says its own."""

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
    category: str = ""  # a [[category]] key; "" for an operator's word without one


@dataclass(frozen=True)
class Category:
    key: str
    name: str
    kind: str
    reason: str
    safer: str


def user_words_path() -> Path:
    return user_data_dir() / "compliance" / "words.toml"


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(translate("CopyLint", "{path} is not a valid word list: {problem}. Fix "
                                  "or remove it.").format(path=path, problem=exc)) from None


def _entries(path: Path) -> list[dict]:
    entries = _read(path).get("word", [])
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


def categories() -> dict[str, Category]:
    """The built-in categories, in the list's order."""
    data = _read(resource("compliance", "words.toml"))
    return {c["key"]: Category(c["key"], c["name"], c["kind"], c["reason"], c["safer"])
            for c in data.get("category", [])}


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
        groups = categories()
        _cache.clear()
        _cache[key] = tuple(_word(text, e, groups.get(e.get("category", "")))
                            for text, e in merged.items() if not e.get("disabled"))
    return _cache[key]


def _word(text: str, entry: dict, category: Category | None) -> Word:
    def field(name: str, fallback: str) -> str:
        return entry.get(name) or (getattr(category, name) if category else fallback)

    return Word(text, field("kind", "extreme"), field("reason", ""), field("safer", ""),
                tuple(entry.get("allow", ())), category.key if category else "")
