"""Connecting to a team store on a PostgreSQL server: the URL from its parts, a look at what
the database holds before opening it, and the password kept where libpq looks for it
(~/.pgpass, or the file PGPASSFILE names) — never in FlashDesk's settings."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from flashdesk.i18n import translate
from flashdesk.store.errors import StoreError, classify

DEFAULT_PORT = 5432


def team_url(host: str, port: int, database: str, user: str, password: str | None = None) -> str:
    """postgresql://user[:password]@host:port/database, each part escaped as URLs need."""
    return URL.create("postgresql", username=user or None, password=password or None,
                      host=host or None, port=port or None, database=database).render_as_string(
                          hide_password=False)


@dataclass
class Probe:
    """What a database holds: a FlashDesk store (with its campaigns) or nothing yet."""

    empty: bool
    campaigns: int = 0


def probe(location: str) -> Probe:
    """Connect and look, changing nothing; StoreError (the server's one-line reason) when
    the server cannot be reached or refuses, NotAStoreError for another program's tables."""
    from flashdesk.store import migrations
    from flashdesk.store.engine import Store, make_engine

    engine, path = make_engine(location, create=False)
    store = Store(engine, path)
    try:
        revisions = migrations.store_revisions(store)
        if revisions is None:
            return Probe(empty=True)
        with engine.connect() as conn:
            campaigns = conn.execute(text("SELECT count(*) FROM campaign WHERE deleted = FALSE")).scalar_one()
        return Probe(empty=False, campaigns=campaigns)
    except DBAPIError as exc:
        raise classify(exc, store.display_name) or StoreError(translate(
            "Store", "{store} cannot be opened ({reason}).").format(
                store=store.display_name, reason=str(exc.orig).splitlines()[0])) from None
    finally:
        store.close()


def pgpass_path() -> Path:
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def save_password(host: str, port: int, database: str, user: str, password: str) -> Path:
    """Keep the password in the password file libpq reads (one line per server, database and
    user; an earlier line for the same ones is replaced), readable only by its owner."""
    path = pgpass_path()
    key = ":".join(_escaped(str(part)) for part in (host or "localhost", port or DEFAULT_PORT, database, user))
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(key + ":")]
    lines.append(f"{key}:{_escaped(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(descriptor, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(temporary, stat.S_IRUSR | stat.S_IWUSR)  # libpq ignores a file others can read
    os.replace(temporary, path)
    return path
