"""The README's Team mode setup, as written: an owner role makes the store, an operator's role
(password in .pgpass) plans and edits, a read-only role reads but cannot write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, list_campaigns
from flashdesk.copies.service import CopyDraft, CopyQuery, create_copy, find_copies
from flashdesk.errors import UserError
from flashdesk.store import open_store
from flashdesk.store.connect import save_password, team_url

README = Path(__file__).resolve().parents[2] / "README.md"


def _setup_sql() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Team mode"):]
    return re.search(r"```sql\n(.*?)```", section, re.S).group(1)


def test_the_readme_setup_gives_owner_operator_and_viewer_what_they_need(pg_server, tmp_path, monkeypatch):
    suffix = pg_server.new_name("x")
    names = {"flashdesk_owner": f"owner_{suffix}", "flashdesk_team": f"team_{suffix}",
             "flashdesk_view": f"view_{suffix}", "anna": f"anna_{suffix}", "ben": f"ben_{suffix}",
             "boss": f"boss_{suffix}", "flashdesk": f"db_{suffix}"}
    sql = _setup_sql().replace("'…'", "'secret'")
    sql = re.sub(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\b", lambda m: names[m.group(1)], sql)
    database = names["flashdesk"]
    import psycopg

    statements = [s.strip() for s in re.sub(r"--[^\n]*", "", sql).split(";") if s.strip()]
    conn = psycopg.connect(pg_server.dsn("postgres"), autocommit=True)
    try:
        for statement in statements:
            if statement.startswith("\\c"):
                conn.close()
                conn = psycopg.connect(pg_server.dsn(database), autocommit=True)
                statement = statement.split("\n", 1)[1].strip()
            if statement:
                conn.execute(statement)
    finally:
        conn.close()

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    for role in (names["flashdesk_owner"], names["anna"], names["boss"]):
        save_password("127.0.0.1", pg_server.port, database, role, "secret")

    def url(role):
        return team_url("127.0.0.1", pg_server.port, database, role)

    owner = open_store(url(names["flashdesk_owner"]), create=True)  # `flashdesk new` as the owner
    campaign_id = create_campaign(owner, sample_draft()).result
    owner.close()

    anna = open_store(url(names["anna"]), create=False)
    assert [c.id for c in list_campaigns(anna)] == [campaign_id]
    copy_id = create_copy(anna, CopyDraft(title="安娜的福利文案", body="今晚八点开抢")).result
    assert "安娜的福利文案" in {c.title for c in find_copies(anna, CopyQuery(text="福利"), limit=1000)}
    anna.close()

    boss = open_store(url(names["boss"]), create=False)
    assert copy_id in {c.id for c in find_copies(boss, CopyQuery(text="开抢"), limit=1000)}
    with pytest.raises(UserError, match="open read-only"):  # the viewer's store opens read-only
        create_copy(boss, CopyDraft(title="老板的文案", body="x"))
    boss.close()
