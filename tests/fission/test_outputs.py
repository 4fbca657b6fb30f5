"""The leaderboard where the team reads it: the command line (tab-separated), the 裂变排行
sheet reopened with openpyxl (one page wide), the PNG for the group (read back), the
review's figures, and `new --model` from the command line."""

import sqlite3

from openpyxl import load_workbook
from PySide6.QtGui import QImage

from flashdesk.fission.board_image import save_board
from flashdesk.fission.service import import_invites
from flashdesk.review.outline import draft_outline
from flashdesk.review.summary import review_data
from flashdesk.workbook.export import export_workbook
from tests.customers import exports as customer_exports
from tests.customers.test_import import load
from tests.fission import exports
from tests.test_cli import run


def _filled(store, tmp_path):
    campaign_id = exports.campaign(store)
    load(store, customer_exports.customer_list(tmp_path))
    load(store, customer_exports.order_export(tmp_path))
    import_invites(store, campaign_id, exports.invite_export(tmp_path))
    return campaign_id


def test_sheet_lists_the_board_figures_and_every_invite(store, tmp_path):
    campaign_id = _filled(store, tmp_path)
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN",
                           only=("flashdesk.workbook.fission_board",))
    ws = load_workbook(path)["裂变排行"]
    assert "传播型" in ws["A1"].value
    board = [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=6, max_col=6)]
    assert board == [[1, "小红", 10, 2, "正装一份", "待发放"], [2, "小蓝", 4, 0, "试用装一份", "待发放"],
                     [3, "小绿", 2, 0, None, None], [4, "小紫", 0, 2, None, None]]
    texts = [c.value for c in ws["C"] if isinstance(c.value, str)]
    labels = {ws.cell(row=c.row, column=1).value: c.value for c in ws["C"]}
    assert labels["人均邀请"] == "5.3（有效邀请 ÷ 推广员）"
    assert any("退群" in t for t in texts)
    verdicts = [row for row in ws.iter_rows(values_only=True) if row[5] == "否"]
    assert len(verdicts) == 4 and all(row[6] for row in verdicts)
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_image_is_a_phone_width_png(store, tmp_path):
    campaign_id = _filled(store, tmp_path)
    path = save_board(store, campaign_id, tmp_path / "board.png")
    image = QImage(str(path))
    assert image.width() == 1080 and 700 < image.height() < 1200
    assert image.pixelColor(10, 10).name() == "#c0392b"  # the red head band
    medal = image.pixelColor(48 + 8 + 8, 300 + 18 + 28).name()  # inside the circle, left of the digit
    assert medal == "#e5a50a"  # the gold medal of rank 1


def test_review_shows_the_models_figures(store, tmp_path):
    campaign_id = _filled(store, tmp_path)
    data = review_data(store, campaign_id)
    assert data.fission.model == "spread" and data.fission.valid == 16
    assert dict(data.fission.figures) == {"invites_per_promoter": "5.3", "share_inviting": "16%",
                                          "members_per_promoter": "6.3"}
    outline = draft_outline(store, campaign_id, data)
    assert "## 裂变" in outline and "人均邀请：5.3" in outline
    plain = exports.campaign(store, None, name="plain")
    assert review_data(store, plain).fission is None
    assert "## 裂变" not in draft_outline(store, plain)


def test_command_line(tmp_path):
    store = tmp_path / "s.sqlite3"
    made = run("new", "--name", "拼团", "--product", "精华水", "--launch", "2026-07-10T20:00",
               "--model", "产品型", "--store", store)
    assert made.returncode == 0, made.stderr
    wrong = run("new", "--name", "x", "--product", "y", "--launch", "2026-07-10T20:00",
                "--model", "viral", "--store", store)
    assert wrong.returncode == 2 and "传播型 (spread)" in wrong.stderr
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM campaign").fetchone() == (1,)
        assert db.execute("SELECT model FROM fission_plan").fetchall() == [("product",)]
    path = exports.member_export(tmp_path)
    dry = run("fission", "invites", "拼团", path, "--dry-run", "--store", store)
    assert dry.returncode == 0, dry.stderr
    assert "4 added" in dry.stdout and "Dry run" in dry.stdout
    done = run("fission", "invites", "拼团", path, "--store", store)
    again = run("fission", "invites", "拼团", path, "--store", store)
    assert "4 added" in done.stdout and "0 added, 0 updated, 4 unchanged" in again.stdout
    board = run("fission", "board", "拼团", "-o", tmp_path / "b.png", "--store", store)
    assert board.returncode == 0, board.stderr
    lines = board.stdout.splitlines()
    assert lines[:2] == ["1\t小红\t3\t0\t拼团价成团\tpending", "2\t小蓝\t1\t0\t\t"]
    assert QImage(lines[2]).width() == 1080
