"""Two operators on one store: two Stores (two engines, as two app processes have) on one
SQLite file or one PostgreSQL database, each with its own origin and name."""

from __future__ import annotations

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where the shared store is: a file, or a database on the throwaway server."""
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    return request.getfixturevalue("pg_store_url")


@pytest.fixture
def pair(location):
    """(anna, ben, campaign id): two operators' stores on one location, holding the sample
    campaign, which both have loaded."""
    anna = open_store(location)
    ben = open_store(location)
    anna.team.name, ben.team.name = "Anna", "Ben"
    created = create_campaign(anna, sample_draft())
    for store in (anna, ben):
        store.team.start()  # both have loaded the plan
    yield anna, ben, created.result
    anna.close()
    ben.close()


def _tab_index(window, name: str) -> int:
    from flashdesk.gui.tabs import tab_manifests

    return [manifest.tab.partition(":")[2] for manifest in tab_manifests()].index(name)


def open_window(qtbot, store, folder, name: str):
    """A main window of its own (own settings, own undo stack) on `store`, as `name`."""
    from PySide6.QtCore import QSettings

    from flashdesk.gui.context import AppContext
    from flashdesk.gui.main_window import MainWindow
    from flashdesk.gui.team import NAME_KEY

    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    settings.setValue(NAME_KEY, name)
    window = MainWindow(AppContext(store, settings))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    return window


def tasks_tab(window):
    index = _tab_index(window, "TasksTab")
    window.tabs.setCurrentIndex(index)
    return window.tab_at(index)


@pytest.fixture
def windows(qtbot, qapp, location, tmp_path):
    """(anna's window, ben's window, campaign id) on one store, each with its own engine."""
    from flashdesk import i18n
    from flashdesk.fonts import register_fonts

    register_fonts()
    i18n.install("en")
    anna_store = open_store(location)
    campaign = create_campaign(anna_store, sample_draft()).result
    ben_store = open_store(location)
    anna = open_window(qtbot, anna_store, tmp_path, "Anna")
    ben = open_window(qtbot, ben_store, tmp_path, "Ben")
    for window in (anna, ben):
        window.sidebar.select(campaign)
    yield anna, ben, campaign
    for window in (anna, ben):
        window.team_sync.timer.stop()
        window.context.undo_stack.clear()
        window.close()
    anna_store.close()
    ben_store.close()
