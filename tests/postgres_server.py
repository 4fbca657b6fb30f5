"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries
(Debian's `postgresql` package: /usr/lib/postgresql/<version>/bin) in a temporary folder,
listening on a free TCP port on 127.0.0.1 and on a unix socket in that folder, and removed
again at the end of the session.

PostgreSQL refuses to run as root: as root, the folder is handed to the `postgres` user (or
`nobody`) and initdb/postgres run as that user (subprocess's user=/group=, like `runuser`
but with no process in between, so the server gets our signals itself).

Roles: the superuser `flashdesk` connects without a password (trust, from this machine
only); every other role must give its password (scram-sha-256) — tests of wrong passwords
and of ~/.pgpass create such roles with `server.create_role()`.

Each test gets its own database: `create_database()` makes an empty one, or a copy of a
template database (CREATE DATABASE … TEMPLATE: a file copy, milliseconds for a store)."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "flashdesk"
_SETTINGS = {
    # a test server: durability is not wanted, speed is
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "128MB",
    "listen_addresses": "127.0.0.1",
    "log_min_messages": "warning",
    "log_min_error_statement": "panic",
    "log_statement": "none",
}


class NoPostgres(RuntimeError):
    """No PostgreSQL server binary on this machine, or it would not start; the message says
    which and how to get one."""


def find_bindir() -> Path | None:
    """The folder holding initdb and postgres: $FLASHDESK_PG_BINDIR, `pg_config --bindir`,
    or the newest /usr/lib/postgresql/<version>/bin."""
    candidates: list[str] = []
    if os.environ.get("FLASHDESK_PG_BINDIR"):
        candidates.append(os.environ["FLASHDESK_PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            candidates.append(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                             check=True, timeout=10).stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(versions, key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "postgres").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged user the server runs as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise NoPostgres("running as root and there is neither a 'postgres' nor a 'nobody' user to run "
                     "the PostgreSQL server as")


class PostgresServer:
    """One running server. `url(db)` is an SQLAlchemy URL (psycopg driver) for database db
    as the superuser; `admin()` a psycopg connection in autocommit to the `postgres` db."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.port = 0
        self.folder: Path | None = None
        self.process: subprocess.Popen | None = None
        self._user = _run_as()
        self._names = itertools.count(1)

    # -- life -----------------------------------------------------------------------------
    def _as_user(self) -> dict:
        if self._user is None:
            return {}
        return {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}

    def start(self) -> PostgresServer:
        self.folder = Path(tempfile.mkdtemp(prefix="fdpg-"))
        data = self.folder / "data"
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        os.chmod(self.folder, 0o755)
        init = subprocess.run(
            [str(self.bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
             "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"],
            capture_output=True, text=True, timeout=120, cwd=self.folder, **self._as_user())
        if init.returncode != 0:
            self.stop()
            raise NoPostgres(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        with (data / "pg_hba.conf").open("w") as hba:
            hba.write("local all all trust\n"
                      f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        for attempt in range(5):
            self.port = _free_port()
            options = [f"-c{key}={value}" for key, value in _SETTINGS.items()]
            with (self.folder / "server.log").open("a") as log:
                self.process = subprocess.Popen(
                    [str(self.bindir / "postgres"), "-D", str(data), "-p", str(self.port),
                     "-k", str(self.folder), *options],
                    stdout=subprocess.DEVNULL, stderr=log, cwd=self.folder, **self._as_user())
            if self._wait_ready():
                return self
            self._terminate()
        log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
        self.stop()
        raise NoPostgres(f"the PostgreSQL server did not start: {log.strip()}")

    def _wait_ready(self, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                import psycopg

                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.1)
        return False

    def _terminate(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown: clients are disconnected
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        self._terminate()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # -- addresses ------------------------------------------------------------------------
    def dsn(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """The SQLAlchemy URL, with the psycopg (3) driver named."""
        return self.dsn(database, user, password).replace("postgresql://", "postgresql+psycopg://", 1)

    def admin(self):
        import psycopg

        return psycopg.connect(self.dsn("postgres"), autocommit=True)

    # -- databases and roles --------------------------------------------------------------
    def new_name(self, prefix: str = "t") -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """An empty database (from template0), or a copy of `template`; returns its name."""
        name = name or self.new_name()
        source = template or "template0"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def mark_template(self, name: str) -> None:
        """Let `name` be copied by CREATE DATABASE … TEMPLATE (nobody may be connected to it)."""
        with self.admin() as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false IS_TEMPLATE true')

    def create_role(self, name: str, password: str, *, database: str | None = None,
                    read_only: bool = False) -> None:
        """A login role with a password; with `database`, given what an operator (or, with
        read_only, a viewer) needs on that database's tables."""
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
        if database is None:
            return
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            role = sql.Identifier(name)
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), role))
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
            if read_only:
                conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(role))
            else:
                conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                     "TO {}").format(role))
                conn.execute(sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public "
                                     "TO {}").format(role))


def start_server() -> PostgresServer:
    """A started server, or NoPostgres saying why there is none."""
    bindir = find_bindir()
    if bindir is None:
        raise NoPostgres("no PostgreSQL server binaries (initdb, postgres) on this machine: install "
                         "Debian's `postgresql` package (apt-get install postgresql) or set "
                         "FLASHDESK_PG_BINDIR")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise NoPostgres("the psycopg driver is not installed (pip install -e '.[test]')") from None
    return PostgresServer(bindir).start()
