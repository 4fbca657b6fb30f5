"""Loading and validating a playbook TOML file. A bad playbook names the file, the key
and what is wrong."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from flashdesk.errors import UserError
from flashdesk.paths import resource
from flashdesk.playbook.calendar import DayRef
from flashdesk.playbook.models import PlanModel, find_model, merge, parse_models

REQUIRED_PHASES = ("warm_up", "entry", "launch", "close", "review")


class PlaybookError(UserError):
    def __init__(self, path: Path | str, key: str, problem: str):
        super().__init__(f"{path}: [{key}] {problem}")
        self.path, self.key, self.problem = str(path), key, problem


@dataclass(frozen=True)
class Phase:
    key: str
    name: str
    start: DayRef
    end: DayRef


@dataclass(frozen=True)
class Playbook:
    path: Path
    name: str
    version: int
    phases: tuple[Phase, ...]
    sections: dict[str, Any] = field(default_factory=dict)
    # the plan models ([[model]], see playbook/models.py) and the one this playbook plans by
    models: tuple[PlanModel, ...] = ()
    model: str | None = None

    def with_model(self, name: str | None) -> Playbook:
        """The playbook as the model named `name` (key, Chinese name or alias) plans a
        campaign; itself for no name. ModelError for a name it does not know."""
        if not name:
            return self
        chosen = find_model(self.models, name)
        return replace(self, sections=merge(self.sections, chosen.plan), model=chosen.key)

    def plan_model(self) -> PlanModel | None:
        return next((m for m in self.models if m.key == self.model), None)

    def phase_map(self) -> dict[str, Phase]:
        return {phase.key: phase for phase in self.phases}

    def section(self, name: str) -> Any:
        return self.sections[name]


class Checker:
    """Small helpers so each plan part validates its section in a few readable lines."""

    def __init__(self, path: Path, prefix: str = ""):
        self.path, self.prefix = path, prefix  # prefix: a model's checks name the model

    def fail(self, key: str, problem: str) -> None:
        raise PlaybookError(self.path, self.prefix + key, problem)

    def require(self, table: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in table:
            self.fail(f"{where}.{key}", "is missing")
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            names = " or ".join(k.__name__ for k in kinds)
            self.fail(f"{where}.{key}", f"should be {names}, not {type(value).__name__} {value!r}")
        return value

    def dayref(self, table: dict, key: str, where: str) -> DayRef:
        text = self.require(table, key, str, where)
        try:
            return DayRef.parse(text)
        except ValueError as exc:
            self.fail(f"{where}.{key}", str(exc))

    def table_list(self, table: dict, key: str, where: str = "") -> list[dict]:
        name = f"{where}.{key}" if where else key
        items = table.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            self.fail(name, "should be a non-empty list of tables ([[...]])")
        return items


def _read(path: Path) -> Playbook:
    """The playbook's name, phases, sections and models, checked; its plan sections unchecked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PlaybookError(path, "-", "file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PlaybookError(path, "-", f"not valid TOML: {exc}") from None
    check = Checker(path)
    head = data.get("playbook")
    if not isinstance(head, dict):
        check.fail("playbook", "the [playbook] table with name and version is missing")
    name = check.require(head, "name", str, "playbook")
    version = check.require(head, "version", int, "playbook")
    phases = []
    for i, item in enumerate(check.table_list(data, "phase")):
        where = f"phase[{i}]"
        phases.append(Phase(check.require(item, "key", str, where),
                            check.require(item, "name", str, where),
                            check.dayref(item, "start", where), check.dayref(item, "end", where)))
    keys = [p.key for p in phases]
    for needed in REQUIRED_PHASES:
        if needed not in keys:
            check.fail("phase", f"phase {needed!r} is missing (needed: {', '.join(REQUIRED_PHASES)})")
    if len(set(keys)) != len(keys):
        check.fail("phase", "two phases share a key")
    sections = {k: v for k, v in data.items() if k not in ("playbook", "phase", "model")}
    models = parse_models(data.get("model"), check)
    return Playbook(path, name, version, tuple(phases), sections, models)


def _check_parts(playbook: Playbook) -> Playbook:
    """Each plan part checks its section, as the playbook says it and as each model lays
    over it."""
    from flashdesk.playbook.parts import plan_parts

    path, sections, models = playbook.path, playbook.sections, playbook.models
    check = Checker(path)
    for part in plan_parts():
        if part.SECTION not in sections:
            check.fail(part.SECTION, "section is missing")
        part.validate(sections[part.SECTION], check)
    for model in models:
        unknown = [key for key in model.plan if key not in sections]
        if unknown:
            check.fail(f"model.{model.key}.plan", f"overlays no section of the playbook: {unknown}")
        planned = playbook.with_model(model.key)
        model_check = Checker(path, f"model {model.key}: ")
        for part in plan_parts():
            part.validate(planned.sections[part.SECTION], model_check)
    return playbook


def _parse(path: Path) -> Playbook:
    return _check_parts(_read(path))


def load_playbook(path: Path | str) -> Playbook:
    return _parse(Path(path))


@cache
def default_playbook() -> Playbook:
    """The bundled playbook: what a campaign is planned by and the key dates count from. Its
    plan sections are not checked on the way: the bundled file is the same on every start and
    tests/test_playbook_outline.py holds it to every part's check, its models' overlays
    included. Checking here imported every plan part and ran their checks on a first start
    (~10 ms before the sample campaign showed) and would make showing a campaign import every
    capability's plan part. A playbook from any other file is checked: load_playbook."""
    return _read(resource("playbooks", "flash_group.toml"))
