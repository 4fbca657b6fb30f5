"""Connecting to a team store: the password from ~/.pgpass (PGPASSFILE), and a clear
one-line message for a server that is down, a wrong password, a missing database, a
database that is not a FlashDesk store, and an empty database where a store was expected."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from flashdesk.campaigns.service import list_campaigns
from flashdesk.store import (
    EmptyDatabaseError,
    NotAStoreError,
    ServerAccessError,
    ServerUnreachableError,
    StoreError,
    open_store,
)
from flashdesk.store.connect import probe, save_password, team_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def operator(pg_server, pg_store_url, tmp_path, monkeypatch):
    """A team store with an operator role `anna` whose password is only in a .pgpass."""
    database = pg_store_url.rsplit("/", 1)[1]
    role = pg_server.new_name("anna")
    pg_server.create_role(role, "pa:ss\\word", database=database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return database, role


def test_the_password_comes_from_pgpass_and_stays_out_of_the_url(pg_server, operator, tmp_path):
    database, role = operator
    url = team_url("127.0.0.1", pg_server.port, database, role)
    with pytest.raises(ServerAccessError, match="asks for a password: put it in ~/.pgpass"):
        open_store(url, create=False)
    path = save_password("127.0.0.1", pg_server.port, database, role, "pa:ss\\word")
    assert path == tmp_path / "pgpass" and stat.S_IMODE(path.stat().st_mode) == 0o600
    save_password("127.0.0.1", pg_server.port, database, role, "pa:ss\\word")  # replaced, not doubled
    assert len(path.read_text().splitlines()) == 1
    store = open_store(url, create=False)
    assert [c.name for c in list_campaigns(store)] == []
    assert store.location == f"postgresql://{role}@127.0.0.1:{pg_server.port}/{database}"
    store.close()
    assert probe(url).empty is False


def test_a_wrong_password_is_named_as_such(pg_server, operator):
    database, role = operator
    with pytest.raises(ServerAccessError, match=f"refused the password of {role}"):
        open_store(team_url("127.0.0.1", pg_server.port, database, role, "wrong"), create=False)


def test_a_server_that_is_down_says_so(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nobody listens here once the socket is closed
    with pytest.raises(ServerUnreachableError, match="does not answer: it is not running"):
        open_store(f"postgresql://someone@127.0.0.1:{port}/flashdesk", create=False)


def test_a_missing_database_and_an_unknown_user(pg_server):
    with pytest.raises(StoreError, match="There is no database nosuchdb"):
        open_store(pg_server.url("nosuchdb"), create=False)
    # (over TCP the server answers a wrong password for any name; the local socket trusts)
    with pytest.raises(ServerAccessError, match="has no user nobody_here"):
        open_store(f"postgresql://nobody_here@/postgres?host={pg_server.folder}&port={pg_server.port}",
                   create=False)


def test_another_programs_database_is_not_a_store_and_stays_untouched(pg_server, pg_url):
    with psycopg.connect(pg_url.replace("+psycopg", "")) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(NotAStoreError, match="not a FlashDesk store"):
        open_store(pg_url)
    with pytest.raises(NotAStoreError):
        probe(pg_url)
    with psycopg.connect(pg_url.replace("+psycopg", "")) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["invoices"]


def test_an_empty_database_is_set_up_only_when_asked(pg_url):
    assert probe(pg_url).empty is True
    with pytest.raises(EmptyDatabaseError, match="empty database, not a FlashDesk store yet"):
        open_store(pg_url, create=False)
    assert probe(pg_url).empty is True
    store = open_store(pg_url, create=True)
    store.close()
    assert probe(pg_url).empty is False


def test_the_command_line_says_it_in_one_line(pg_server, pg_url):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    plain = pg_url.replace("+psycopg", "")  # what an operator types
    result = subprocess.run([sys.executable, "-m", "flashdesk", "campaigns", "--store", plain],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "empty database" in result.stderr and "flashdesk new" in result.stderr
    result = subprocess.run([sys.executable, "-m", "flashdesk", "new", "--name", "团队活动", "--product", "面霜",
                             "--launch", "2026-06-18T20:00", "--store", plain],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "flashdesk", "campaigns", "--store", plain],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and "团队活动" in result.stdout
