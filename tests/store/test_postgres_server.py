"""The throwaway PostgreSQL server the team-mode tests run against: it runs, each test gets
a database of its own, and roles other than the superuser need their password."""

from __future__ import annotations

import psycopg
import pytest


def test_each_test_gets_an_empty_database_of_its_own(pg_server, pg_url):
    other = pg_server.create_database()
    try:
        with psycopg.connect(pg_url.replace("+psycopg", "")) as conn:
            conn.execute("CREATE TABLE note (body text)")
            conn.execute("INSERT INTO note VALUES ('福利')")
        with psycopg.connect(pg_server.dsn(other)) as conn:
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
        assert tables == 0
    finally:
        pg_server.drop_database(other)


def test_a_template_copy_carries_its_rows(pg_server):
    template = pg_server.create_database()
    with psycopg.connect(pg_server.dsn(template)) as conn:
        conn.execute("CREATE TABLE note (body text)")
        conn.execute("INSERT INTO note VALUES ('折扣')")
    pg_server.mark_template(template)
    copy = pg_server.create_database(template=template)
    try:
        with psycopg.connect(pg_server.dsn(copy)) as conn:
            assert conn.execute("SELECT body FROM note").fetchall() == [("折扣",)]
    finally:
        pg_server.drop_database(copy)
        with pg_server.admin() as conn:
            conn.execute(f'ALTER DATABASE "{template}" IS_TEMPLATE false')
        pg_server.drop_database(template)


def test_other_roles_need_their_password(pg_server, pg_url):
    database = pg_url.rsplit("/", 1)[1]
    role = pg_server.new_name("anna")
    pg_server.create_role(role, "s3cret", database=database)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_server.dsn(database, role, "wrong")).close()
    with psycopg.connect(pg_server.dsn(database, role, "s3cret")) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == role
