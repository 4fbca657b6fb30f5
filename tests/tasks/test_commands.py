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


def test_chart_formats(tmp_path):
    """JPEG is real JPEG, a format it cannot write is refused in one line with nothing written,
    and the PDF's text layer gives back 日 (not the radical ⽇)."""
    import pypdfium2
    from PySide6.QtGui import QImageReader

    store = tmp_path / "s.sqlite3"
    assert run("new", "--name", "端午", "--product", "粽子", "--launch", "2026-06-18T20:00",
               "--store", store).returncode == 0
    jpg = tmp_path / "chart.jpg"
    assert run("tasks-chart", "1", "-o", jpg, "--store", store).returncode == 0
    assert jpg.read_bytes()[:3] == b"\xff\xd8\xff"
    assert bytes(QImageReader(str(jpg)).format()).decode() == "jpeg"
    for name in ("chart.gif", "chart.svg", "chart"):
        refused = run("tasks-chart", "1", "-o", tmp_path / name, "--store", store)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
        assert ".png, .jpg or .pdf" in refused.stderr and not (tmp_path / name).exists()
    pdf = tmp_path / "chart.pdf"
    assert run("tasks-chart", "1", "-o", pdf, "--store", store).returncode == 0
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert "每日群人数" in text and not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text)
