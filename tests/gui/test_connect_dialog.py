"""File → Connect to team store…: the connection test says what is wrong in one line, an
empty database is set up only after the operator agrees, the window then works on the team
store, and the settings remember the address but never the password."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from flashdesk.app import start_location
from flashdesk.campaigns.service import list_campaigns
from flashdesk.gui.connect_dialog import REOPEN_KEY, URL_KEY, ConnectDialog
from flashdesk.gui.main_window import MainWindow
from flashdesk.store.connect import probe
from tests.gui.helpers import when_modal


def _fill(dialog, server, database, user, password=""):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def _when_asked(answer, then=None, attempts: int = 500) -> None:
    """Press `answer` on the next message box (the connection test runs first), then call
    `then()` once the box is gone."""
    def poll(left=attempts):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(answer).click()
            if then is not None:
                QTimer.singleShot(50, then)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


@pytest.fixture
def anna(pg_server, pg_store_url, tmp_path, monkeypatch):
    database = pg_store_url.rsplit("/", 1)[1]
    role = pg_server.new_name("anna")
    pg_server.create_role(role, "right", database=database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return database, role


def test_the_test_button_names_the_problem_then_connects(qtbot, app_context, pg_server, anna):
    database, role = anna
    dialog = ConnectDialog(app_context.settings)
    qtbot.addWidget(dialog)
    dialog.database.clear()
    dialog.test_button.click()
    assert dialog.status.text() == "Give the database."
    _fill(dialog, pg_server, database, role, "wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    assert f"refused the password of {role}" in dialog.status.text()
    assert dialog.status.property("ok") is False
    dialog.password.setText("right")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.property("ok") is True, timeout=20000)
    assert dialog.status.text() == "Connected: a FlashDesk store with 0 campaigns."
    assert dialog.result() == 0  # a test connects nothing


def test_connecting_keeps_the_password_in_pgpass_only(qtbot, app_context, pg_server, anna, tmp_path):
    database, role = anna
    dialog = ConnectDialog(app_context.settings)
    qtbot.addWidget(dialog)
    _fill(dialog, pg_server, database, role, "right")
    dialog.remember.setChecked(True)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.result() == ConnectDialog.DialogCode.Accepted, timeout=20000)
    remembered = app_context.settings.value(URL_KEY)
    assert remembered == f"postgresql://{role}@127.0.0.1:{pg_server.port}/{database}"
    app_context.settings.sync()
    assert "right" not in (tmp_path / "settings.ini").read_text()
    pgpass = tmp_path / "pgpass"
    assert pgpass.read_text() == f"127.0.0.1:{pg_server.port}:{database}:{role}:right\n"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    again = ConnectDialog(app_context.settings)  # the next time: filled in, password empty
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text(),
            again.password.text()) == ("127.0.0.1", pg_server.port, database, role, "")


def test_declining_to_set_up_an_empty_database_changes_nothing(qtbot, app_context, campaign_id, pg_server,
                                                               pg_url):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    local = window.context.store
    database = pg_url.rsplit("/", 1)[1]
    seen = {}

    def fill_and_connect(dialog):
        _fill(dialog, pg_server, database, "flashdesk")

        def declined():
            seen["open"], seen["status"] = dialog.isVisible(), dialog.status.text()
            dialog.reject()

        _when_asked(QMessageBox.StandardButton.No, declined)
        dialog.connect_button.click()

    when_modal(fill_and_connect)
    window.connect_action.trigger()
    assert seen["open"] and "The database is empty" in seen["status"]
    assert window.context.store is local
    assert probe(pg_url).empty


def test_agreeing_opens_the_window_on_the_new_team_store(qtbot, app_context, campaign_id, pg_server, pg_url,
                                                         tmp_path, monkeypatch):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    database = pg_url.rsplit("/", 1)[1]
    def fill_and_connect(dialog):
        _fill(dialog, pg_server, database, "flashdesk")
        _when_asked(QMessageBox.StandardButton.Yes)
        dialog.connect_button.click()

    when_modal(fill_and_connect)
    window.connect_action.trigger()
    store = window.context.store
    assert store.location == f"postgresql://flashdesk@127.0.0.1:{pg_server.port}/{database}"
    assert [c.name for c in list_campaigns(store)] == ["618 爽肤水限定装快闪群"]  # its first run
    assert window.store_label.text() == f"Store: {store.location}"
    assert app_context.settings.value(URL_KEY) == store.location
    # the next start opens the team store again, unless FLASHDESK_STORE says otherwise
    assert app_context.settings.value(REOPEN_KEY) == store.location
    assert start_location(app_context.settings) == store.location
    monkeypatch.setenv("FLASHDESK_STORE", str(tmp_path / "mine.sqlite3"))
    assert start_location(app_context.settings) == str(tmp_path / "mine.sqlite3")
    monkeypatch.delenv("FLASHDESK_STORE")
    local = tmp_path / "back.sqlite3"  # File → Open store… back to a file: the next start opens that

    def pick(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(local))
        dialog.accept()

    when_modal(pick)
    window.open_store_action.trigger()
    assert window.context.store.path == local and app_context.settings.value(REOPEN_KEY) is None
    assert start_location(app_context.settings) != store.location
    store.close()
