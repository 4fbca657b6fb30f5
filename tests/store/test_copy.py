"""`flashdesk store copy SRC DST`: a whole store from a file to the team's PostgreSQL server
and back, ids and links intact; a destination that holds anything is refused; a copy that
fails leaves the destination as empty as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect, select, text

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.copies import service as copies
from flashdesk.copies.service import CopyDraft, CopyQuery
from flashdesk.review.sample import add_sample_numbers
from flashdesk.store import StoreError, open_store
from flashdesk.store.tables import load_tables
from flashdesk.store.transfer import copy_store
from flashdesk.workbook.export import export_workbook
from tests.customers.test_import import all_four

ROOT = Path(__file__).resolve().parents[2]


def _rows(store) -> dict[str, list[tuple]]:
    """Every table's rows in id order, as Python values (dates as dates, flags as bools)."""
    with store.engine.connect() as conn:
        return {table.name: [tuple(row) for row in conn.execute(
            select(table).order_by(*table.primary_key.columns))]
            for table in load_tables().sorted_tables}


def _cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's values; the hidden sheet without the rows naming the store itself (each
    store has its own identity, made when it first exports)."""
    book = load_workbook(path)
    return {ws.title: [row for row in ws.iter_rows(values_only=True) if row[0] not in ("store_id", "store")]
            for ws in book.worksheets}


def _full_store(path: Path, folder: Path):
    store = open_store(path)
    campaign_id = create_campaign(store, sample_draft()).result
    add_sample_numbers(store, campaign_id)
    all_four(store, folder, campaign_id)
    copies.create_copy(store, CopyDraft(title="团队福利", body="本周会员专享折扣", campaign_id=campaign_id))
    return store, campaign_id


def test_sqlite_to_postgresql_and_back_keeps_every_row_and_the_workbook(tmp_path, pg_url):
    original, campaign_id = _full_store(tmp_path / "local.sqlite3", tmp_path)
    expected = _rows(original)
    assert sum(map(len, expected.values())) > 300 and expected["customer"] and expected["review_daily"]

    summary = copy_store(original.location, pg_url)
    assert summary.total == sum(map(len, expected.values()))
    team = open_store(pg_url)
    assert _rows(team) == expected

    local_book = export_workbook(original, campaign_id, tmp_path / "local.xlsx")
    team_book = export_workbook(team, campaign_id, tmp_path / "team.xlsx")
    local_cells, team_cells = _cells(local_book), _cells(team_book)
    assert list(local_cells) == list(team_cells)
    for title in local_cells:
        assert team_cells[title] == local_cells[title], title
    # the team store goes on from there: new rows get new ids, the search index knows the copies
    new_copy = copies.create_copy(team, CopyDraft(title="新文案", body="加群领福利")).result
    assert new_copy > max(row[0] for row in expected["copy"])
    found = {c.title for c in copies.find_copies(team, CopyQuery(text="福利", campaign_id=campaign_id), limit=1000)}
    assert {"团队福利", "新文案"} <= found
    team.close()

    back_path = tmp_path / "back" / "copy.sqlite3"
    copy_store(pg_url, back_path)
    back = open_store(back_path)
    rows = _rows(back)
    assert rows["copy"][-1][0] == new_copy
    rows["copy"].pop()  # the copy added on the server
    # and the identity the team store took when it first exported
    rows["store_info"] = [row for row in rows["store_info"] if row[0] != "store_id"]
    assert rows == expected
    assert {c.title for c in copies.find_copies(back, CopyQuery(text="福利", campaign_id=campaign_id),
                                                limit=1000)} >= {"团队福利"}
    back.close()
    original.close()


def test_a_destination_holding_anything_is_refused_and_left_alone(tmp_path):
    source = open_store(tmp_path / "a.sqlite3")
    create_campaign(source, sample_draft())
    source.close()
    existing = open_store(tmp_path / "b.sqlite3")
    existing.close()
    before = (tmp_path / "b.sqlite3").read_bytes()
    with pytest.raises(StoreError, match="is not empty .* a copy only goes into a new store"):
        copy_store(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    assert (tmp_path / "b.sqlite3").read_bytes() == before
    with pytest.raises(StoreError, match="the same store"):
        copy_store(tmp_path / "a.sqlite3", tmp_path / "." / "a.sqlite3")


def test_the_command_says_what_it_copied_or_why_not_in_one_line(tmp_path):
    source = open_store(tmp_path / "a.sqlite3")
    create_campaign(source, sample_draft())
    source.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "flashdesk", "store", "copy", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=120)

    done = run(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "rows copied from" in done.stdout and "task\t" in done.stdout
    again = run(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "not empty" in again.stderr
    missing = run(tmp_path / "nope.sqlite3", tmp_path / "c.sqlite3")
    assert missing.returncode == 2 and "There is no store" in missing.stderr
    assert not (tmp_path / "c.sqlite3").exists()


def test_an_empty_database_is_no_source_and_is_not_set_up(tmp_path, pg_url):
    with pytest.raises(StoreError, match="holds no FlashDesk store"):
        copy_store(pg_url, tmp_path / "x.sqlite3")
    team = open_store(pg_url, migrate=False)
    with team.engine.connect() as conn:
        assert inspect(conn).get_table_names() == []
    team.close()
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_row_the_server_refuses_stops_the_copy_and_leaves_the_database_empty(tmp_path, pg_url):
    local = open_store(tmp_path / "a.sqlite3")
    campaign_id = create_campaign(local, sample_draft()).result
    with local.engine.begin() as conn:  # SQLite keeps a name longer than the column allows
        conn.execute(text("UPDATE campaign SET name = :name WHERE id = :id"), {"name": "长" * 300, "id": campaign_id})
    local.close()
    with pytest.raises(StoreError, match="A row of campaign does not fit .*Nothing was copied"):
        copy_store(tmp_path / "a.sqlite3", pg_url)
    team = open_store(pg_url, migrate=False)
    with team.engine.connect() as conn:
        assert inspect(conn).get_table_names() == []
    team.close()
