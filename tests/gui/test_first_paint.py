"""The window before its store: menus, toolbar and "Opening the campaign store…" at once,
looking as they do once the store is there; what it builds and imports for that first paint
stays small (benchmarks/startup.py times it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from flashdesk.gui.context import AppContext
from flashdesk.gui.main_window import MainWindow, _set_by_name

ROOT = Path(__file__).resolve().parents[2]


def _shortcuts(window: MainWindow) -> dict[str, QKeySequence]:
    return {name: getattr(window, name).shortcut() for name in (
        "new_action", "duplicate_action", "rename_action", "delete_action", "export_action",
        "open_store_action", "activity_action", "sidebar_action")}


def test_the_window_before_its_store_is_the_same_shell_with_nothing_to_do(qtbot, app_context, tmp_path):
    settings = QSettings(str(tmp_path / "waiting.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(None, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    waiting = window.centralWidget()
    assert isinstance(waiting, QLabel) and waiting.text() == "Opening the campaign store…"
    assert waiting.alignment() == Qt.AlignmentFlag.AlignCenter
    toolbar = window.findChild(QToolBar, "campaignToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert not any(a.isEnabled() for a in (window.new_action, window.export_action,
                                           window.open_store_action, window.sidebar_action))
    assert window.team_sync is None  # nothing to sync with yet
    before = _shortcuts(window)
    assert before["new_action"] == QKeySequence(QKeySequence.StandardKey.New)
    assert before["duplicate_action"] == QKeySequence("Ctrl+D")
    assert before["activity_action"] == QKeySequence("Ctrl+Shift+L")

    window.attach_store(app_context.store)
    assert window.team_sync is not None and window.team_sync.timer.isActive()
    assert window.team_banner.parent() is window.statusBar()
    assert window.new_action.isEnabled() and window.open_store_action.isEnabled()
    toolbar = window.findChild(QToolBar, "campaignToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.sidebar.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert _shortcuts(window) == before
    window.team_sync.timer.stop()


def test_a_store_swap_reaches_the_team_sync_before_the_views(qtbot, app_context, tmp_path):
    """File → Open store…: the sync takes the new store on, then the window reloads."""
    from flashdesk.store import open_store

    window = MainWindow(AppContext(None, app_context.settings))
    qtbot.addWidget(window)
    window.attach_store(app_context.store)
    order = []
    window.context.storeChanged.connect(lambda: order.append(window.team_sync.timer.isActive()))
    other = open_store(tmp_path / "other.sqlite3")
    window.context.replace_store(other)
    assert order == [True]
    assert window.store_label.text().endswith("other.sqlite3")
    window.team_sync.timer.stop()


def test_an_enum_name_qt_does_not_know_is_refused(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    _set_by_name(label, "alignment", "AlignRight")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight
    with pytest.raises(ValueError, match="AlignMiddle"):
        _set_by_name(label, "alignment", "AlignMiddle")


FIRST_PAINT = r"""
import gc, json, os, sys
import flashdesk
from PySide6.QtCore import QEvent, QObject, QTimer
from flashdesk.app import build_main_window

app, window = build_main_window(sys.argv[1])
seen = {}

def built():
    import PySide6.QtCore, PySide6.QtWidgets
    return [name for name, module in (("Qt", PySide6.QtCore), ("QFileDialog", PySide6.QtWidgets),
                                      ("QMessageBox", PySide6.QtWidgets)) if name in vars(module)]

def loaded():
    return sorted(m for m in sys.modules if m.startswith(
        ("flashdesk.gui.team", "flashdesk.gui.tabs", "flashdesk.store", "sqlalchemy", "subprocess")))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.update(built=built(), modules=loaded(), text=window.centralWidget().text())
        return False

class TabPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "tab_painted_collecting" not in seen:
            seen["tab_painted_collecting"] = gc.isenabled()
        return False

tab_probe = TabPaint()
attach = window.attach_store

def attach_store(store):
    attach(store)
    window.tabs.installEventFilter(tab_probe)

window.attach_store = attach_store

def attached():
    if window.sidebar is not None and window.context.campaign_id is not None and gc.isenabled():
        seen.update(campaigns=window.sidebar.model.rowCount(), team=window.team_sync is not None,
                    later=loaded(), frozen=gc.get_freeze_count())
        print(json.dumps(seen))
        sys.stdout.flush()
        os._exit(0)

probe = FirstPaint()
window.installEventFilter(probe)
timer = QTimer()
timer.timeout.connect(attached)
timer.start(20)
app.exec()
"""


def test_the_window_paints_before_the_store_and_its_team_sync_then_gets_them(tmp_path):
    """The real start (build_main_window): the first paint waits for no store or team sync and
    for none of PySide6's costly types that only a command or the store's views use (the `Qt`
    namespace builds ~90 Python enums, the dialogs a few each); right after it, the store
    opens with the sample campaign and the team sync, and garbage collection is back on once
    the tab on show has painted, with what the start made frozen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "store.sqlite3")],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["text"] == "Opening the campaign store…"
    assert seen["built"] == [] and seen["modules"] == []
    assert seen["campaigns"] == 1 and seen["team"]
    # the collector, paused for the first paint and the plan, runs again once the tab painted,
    # past what the start made
    assert seen["tab_painted_collecting"] is False
    assert seen["frozen"] > 10_000
    assert "flashdesk.gui.team" in seen["later"] and "flashdesk.store" in seen["later"]
