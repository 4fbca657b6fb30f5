"""Every output is written to a temporary file, checked, then moved over the target: on a
full disk (a real file-size limit in a real process) the command says so in one line, the
previous file is kept and no temporary file is left; a killed export leaves nothing that
the next export does not clean up."""

import sqlite3
from contextlib import contextmanager

import pytest

from flashdesk.campaigns.sample import ensure_sample
from flashdesk.store import open_store
from tests.store.processes import run_cli, run_python

LIMIT = 8192  # bytes a child may write per file: every output here is larger


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    ensure_sample(store)
    store.close()
    return path


@contextmanager
def held_open(path):
    """Keep the store's -shm in place (full size), so the limited child only writes outputs."""
    con = sqlite3.connect(path)
    con.execute("SELECT count(*) FROM campaign").fetchone()
    try:
        yield
    finally:
        con.close()


@pytest.mark.parametrize("command,name", [
    (["poster", "render", "1"], "poster.pdf"),
    (["poster", "render", "1"], "poster.png"),
    (["export", "1"], "team.xlsx"),
    (["tasks-chart", "1"], "gantt.png"),
    (["tasks-chart", "1"], "gantt.pdf"),
])
def test_full_disk_keeps_the_previous_file_and_leaves_no_temp(tmp_path, store_path, command, name):
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"the previous file")
    with held_open(store_path):
        result = run_cli(*command, "-o", target, "--store", store_path, fsize=LIMIT)
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("[warning]")]
    assert len(errors) == 1 and "Could not write" in errors[0], result.stderr
    assert "Exception ignored" not in result.stderr
    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in out.iterdir()) == [name]


def test_review_chart_on_a_full_disk(tmp_path, store_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "chart.png"
    target.write_bytes(b"previous")
    with held_open(store_path):
        result = run_python(f"""
            from flashdesk.outputs import OutputError
            from flashdesk.review.charts import save_png
            from flashdesk.review.sample import add_sample_numbers
            from flashdesk.review.summary import review_data
            from flashdesk.store import open_store
            store = open_store({str(store_path)!r})
            data = review_data(store, 1)
            try:
                save_png("orders", data, {str(target)!r})
            except OutputError as exc:
                print("refused:", exc)
        """, fsize=LIMIT)
    assert "refused: Could not write" in result.stdout, result.stderr
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in out.iterdir()) == ["chart.png"]


def test_killed_export_leaves_a_temp_the_next_export_removes(tmp_path, store_path):
    target = tmp_path / "team.xlsx"
    killed = run_python(f"""
        import os, signal
        from flashdesk import outputs
        outputs.CHECKS["xlsx"] = lambda path: os.kill(os.getpid(), signal.SIGKILL)
        from flashdesk.store import open_store
        from flashdesk.workbook.export import export_workbook
        export_workbook(open_store({str(store_path)!r}), 1, {str(target)!r})
    """)
    assert killed.returncode == -9
    assert not target.exists()
    assert [p.name for p in tmp_path.glob(".team.xlsx.flashdesk-partial-*")], "the kill left one"
    result = run_cli("export", "1", "-o", target, "--store", store_path)
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    assert "活动概览" in load_workbook(target).sheetnames
    assert not list(tmp_path.glob(".team.xlsx*"))
