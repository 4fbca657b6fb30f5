"""Guards of the one Change flow (issue 13): one kind of undo step, no refresh by area name,
and every capability function a tab calls either reads or returns the Change it wrote.

Every tab is converted: the old push_edit/dataChanged bridge is gone from gui/undo.py,
gui/context.py and gui/follow.py."""

from __future__ import annotations

import ast
import inspect
import textwrap
import types
from importlib import import_module
from pathlib import Path

import flashdesk
from flashdesk.store.change import Change

GUI = Path(flashdesk.__file__).parent / "gui"
BRIDGE = {"undo.py", "context.py", "follow.py"}


def _gui_files():
    return list(GUI.rglob("*.py"))


def _undo_command_classes() -> set[str]:
    found = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", getattr(base, "attr", "")) == "QUndoCommand"
                    for base in node.bases):
                found.add(node.name)
    return found


def test_one_undo_command_class():
    assert _undo_command_classes() == {"ChangeCommand"}


def test_converted_tabs_neither_push_closures_nor_listen_to_area_names():
    for path in _gui_files():
        source = path.read_text(encoding="utf-8")
        assert "push_edit" not in source, path
        assert "dataChanged.connect" not in source.replace("model.dataChanged", ""), path
        assert "context.dataChanged" not in source, path
    for name in BRIDGE:
        assert "dataChanged" not in (GUI / name).read_text(encoding="utf-8"), name


def _called_capability_functions() -> dict[str, types.FunctionType]:
    """Every function of a capability package (flashdesk.<cap>...) the converted GUI calls:
    `module.f(...)` on an imported capability module, or `f(...)` imported by name."""
    found = {}
    for path in _gui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules, names = {}, {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("flashdesk.") \
                    and not node.module.startswith(("flashdesk.gui", "flashdesk.store", "flashdesk.i18n")):
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    try:
                        import_module(target)
                        modules[alias.asname or alias.name] = target
                    except ImportError:
                        names[alias.asname or alias.name] = (node.module, alias.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id in modules:
                owner, attr = modules[func.value.id], func.attr
            elif isinstance(func, ast.Name) and func.id in names:
                owner, attr = names[func.id]
            else:
                continue
            value = getattr(import_module(owner), attr, None)
            if isinstance(value, types.FunctionType):
                found[f"{value.__module__}.{value.__name__}"] = value
    return found


def _from_session(call: ast.AST) -> bool:
    """A call that hands back a row: session.get(...), or a helper given the session."""
    if not isinstance(call, ast.Call):
        return False
    args = [ast.unparse(a) for a in call.args]
    return "session" in args or ast.unparse(call.func).endswith("session.get")


def _writes(function: types.FunctionType) -> bool:
    """Adds, deletes or statement writes through a session, or a row's attribute set."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    rows = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and _from_session(node.value) for t in node.targets if isinstance(t, ast.Name)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("add", "add_all", "delete") and \
                    ast.unparse(node.func.value).endswith("session"):
                return True
            if node.func.attr in ("exec", "execute") and node.args and \
                    isinstance(node.args[0], ast.Call) and \
                    getattr(node.args[0].func, "id", "") in ("insert", "update", "delete"):
                return True
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AugAssign) else []
        if any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in rows
               for t in targets):
            return True
    return False


def test_every_capability_function_a_tab_calls_reads_or_returns_a_change():
    called = _called_capability_functions()
    assert len(called) > 30
    returning = {name for name, f in called.items()
                 if inspect.signature(f).return_annotation in ("Change", Change)}
    assert {"flashdesk.tasks.service.move_task", "flashdesk.campaigns.service.create_campaign",
            "flashdesk.channels.service.remove_post", "flashdesk.copies.service.update_copy",
            "flashdesk.groups.service.edit", "flashdesk.groups.runbook.set_beat_state",
            "flashdesk.posters.service.save_elements", "flashdesk.review.service.save_records",
            "flashdesk.review.texts.set_text"} <= returning
    writing = sorted(name for name, f in called.items() if name not in returning and _writes(f))
    # the sample campaign is planned once on a store's first start: no user action to undo
    assert writing == ["flashdesk.campaigns.sample.ensure_sample"]
