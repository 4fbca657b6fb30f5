"""tasks, tasks-import and tasks-chart as an operator runs them."""

from tests.test_cli import run


def test_list_import_chart(tmp_path):
    store = tmp_path / "s.sqlite3"
    assert run("new", "--name", "七夕", "--product", "p", "--launch", "2026-08-19T20:00",
               "--store", store).returncode == 0
    listed = run("tasks", "1", "--store", store)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == 38 and "叫醒红包" in listed.stdout
    close = next(line for line in lines if "解散快闪群" in line)
    assert close.split("\t")[1].startswith("*")  # on the critical path
    rows = tmp_path / "rows.tsv"
    rows.write_text("1\t补充物料\t\t设计\t08-18 10:00\t08-18 12:00\n"
                    "2\t物料审核\t\t运营\t08-18 12:00\t08-18 12:30\t\t\t\t1FS+30m\n", encoding="utf-8")
    added = run("tasks-import", "1", rows, "--store", store)
    assert added.returncode == 0 and added.stdout.strip() == "2 tasks, 1 links added"
    assert "物料审核" in run("tasks", "1", "--store", store).stdout
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\t坏\t\t\t08-18 10:00\t08-18 09:00\n", encoding="utf-8")
    refused = run("tasks-import", "1", bad, "--store", store)
    assert refused.returncode == 2 and "Row 1" in refused.stderr and "Traceback" not in refused.stderr
    pdf = tmp_path / "chart.pdf"
    chart = run("tasks-chart", "1", "-o", pdf, "--paper", "A3", "--store", store)
    assert chart.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
