"""tasks-import beside another writer, and with hostile or broken files: it takes the write
lock first, a busy store is one line, and every bad value is refused naming its row."""

import subprocess
import sys
import textwrap
import zipfile

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store
from flashdesk.tasks.schedule import Link, any_cycle
from tests.store.processes import child_env, count, integrity, run_cli

ROWS = ("1\t补充物料\t\t设计\t06-16 10:00\t06-16 12:00\n"
        "2\t物料审核\t\t运营\t06-16 12:00\t06-16 12:30\t\t\t\t1FS+30m\n")


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    create_campaign(store, sample_draft())
    store.close()
    return path


def _writer(path, seconds: float) -> subprocess.Popen:
    """Another process that adds a task (the next id) inside a write transaction held open
    for `seconds`."""
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, time
        con = sqlite3.connect({str(path)!r}, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO task (id, campaign_id, name, phase, role_id, start, \\"end\\", "
                    "deadline, progress, milestone, status, notes, position, key, anchor, "
                    "key_node, post_id, deleted) SELECT (SELECT max(id) FROM task) + 1, "
                    "campaign_id, 'other writer', phase, role_id, start, \\"end\\", deadline, "
                    "progress, milestone, status, notes, 9999, '', anchor, '', NULL, 0 "
                    "FROM task LIMIT 1")
        print("ready", flush=True)
        time.sleep({seconds})
        con.execute("COMMIT")
    """)], stdout=subprocess.PIPE, text=True, env=child_env())
    assert child.stdout.readline().strip() == "ready"
    return child


def test_import_beside_another_writer_adds_every_row(tmp_path, store_path):
    rows = tmp_path / "rows.tsv"
    rows.write_text(ROWS, encoding="utf-8")
    before = count(store_path, "task")
    writer = _writer(store_path, 4)  # released while the import waits for the lock
    result = run_cli("tasks-import", "1", rows, "--store", store_path)
    assert writer.wait(timeout=30) == 0
    assert result.returncode == 0, result.stderr
    assert integrity(store_path) == "ok"
    assert count(store_path, "task") == before + 3


def test_busy_store_is_one_line_try_again(tmp_path, store_path):
    rows = tmp_path / "rows.tsv"
    rows.write_text(ROWS, encoding="utf-8")
    before = count(store_path, "task")
    writer = _writer(store_path, 120)  # outlasts the import's wait, however slow its start
    result = run_cli("tasks-import", "1", rows, "--store", store_path)
    writer.kill()  # its transaction is rolled back
    writer.wait(timeout=30)
    assert result.returncode == 2
    assert "in use" in result.stderr and "try again" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert integrity(store_path) == "ok"
    assert count(store_path, "task") == before


def test_loop_check_is_one_walk():
    chain = [Link(i, i + 1, "FS", 0) for i in range(1, 50_000)]
    assert any_cycle(chain) is None
    loop = any_cycle(chain + [Link(50_000, 25_000, "FS", 0)])
    assert loop is not None and set(loop) == set(range(25_000, 50_001))


@pytest.mark.parametrize("text,needle", [
    ("", "No task rows"),
    ("序号\t任务\t阶段\t负责人\t开始\t结束\n", "No task rows"),
    ("1\t坏\t\t\t06-16 10:00\t06-16 12:00\t\tinf\n", "Row 1, progress"),
    ("1\t坏\t\t\t06-16 10:00\t06-16 12:00\t\tnan\n", "Row 1, progress"),
    ("1\t坏\t\t\t9999-06-16 10:00\t9999-06-16 12:00\n", "far from the campaign"),
    ("1\t甲\t\t\t06-16 10:00\t06-16 12:00\n2\t乙\t\t\t06-16 12:00\t06-16 13:00\t\t\t\t1FS+999999d\n",
     "Row 2: a lag of"),
    ("1\t甲\t\t\t06-16 10:00\t06-16 12:00\n1\t乙\t\t\t06-16 12:00\t06-16 13:00\n", "Row 2, "),
])
def test_bad_rows_are_refused_in_one_line(tmp_path, store_path, text, needle):
    rows = tmp_path / "rows.tsv"
    rows.write_text(text, encoding="utf-8")
    before = count(store_path, "task")
    result = run_cli("tasks-import", "1", rows, "--store", store_path)
    assert result.returncode == 2, result.stderr
    assert needle in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert count(store_path, "task") == before


def test_gbk_file_imports(tmp_path, store_path):
    rows = tmp_path / "rows.tsv"
    rows.write_bytes(ROWS.encode("gbk"))
    result = run_cli("tasks-import", "1", rows, "--store", store_path)
    assert result.returncode == 0, result.stderr
    assert "物料审核" in run_cli("tasks", "1", "--store", store_path).stdout


def test_workbook_that_unpacks_to_too_much_is_refused_before_reading(tmp_path, store_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            block = b" " * (1 << 20)
            for _ in range(210):
                sheet.write(block)
    assert bomb.stat().st_size < 2 * 2**20
    result = run_cli("tasks-import", "1", bomb, "--store", store_path)
    assert result.returncode == 2 and "unpacks to" in result.stderr, result.stderr
