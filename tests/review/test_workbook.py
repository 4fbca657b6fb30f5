"""The 复盘数据 sheets reopened with openpyxl (values, native charts, text kept as text), and
the import round trip: good, each bad case named by sheet/row/column, nothing half-imported."""

import openpyxl
import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign
from flashdesk.errors import UserError
from flashdesk.review.experiments import list_ab_tests
from flashdesk.review.importer import import_workbook
from flashdesk.review.records import KINDS, RecordError, rows_from_sequences
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import NEW, DuplicateRecordsError, records, save_records
from flashdesk.workbook.export import export_workbook

ALL = ("daily", "channels", "copies", "materials")


@pytest.fixture
def exported(store, campaign_id, tmp_path):
    add_sample_numbers(store, campaign_id)
    launch = get_campaign(store, campaign_id).launch_at.date()
    save_records(store, campaign_id, "daily", rows_from_sequences(
        KINDS["daily"], [[launch, "=HYPERLINK(\"x\")", 10, 5, 1, 340]]))
    return export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")


def _snapshot(store, campaign_id):
    return {kind: records(store, campaign_id, kind) for kind in ALL}


def test_sheets_reopen_with_values_and_native_charts(exported, store, campaign_id):
    book = openpyxl.load_workbook(exported)
    for kind in ALL:
        assert KINDS[kind].sheet in book.sheetnames
    daily = book["复盘数据-每日"]
    assert [c.value for c in daily[2][:6]] == ["日期", "群", "群成员", "活跃成员", "订单", "销售额（元）"]
    assert daily.max_row - 2 >= len(records(store, campaign_id, "daily"))
    injected = [cell for cell in daily["B"] if str(cell.value).startswith("=HYPERLINK")]
    assert len(injected) == 1 and injected[0].data_type == "s"  # text, not a formula
    assert daily["G2"].value == "行标识" and daily.column_dimensions["G"].hidden  # rows read back
    assert daily["I2"].value == "每日合计" and daily["M4"].value == 276 + 1  # cumulative by D0
    titles = {ws.title: [_title(c) for c in ws._charts] for ws in book}
    assert len(titles["复盘数据-每日"]) == 3 and "每日销售额" in titles["复盘数据-每日"]
    assert titles["复盘数据-渠道"] == ["渠道贡献（参与人数）"]
    assert titles["复盘数据-素材"] == ["素材排行（转发、点赞、评论）"]
    chart = book["复盘数据-渠道"]._charts[0]
    assert chart.type == "bar" and len(chart.series) == 1
    ab = book["复盘-AB测试与提纲"]
    assert ab["A3"].value == "邀请文案" and ab["F3"].value == pytest.approx(138 / 1200)
    assert ab["M3"].value < 0.05 and "胜出" in ab["N3"].value and "wins" not in ab["N3"].value
    outline = [c.value for c in ab["A"] if isinstance(c.value, str)]
    assert "数据" in outline and not any(line.lstrip().startswith("#") for line in outline)
    heading = next(c for c in ab["A"] if c.value == "数据")
    assert heading.font.b and any(str(r).startswith(f"A{heading.row}:") for r in ab.merged_cells.ranges)


def _title(chart) -> str:
    return "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))


def test_round_trip_into_a_fresh_campaign(exported, store, campaign_id):
    other = create_campaign(store, sample_draft()).result
    import_workbook(store, other, exported)
    assert _snapshot(store, other) == _snapshot(store, campaign_id)


def test_reimport_asks_which_wins(exported, store, campaign_id):
    before = _snapshot(store, campaign_id)
    with pytest.raises(DuplicateRecordsError):
        import_workbook(store, campaign_id, exported)
    import_workbook(store, campaign_id, exported, on_duplicate=NEW)
    assert _snapshot(store, campaign_id) == before


def _edit(path, sheet, cell, value):
    book = openpyxl.load_workbook(path)
    book[sheet][cell] = value
    book.save(path)


@pytest.mark.parametrize("sheet, cell, value, column, words", [
    ("复盘数据-每日", "C5", -4, "C (群成员)", "negative"),
    ("复盘数据-每日", "D5", 9999, "D (活跃成员)", "active members but only"),
    ("复盘数据-每日", "E5", "三十", "E (订单)", "is text"),
    ("复盘数据-每日", "A5", "2019-01-01", "A (日期)", "outside the campaign"),
    ("复盘数据-渠道", "D5", "n/a", "D (参与人数)", "is text"),
    ("复盘数据-素材", "B5", "传单", "B (类型)", "not a material type"),
])
def test_a_bad_row_names_sheet_row_column_and_nothing_is_imported(
        exported, store, sheet, cell, value, column, words):
    _edit(exported, sheet, cell, value)
    other = create_campaign(store, sample_draft()).result
    with pytest.raises(RecordError) as caught:
        import_workbook(store, other, exported)
    error = caught.value
    assert (error.where, error.row, error.column) == (sheet, 5, column)
    assert words in str(error) and sheet in str(error)
    assert all(rows == [] for rows in _snapshot(store, other).values())  # nothing half-imported


def test_missing_column_and_not_a_workbook(exported, store, tmp_path):
    _edit(exported, "复盘数据-每日", "E2", "单量")
    other = create_campaign(store, sample_draft()).result
    with pytest.raises(RecordError, match="订单"):
        import_workbook(store, other, exported)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a zip")
    with pytest.raises(UserError, match="not an Excel workbook"):
        import_workbook(store, other, junk)
    assert list_ab_tests(store, other) == []


def test_a_day_twice_in_the_sheet_is_a_duplicate(exported, store):
    book = openpyxl.load_workbook(exported)
    ws = book["复盘数据-每日"]
    for column in "ABCDEF":
        ws[f"{column}4"] = ws[f"{column}3"].value
    book.save(exported)
    other = create_campaign(store, sample_draft()).result
    with pytest.raises(DuplicateRecordsError, match="复盘数据-每日: 1 row"):
        import_workbook(store, other, exported)
    assert records(store, other, "daily") == []


def test_empty_campaign_exports_empty_sheets(store, campaign_id, tmp_path):
    path = export_workbook(store, campaign_id, tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(path)
    assert book["复盘数据-每日"].max_row == 2 and book["复盘数据-每日"]._charts == []
    assert book["复盘-AB测试与提纲"]["A3"].value == "（没有 A/B 测试）"
