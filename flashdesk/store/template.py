"""A new SQLite store copied from a template instead of built by running every migration.

Running the ~30 migrations through Alembic on a first start took longer than everything
else before the sample campaign showed (Alembic's import alone ~140 ms). The template
(resources/store/new-store.sqlite3.gz) is the store those migrations make, built by them:

    python -m flashdesk.store.template     # after adding or changing a migration

A store is made from it only when the migrations are the ones it was built by (a fingerprint
of their files) and its revisions are exactly their heads; otherwise the migrations run as
before, so a stale template costs time, never correctness
(tests/store/test_template.py fails until it is rebuilt). What a migration stamps with the
time it ran (the seeded copies' created_at…) is listed beside the template and restamped
with the time the store is made, so a store made from the template holds what the
migrations would have written at that moment."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

import flashdesk
from flashdesk.paths import resource

TEMPLATE = ("store", "new-store.sqlite3.gz")
STAMPS = ("store", "new-store.json")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's DateTime is stored in SQLite


def fingerprint() -> str:
    """A hash of the migrations' files (scripts and the data frozen beside them)."""
    from flashdesk.store.migrations import SCRIPT_DIR

    digest = hashlib.sha256()
    for path in sorted((SCRIPT_DIR / "versions").iterdir()):
        if path.is_file() and path.suffix in (".py", ".toml"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _revisions(con: sqlite3.Connection) -> set[str]:
    return {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}


def template_folder() -> Path:
    return resource(*TEMPLATE).parent


def create_from_template(path: Path, folder: Path | None = None) -> bool:
    """Make the new store `path` from the template (in resources/store/, or `folder`). False,
    with nothing written, when there is no template or it does not hold this FlashDesk's
    schema: the caller migrates then."""
    from flashdesk.store.migrations import known_heads

    folder = folder or template_folder()
    try:
        data = gzip.decompress((folder / TEMPLATE[1]).read_bytes())
        about = json.loads((folder / STAMPS[1]).read_text(encoding="utf-8"))
        stamps = about["stamps"]
        if about["migrations"] != fingerprint():
            return False
    except (OSError, ValueError, KeyError):
        return False
    # written beside the store and linked into place: a crash leaves no half-made store, and
    # a second app making the same store at the same moment keeps the first one's
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    except OSError:
        return False
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        con = sqlite3.connect(temporary, isolation_level=None)
        try:
            # no store until it is linked into place: one fsync of the finished file below
            # instead of the commit's three (journal, its header, the file), ~20 ms here
            con.execute("PRAGMA synchronous=OFF")
            if _revisions(con) != known_heads():
                return False
            now = datetime.now().strftime(TIME_FORMAT)
            con.execute("BEGIN")
            for table, column, value in stamps:
                con.execute(f"UPDATE {_quote(table)} SET {_quote(column)} = ? WHERE {_quote(column)} = ?",
                            (now, value))
            # as migrations._upgrade records it
            con.execute("INSERT INTO store_info(key, value) VALUES ('app_version', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (flashdesk.__version__,))
            con.execute("COMMIT")
        finally:
            con.close()
        _sync(temporary)
        try:
            os.link(temporary, path)
        except FileExistsError:  # made by another process meanwhile: that one is the store
            pass
        return True
    except (OSError, sqlite3.Error):
        return False
    finally:
        temporary.unlink(missing_ok=True)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows commits only a file open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def migrated_store(path: Path) -> None:
    """A new store at `path` made by running every migration (what the template holds)."""
    from flashdesk.store import migrations
    from flashdesk.store.engine import Store, make_engine

    engine, _path = make_engine(path)
    store = Store(engine, _path)
    try:
        migrations.check_and_upgrade(store)
    finally:
        store.close()


def stamped_cells(path: Path, since: datetime, until: datetime) -> list[list[str]]:
    """[table, column, value] for every distinct time between `since` and `until` in the
    store's cells: what its migrations stamped with the time they ran."""
    found = set()
    con = sqlite3.connect(path)
    try:
        # a virtual table's content is in its shadow tables, which are scanned (a contentless
        # full-text index cannot be scanned at all)
        tables = [row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
        for table in tables:
            columns = [row[1] for row in con.execute(f"PRAGMA table_info({_quote(table)})")]
            for column in columns:
                for (value,) in con.execute(f"SELECT DISTINCT {_quote(column)} FROM {_quote(table)} "
                                            f"WHERE typeof({_quote(column)}) = 'text' "
                                            f"AND length({_quote(column)}) = 26"):
                    try:
                        moment = datetime.strptime(value, TIME_FORMAT)
                    except ValueError:
                        continue
                    if since <= moment <= until:
                        found.add((table, column, value))
    finally:
        con.close()
    return [list(cell) for cell in sorted(found)]


def build(folder: Path | None = None) -> Path:
    """Write the template and its stamps (into resources/store/, or `folder`)."""
    target = Path(folder) if folder is not None else template_folder()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "new.sqlite3"
        since = datetime.now()
        migrated_store(path)
        until = datetime.now()
        stamps = stamped_cells(path, since, until)
        (target / TEMPLATE[1]).write_bytes(gzip.compress(path.read_bytes(), mtime=0))
    lines = ",\n".join("  " + json.dumps(cell, ensure_ascii=False) for cell in stamps)
    (target / STAMPS[1]).write_text(f'{{"migrations": "{fingerprint()}",\n"stamps": [\n' + lines + "\n]}\n",
                                    encoding="utf-8")
    return target / TEMPLATE[1]


if __name__ == "__main__":
    print(f"wrote {build()}")
