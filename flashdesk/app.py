"""QApplication bootstrap: fonts, translations, theme, the store (with a way out when it is
unusable), the sample campaign on a first run, and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import flashdesk
from flashdesk import i18n, plain_imports
from flashdesk.i18n import translate
from flashdesk.paths import APP_NAME, default_store_location, resource, ui_dir, user_data_dir

COLLECTOR_PAUSE_MS = 3000  # at most, after the store has opened (build_main_window)


def create_application(argv: list[str] | None = None) -> QApplication:
    from flashdesk.fonts import font, register_fonts

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(flashdesk.__version__)
    app.setDesktopFileName("flashdesk")
    icon = resource("icons", "flashdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    app.setFont(font(10))
    i18n.install(str(QSettings().value("language", i18n.system_language())))
    theme = ui_dir() / "theme.qss"
    if theme.exists():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))
    return app


def _ask_for_store(parent_text: str, location: str, offer_restore: bool):
    """The store could not be opened: offer another store, a restore, or quitting."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "The store cannot be opened"), parent_text)
    other = box.addButton(translate("App", "Open another store…"), QMessageBox.ButtonRole.AcceptRole)
    restore = box.addButton(translate("App", "Restore the latest backup"), QMessageBox.ButtonRole.ActionRole) \
        if offer_restore else None
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is other:
        path, _ = QFileDialog.getSaveFileName(
            None, translate("App", "Open or create a store"), location,
            translate("App", "FlashDesk store (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return ("open", path) if path else ("quit", None)
    if restore is not None and box.clickedButton() is restore:
        return ("restore", location)
    return ("quit", None)


def open_store_interactively(location: str):
    from flashdesk.store import CorruptStoreError, StoreError, open_store
    from flashdesk.store.backup import list_backups, restore_latest

    while True:
        try:
            return open_store(location)
        except StoreError as exc:
            # only real damage offers a backup: a store in use, read-only or on a full disk
            # is healthy, and restoring over it would lose what was written since
            damaged = isinstance(exc, CorruptStoreError) and bool(list_backups(exc.path))
            choice, value = _ask_for_store(str(exc), location, damaged)
            if choice == "quit":
                return None
            if choice == "restore":
                try:
                    restore_latest(exc.path)
                except StoreError:  # it got locked meanwhile: the next try says so
                    continue
            else:
                location = value


class _AfterFirstPaint(QObject):
    """Runs a callback once the watched window has painted for the first time."""

    def __init__(self, window, callback):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def start_location(settings: QSettings) -> str:
    """The store to open when --store names none: FLASHDESK_STORE, else the team store the
    window worked on last (File → Connect to team store…), else the file in the data folder."""
    from flashdesk.gui.connect_dialog import REOPEN_KEY
    from flashdesk.paths import STORE_ENV

    if os.environ.get(STORE_ENV, "").strip():
        return default_store_location()
    return str(settings.value(REOPEN_KEY, "") or "") or default_store_location()


def build_main_window(store_location: str | None = None):
    """Show the main window at once, then open the store (and plan the sample campaign on a
    first run) right after its first paint. Returns (app, window); the app quits with code 1
    when the operator gives up on finding a usable store."""
    # No cyclic garbage collection until the plan is on screen: what is made on the way (the
    # window's modules, Qt types and widgets, then SQLAlchemy, SQLModel, the table classes and
    # the tab on show) lives as long as the window, so the collector's passes over those young
    # objects would free nothing (~2.5 ms before the first paint, then ~10 % of the CPU time
    # from there to the plan on screen). Once the tab on show has painted they are frozen
    # (kept out of every later pass) and collection resumes: resumed alone, its first two
    # passes went over all ~100,000 of them right after the plan showed (~0.25 s each on a busy
    # machine; with the collector on all along, one full pass came then). The few cyclic
    # leftovers of the start (~1,000 objects) stay frozen with them.
    collecting = gc.isenabled()
    gc.disable()

    def resume_collecting() -> None:
        if collecting and not gc.isenabled():
            gc.freeze()
            gc.enable()

    try:
        with plain_imports():  # the window's modules, and the imports its functions make on the way
            from flashdesk.gui.context import AppContext
            from flashdesk.gui.main_window import MainWindow

            app = create_application()
            window = MainWindow(AppContext(None))
        window.show()
    except BaseException:
        resume_collecting()
        raise

    def finish() -> None:
        try:
            with plain_imports():  # the store, SQLAlchemy, Alembic on a first start
                from flashdesk.campaigns.sample import ensure_sample

                store = open_store_interactively(store_location or start_location(window.context.settings))
                if store is None:
                    resume_collecting()
                    app.exit(1)
                    return
                ensure_sample(store)
            window.attach_store(store)
        except BaseException:
            resume_collecting()
            raise
        _AfterFirstPaint(window.tabs, resume_collecting)
        # a window kept from painting (minimized at once) must not hold the collector off
        QTimer.singleShot(COLLECTOR_PAUSE_MS, resume_collecting)

    _AfterFirstPaint(window, finish)
    return app, window


def _log_to_file() -> None:
    """Warnings and errors into flashdesk.log in the data folder (else on stderr)."""
    with plain_imports():  # platformdirs
        log_path = user_data_dir() / "flashdesk.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=log_path, level=logging.WARNING)
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def run_gui(store_location: str | None = None) -> int:
    app, window = build_main_window(store_location)
    # the log is set up once the window has painted (finding the data folder imports
    # platformdirs), and still before the store opens: the filter installed last sees the paint
    # first. Nothing logs before; a failure to start is logged by the command line (flashdesk.cli).
    _AfterFirstPaint(window, _log_to_file)
    code = app.exec()
    if window.context.store is not None:  # a clean close removes the WAL: no check next start
        window.context.store.close()
    return code
