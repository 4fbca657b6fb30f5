"""The 文案库 sheet read back with openpyxl; import of that sheet (round trip) and of CSV,
each kind of bad row reported by number with nothing added; the command line."""

import csv
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from flashdesk.copies import service
from flashdesk.copies.service import CopyDraft, CopyQuery
from flashdesk.copies.transfer import COLUMNS, FILLED, CopyImportError, read_copies
from flashdesk.groups.copy_values import values_for
from flashdesk.imports import ID_TITLE
from flashdesk.workbook.export import export_workbook

ROOT = Path(__file__).resolve().parents[2]


def test_sheet_lists_library_and_campaign_copies(store, campaign_id, tmp_path):
    own = service.create_copy(store, CopyDraft(title="本群专属", body='=HYPERLINK("http://x","点我")',
                                               channel="moments", stage="countdown",
                                               levers=("time", "scarcity"), campaign_id=campaign_id)).result
    service.record_use(store, own)
    service.set_participants(store, own, 87)
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    sheet = load_workbook(path)["文案库"]
    assert [c.value for c in sheet[2]] == [*COLUMNS[:5], FILLED, *COLUMNS[5:], ID_TITLE]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=3)}
    assert len(rows) == service.count_copies(store, CopyQuery(campaign_id=campaign_id))
    mine = rows["本群专属"]
    assert [c.value for c in mine[1:4]] == ["企业微信朋友圈", "倒计时", "时间紧迫、稀缺"]
    assert mine[4].value == '=HYPERLINK("http://x","点我")' and mine[4].data_type == "s"
    assert mine[5].value == mine[4].value and mine[5].data_type == "s"
    assert mine[4].alignment.wrap_text
    assert (mine[6].value, mine[7].value) == (1, 87)
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$2:$2"
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet2.xml").decode()


def test_sheet_shows_each_copy_filled_beside_its_template(store, campaign_id, tmp_path):
    """Every other sheet fills {product} and friends: 文案库 does too, template kept beside;
    a value known only later ({group_name} before any group, {remaining}) is a blank."""
    service.create_copy(store, CopyDraft(title="占位", body="{product}{deal_price}元，{launch}开抢，"
                                         "还剩{remaining}份，进{group_name}", campaign_id=campaign_id))
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    sheet = load_workbook(path)["文案库"]
    rows = {r[0].value: [c.value for c in r] for r in sheet.iter_rows(min_row=3)}
    template, filled = rows["占位"][4:6]
    assert template.startswith("{product}{deal_price}元")
    values = values_for(store, campaign_id)
    assert filled.startswith(f"{values['product']}{values['deal_price']}元，{values['launch']}开抢")
    assert filled.endswith(f"进{values['group_name'] or '____'}")
    assert all("{" not in row[5] for row in rows.values() if row[5])


def test_exported_sheet_imports_back(store, campaign_id, tmp_path):
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    good, bad = read_copies(path)
    assert bad == [] and len(good) == service.library_size(store)
    before = {(c.title, c.body, c.channel, c.stage, c.levers)
              for c in service.find_copies(store, CopyQuery(), limit=1000)}
    assert {(r.draft.title, r.draft.body, r.draft.channel, r.draft.stage, ",".join(r.draft.levers))
            for r in good} == before
    assert good[0].number == 3  # row numbers as the spreadsheet shows them


def _csv(tmp_path, rows, name="in.csv"):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


GOOD = ["开售提醒", "企业微信客户群", "倒计时", "时间紧迫、稀缺", "还有{quota}份", "3", ""]


@pytest.mark.parametrize("row, reason", [
    (["", *GOOD[1:]], "title"),
    ([GOOD[0], "传真", *GOOD[2:]], "channel"),
    ([*GOOD[:2], "开派对", *GOOD[3:]], "stage"),
    ([*GOOD[:3], "稀缺、魔法", *GOOD[4:]], "lever"),
    ([*GOOD[:4], "限{qouta}份", *GOOD[5:]], "{qouta}"),
    ([*GOOD[:5], "三次", ""], "whole number"),
    ([*GOOD[:5], "1", "-4"], "0 or more"),
])
def test_each_bad_row_is_reported_and_nothing_is_added(store, tmp_path, row, reason):
    path = _csv(tmp_path, [GOOD, [], row])
    good, bad = read_copies(path)
    assert len(good) == 1 and [b.number for b in bad] == [4]
    assert reason.lower() in bad[0].reason.lower()
    before = service.library_size(store)
    result = _cli("copies", "import", path, "--store", store.location)
    assert result.returncode == 2 and "row 4:" in result.stdout and "Nothing was added" in result.stdout
    assert service.library_size(store) == before


def test_good_csv_is_added_whole(store, tmp_path):
    path = _csv(tmp_path, [GOOD, ["私聊回访", "", "跟进回访", "", "用得怎么样？", "", "12"]])
    before = service.library_size(store)
    preview = _cli("copies", "import", path, "--dry-run", "--store", store.location)
    assert preview.returncode == 0 and "2 good, 0 bad" in preview.stdout
    assert service.library_size(store) == before
    result = _cli("copies", "import", path, "--store", store.location)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 good, 0 bad" in result.stdout and "倒计时: 1" in result.stdout
    assert service.library_size(store) == before + 2
    added = service.find_copies(store, CopyQuery(text="私聊回访"))[0]
    assert (added.channel, added.stage, added.participants) == ("", "follow_up", 12)
    reminder = service.find_copies(store, CopyQuery(text="开售提醒"))[0]
    assert (reminder.times_used, reminder.levers) == (3, "time,scarcity")


def test_unreadable_files(tmp_path):
    with pytest.raises(CopyImportError, match="does not exist"):
        read_copies(tmp_path / "nope.csv")
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(CopyImportError, match=".xlsx or .csv"):
        read_copies(tmp_path / "x.txt")
    (tmp_path / "h.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CopyImportError, match="header"):
        read_copies(tmp_path / "h.csv")


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "flashdesk", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_search_command(store, campaign_id):
    service.create_copy(store, CopyDraft(title="本群折扣专属", stage="discount", campaign_id=campaign_id)).result
    result = _cli("copies", "search", "折扣", "--store", store.location)
    assert result.returncode == 1 and result.stdout == ""  # the campaign's copy needs --campaign
    result = _cli("copies", "search", "折扣", "--campaign", campaign_id, "--store", store.location)
    assert result.returncode == 0
    assert "\t优惠预告\t本群【折扣】专属" in result.stdout
    result = _cli("copies", "search", "福利", "名额", "--store", store.location)
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.split("\t")[0].isdigit() for line in lines)
