"""File → Connect to team store…: the team's PostgreSQL server by its parts (host, port,
database, user), a connection test that says in one line what is wrong, and the choice to
set up an empty database as a new store. The password is used for this connection and, if
the operator asks, kept in ~/.pgpass (where libpq looks for it); the settings remember the
address without it."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.messages import confirm

URL_KEY = "team/url"  # the address the dialog was last filled with
REOPEN_KEY = "team/reopen"  # the team store the window works on: opened again at the next start


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return ""


class ConnectDialog(QDialog):
    """After exec() == Accepted, `location` is the URL to open (with the password typed,
    if any: it stays in memory) and `set_up` tells whether the database was empty."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.location = ""
        self.set_up = False
        self._task = None
        self.setWindowTitle(self.tr("Connect to team store"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The team's shared store on a PostgreSQL server. Whoever runs the "
                               "server gives you its address, the database and your user name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("flashdesk")
        self.user = QLineEdit(_user())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: taken from ~/.pgpass"))
        self.remember = QCheckBox(self.tr("Keep the password in ~/.pgpass (readable only by you)"))
        form.addRow(self.tr("Server (host):"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("connectStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = buttons.addButton(self.tr("Test connection"), QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.test_button.clicked.connect(lambda: self._probe(then_connect=False))
        self.connect_button.clicked.connect(lambda: self._probe(then_connect=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_from_settings()
        for field in (self.host, self.database, self.user, self.password):
            field.textEdited.connect(lambda _text: self.status.clear())

    def _fill_from_settings(self) -> None:
        from sqlalchemy.engine import make_url

        remembered = str(self.settings.value(URL_KEY, "") or "")
        if not remembered:
            return
        url = make_url(remembered)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _url(self, with_password: bool) -> str:
        from flashdesk.store.connect import team_url

        return team_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                        self.user.text().strip(), self.password.text() if with_password else None)

    def _missing(self) -> str:
        for field, name in ((self.host, self.tr("the server")), (self.database, self.tr("the database")),
                            (self.user, self.tr("your user name"))):
            if not field.text().strip():
                field.setFocus()
                return self.tr("Give {what}.").format(what=name)
        return ""

    def _show(self, text: str, ok: bool) -> None:
        self.status.setProperty("ok", ok)
        self.status.setStyleSheet("color: #1e7e34;" if ok else "color: #c0392b;")
        self.status.setText(text)

    def _probe(self, then_connect: bool) -> None:
        from flashdesk.gui.workers import BackgroundTask
        from flashdesk.store.connect import probe

        missing = self._missing()
        if missing:
            self._show(missing, False)
            return
        location = self._url(with_password=True)
        self.test_button.setEnabled(False)
        self.connect_button.setEnabled(False)

        def done(found, error) -> None:
            self._task = None
            self.test_button.setEnabled(True)
            self.connect_button.setEnabled(True)
            self._probed(location, found, error, then_connect)

        self._task = BackgroundTask(self, self.tr("Connecting to the team store…"),
                                    lambda _progress: probe(location), done).start()

    def _probed(self, location: str, found, error, then_connect: bool) -> None:
        from flashdesk.errors import UserError

        if error is not None:
            self._show(str(error) if isinstance(error, UserError) else self.tr(
                "The connection failed: {error}").format(error=error), False)
            return
        if found.empty:
            self._show(self.tr("Connected. The database is empty: Connect sets up a new FlashDesk "
                               "store in it."), True)
        else:
            self._show(self.tr("Connected: a FlashDesk store with %n campaign(s).", "", found.campaigns), True)
        if not then_connect:
            return
        if found.empty and not confirm(self, self.tr("Set up a team store"), self.tr(
                "The database {database} is empty. Set up a new FlashDesk store in it? Everyone "
                "who connects to it then works on this plan.").format(database=self.database.text().strip())):
            return
        self._accept(location, found.empty)

    def _accept(self, location: str, empty: bool) -> None:
        from flashdesk.store.connect import save_password

        if self.remember.isChecked() and self.password.text():
            try:
                save_password(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                              self.user.text().strip(), self.password.text())
            except OSError as exc:
                self._show(self.tr("Cannot keep the password in {file}: {reason}. Untick the box to "
                                   "connect without keeping it.").format(file=exc.filename, reason=exc.strerror),
                           False)
                return
        self.settings.setValue(URL_KEY, self._url(with_password=False))
        self.location, self.set_up = location, empty
        self.accept()

    def wait(self, msecs: int = 30000) -> bool:
        """For tests: block until a running connection test ends."""
        return self._task is None or self._task.wait(msecs)
