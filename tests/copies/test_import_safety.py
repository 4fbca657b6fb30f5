"""copies import with a hostile CSV: an oversized cell is a message naming its row."""

from tests.store.processes import run_cli


def test_huge_csv_cell_is_named_not_a_crash(tmp_path):
    path = tmp_path / "copies.csv"
    path.write_text("标题,渠道,阶段,标签,正文,使用次数,参与人数\n"
                    f"好,朋友圈,预热,,正文,0,\n大,朋友圈,预热,,{'长' * 200_000},0,\n",
                    encoding="utf-8")
    result = run_cli("copies", "import", path, "--dry-run")
    assert result.returncode == 2, result.stderr
    assert "Row 3" in result.stderr and "longer than" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
