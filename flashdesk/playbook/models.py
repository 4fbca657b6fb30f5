"""Plan models: named variants of the playbook (the fission models 传播型, 产品型, 服务型).

A model is a `[[model]]` table of the playbook: its key, names, the words operators may type
for it, and `plan`, an overlay on the playbook's sections. Choosing a model plans the
campaign from the overlaid sections, so every plan part reads its own section as usual and
needs to know nothing of models:

- tables merge key by key;
- a list of tables that all carry `key` (tasks, key nodes, channel types) merges item by item
  on `key`: an item with a known key is overlaid on it, a new key is appended;
- any other value (a list of posts, a list of rewards, a string) replaces the base value.

Every model's overlaid playbook is validated by every part (when a playbook file loads; the
bundled one by its test), so a model cannot plan what the plain playbook could not."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from flashdesk.errors import UserError
from flashdesk.i18n import shown, translate


@dataclass(frozen=True)
class PlanModel:
    key: str
    name: str       # Chinese, as operators say it
    name_en: str    # shown beside it in the English UI
    aliases: tuple[str, ...]
    summary: str    # one line, Chinese: how the group grows under this model
    plan: dict[str, Any]

    def label(self) -> str:
        """As the UI shows it: 传播型, and its English name beside it in the English UI."""
        english = shown(self.name, self.name_en)
        return self.name if english == self.name else f"{self.name} · {english}"

    def words(self) -> tuple[str, ...]:
        return (self.key, self.name, *self.aliases)


class ModelError(UserError):
    """A model name the playbook does not know."""


def _keyed(items: Any) -> bool:
    return isinstance(items, list) and bool(items) and all(
        isinstance(item, dict) and "key" in item for item in items)


def merge(base: Any, overlay: Any) -> Any:
    """`base` with `overlay` laid on it (see the module docstring); neither is changed, and
    the result shares nothing with them. Each part of `base` is copied once, and only where
    the overlay leaves it as it is (copying the whole playbook before laying each part over
    it took most of the playbook's loading)."""
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = {key: merge(value, overlay[key]) if key in overlay else copy.deepcopy(value)
                  for key, value in base.items()}
        for key, value in overlay.items():
            if key not in base:
                merged[key] = copy.deepcopy(value)
        return merged
    if _keyed(base) and _keyed(overlay):
        merged = list(base)  # base's own items until laid over (merge makes new ones)
        laid = set()
        position = {item["key"]: i for i, item in enumerate(merged)}
        for item in overlay:
            if item["key"] in position:
                merged[position[item["key"]]] = merge(merged[position[item["key"]]], item)
            else:
                position[item["key"]] = len(merged)
                merged.append(copy.deepcopy(item))
            laid.add(position[item["key"]])
        return [item if i in laid else copy.deepcopy(item) for i, item in enumerate(merged)]
    return copy.deepcopy(overlay)


def parse_models(data: Any, check) -> tuple[PlanModel, ...]:
    """The `[[model]]` tables, checked for their own fields (the overlay is checked by the
    parts once laid on the playbook)."""
    if data is None:
        return ()
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        check.fail("model", "should be a list of tables ([[model]])")
    models, words = [], {}
    for i, item in enumerate(data):
        where = f"model[{i}]"
        aliases = check.require(item, "aliases", list, where) if "aliases" in item else []
        if not all(isinstance(alias, str) and alias.strip() for alias in aliases):
            check.fail(f"{where}.aliases", "should be a list of words")
        model = PlanModel(check.require(item, "key", str, where),
                          check.require(item, "name", str, where),
                          check.require(item, "name_en", str, where), tuple(aliases),
                          check.require(item, "summary", str, where),
                          check.require(item, "plan", dict, where))
        for word in model.words():
            if word.casefold() in words:
                check.fail(where, f"{word!r} already names model {words[word.casefold()]!r}")
            words[word.casefold()] = model.key
        models.append(model)
    return tuple(models)


def find_model(models: tuple[PlanModel, ...], text: str) -> PlanModel:
    """The model named by its key, its Chinese name or an alias (any case)."""
    wanted = text.strip().casefold()
    for model in models:
        if wanted in (word.casefold() for word in model.words()):
            return model
    choices = ", ".join(f"{m.name} ({m.key})" for m in models)
    raise ModelError(translate("PlanModels", "There is no campaign model {name!r}; choose one of: "
                               "{choices}.").format(name=text, choices=choices or "-"))
