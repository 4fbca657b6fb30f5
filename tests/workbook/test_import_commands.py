"""Reading an exported workbook back on the command line: `flashdesk import`, and the
capabilities' own `copies import` / `tasks-import`, update rows instead of adding them again."""

import openpyxl

from flashdesk.copies.service import CopyQuery, count_copies, library_size
from flashdesk.tasks.service import load_board
from flashdesk.workbook.export import export_workbook
from tests.test_cli import run


def exported(tmp_path):
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.store import open_store

    store = open_store(tmp_path / "s.sqlite3")
    campaign_id = create_campaign(store, sample_draft()).result
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")
    return store, campaign_id, path


def snapshot(store, campaign_id):
    tasks = load_board(store, campaign_id).tasks
    return len(tasks), count_copies(store, CopyQuery(campaign_id=campaign_id)), library_size(store), \
        {t.id: t.progress for t in tasks}


def test_import_command_dry_run_then_apply(tmp_path):
    store, campaign_id, path = exported(tmp_path)
    before = snapshot(store, campaign_id)
    book = openpyxl.load_workbook(path)
    book["甘特图"].cell(row=4, column=8).value = 0.8
    book.save(path)
    dry = run("import", campaign_id, path, "--dry-run", "--store", tmp_path / "s.sqlite3")
    assert dry.returncode == 0, dry.stderr
    assert "甘特图: 0 added, 1 changed, 0 conflicts" in dry.stdout and "'80%'" in dry.stdout
    assert snapshot(store, campaign_id) == before
    done = run("import", campaign_id, path, "--store", tmp_path / "s.sqlite3")
    assert "Applied 1 rows as one change." in done.stdout
    after = snapshot(store, campaign_id)
    assert after[:3] == before[:3] and sorted(after[3].values()).count(80) == 1
    again = run("import", campaign_id, path, "--store", tmp_path / "s.sqlite3")
    assert "No changes." in again.stdout


def test_import_command_refuses_other_campaign(tmp_path):
    store, campaign_id, path = exported(tmp_path)
    book = openpyxl.load_workbook(path)
    book["FlashDesk"]["B2"] = "another campaign"
    book.save(path)
    result = run("import", campaign_id, path, "--store", tmp_path / "s.sqlite3")
    assert result.returncode == 2 and "another campaign" in result.stderr
    assert "Traceback" not in result.stderr


def test_capability_imports_of_an_exported_workbook_update_not_duplicate(tmp_path):
    store, campaign_id, path = exported(tmp_path)
    before = snapshot(store, campaign_id)
    copies = run("copies", "import", path, "--store", tmp_path / "s.sqlite3")
    tasks = run("tasks-import", campaign_id, path, "--store", tmp_path / "s.sqlite3")
    assert copies.returncode == 0 and tasks.returncode == 0, copies.stderr + tasks.stderr
    assert "Updated 0 copies, added 0" in copies.stdout
    assert "0 tasks updated, 0 added" in tasks.stdout
    assert snapshot(store, campaign_id) == before


def test_import_command_refuses_another_stores_workbook_by_name(tmp_path):
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.store import open_store

    _store, campaign_id, path = exported(tmp_path)
    other = open_store(tmp_path / "other.sqlite3")
    twin = create_campaign(other, sample_draft()).result  # the same id and name, another store
    other.close()
    result = run("import", twin, path, "--store", tmp_path / "other.sqlite3")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "exported from the store s.sqlite3" in result.stderr and "other.sqlite3" in result.stderr
