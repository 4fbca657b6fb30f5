"""Shared fixtures: real stores in temporary folders, a real Qt app offscreen, settings
kept out of the user's own."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from flashdesk.campaigns.sample import sample_draft  # noqa: E402
from flashdesk.campaigns.service import create_campaign  # noqa: E402
from flashdesk.store import open_store  # noqa: E402
from tests.postgres_server import NoPostgres, start_server  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _widgets_app(qapp):
    """A QApplication from the start: headless code (poster rendering in `export`, the
    poster sheet) would otherwise create a bare QGuiApplication, and every QWidget test
    after it would abort."""
    return qapp


@pytest.fixture(autouse=True)
def _no_key_left_held(qapp):
    """Qt remembers the modifiers of the last key event: a test's Ctrl+V (a key click with
    Ctrl) leaves Ctrl "held" for every test after it, whose selectRow() then toggles a row
    into the selection instead of selecting it alone. A key released with none held clears it."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QWidget

        widget = QWidget()
        QTest.keyRelease(widget, Qt.Key.Key_Control)
        widget.deleteLater()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """No test reads or writes the operator's own store, settings or data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("FLASHDESK_STORE", raising=False)


# The store, service and workbook tests run on both engines: SQLite and PostgreSQL (a fresh
# database per test on the throwaway server). Tests that make their own stores, and the GUI
# and command-line tests, run on SQLite only.
BOTH_ENGINES = ("channels", "copies", "customers", "groups", "links", "links2", "links4", "offers", "posters",
                "review", "tasks", "workbook", "store",
                "test_agenda.py", "test_campaigns.py", "test_change.py", "test_change_flow.py", "test_store.py",
                "test_workbook.py", "test_workbook_print.py")


def pytest_generate_tests(metafunc):
    if "store" not in metafunc.fixturenames:
        return
    relative = metafunc.definition.path.relative_to(Path(__file__).parent)
    if relative.parts[0] in BOTH_ENGINES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("store_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def store_engine(request):
    """"sqlite", or "postgresql" where the test runs on both engines."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(request, store_engine, tmp_path):
    if store_engine == "postgresql":
        opened = open_store(request.getfixturevalue("pg_store_url"))
    else:
        opened = open_store(tmp_path / "store.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the whole session (tests/postgres_server.py); the
    tests that need one are skipped, saying why, on a machine without PostgreSQL."""
    try:
        server = start_server()
    except NoPostgres as exc:
        pytest.skip(f"no PostgreSQL server for this test: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The SQLAlchemy URL of a fresh, empty database (dropped after the test)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_store_template(pg_server):
    """A database holding a new, migrated FlashDesk store, kept as a template to copy."""
    name = pg_server.create_database(pg_server.new_name("store_template"))
    open_store(pg_server.url(name)).close()
    pg_server.mark_template(name)
    return name


@pytest.fixture
def pg_store_url(pg_server, pg_store_template):
    """The URL of a fresh database holding a new, migrated store (a copy of the template:
    milliseconds, where migrating anew takes seconds)."""
    name = pg_server.create_database(template=pg_store_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def campaign_id(store):
    """The sample campaign (618 toner launch), planned by every plan part."""
    return create_campaign(store, sample_draft()).result


@pytest.fixture
def app_context(qapp, store, tmp_path):
    from PySide6.QtCore import QSettings

    from flashdesk import i18n
    from flashdesk.fonts import register_fonts
    from flashdesk.gui.context import AppContext

    register_fonts()
    i18n.install("en")  # every GUI test starts in English, plurals resolved
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(store, settings)
    yield context
    context.undo_stack.clear()
