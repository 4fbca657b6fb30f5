"""The 甘特图 sheet, reopened with openpyxl: table, predecessors, bars on the time grid,
print set-up; read back and imported; bad rows named."""

from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from flashdesk.tasks.service import TaskError, import_tasks, load_board
from flashdesk.tasks.transfer import TaskImportError, campaign_maps, parse_pasted, read_workbook, rows_to_tasks
from flashdesk.workbook.export import export_workbook


@pytest.fixture
def sheet(store, campaign_id, tmp_path):
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    return path, load_workbook(path)["甘特图"]


def test_table_predecessors_and_bars(store, campaign_id, sheet):
    _path, ws = sheet
    board = load_board(store, campaign_id)
    header = [c.value for c in ws[3][:11]]
    assert header == ["序号", "任务", "阶段", "负责人", "开始", "结束", "截止", "进度", "状态", "前置任务",
                      "渠道发布"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, max_col=10, values_only=True)}
    assert len(rows) == len(board.tasks)
    numbers = {t.key: i for i, t in enumerate(board.tasks, start=1)}
    order_flood = rows["订单刷屏：小号先晒单，截图同步朋友圈"]
    assert order_flood[3] == "群托小号" and order_flood[2] == "群内成交"
    assert order_flood[9] == f"{numbers['launch_open']}SS+15m"
    assert rows["◆ 解散快闪群"][9] == f"{numbers['close_preview']}FS"
    # launch day has 24 hour columns; the wake-up red packet (19:30-19:50) fills the 19 o'clock cell
    hours = {c.value: c.column for c in ws[3][11:] if c.fill.fgColor.rgb.endswith("FAD7A0")}
    assert len(hours) == 24
    row = next(r for r in ws.iter_rows(min_row=4) if r[1].value.startswith("叫醒红包"))
    filled = [c.column for c in row[11:] if c.fill.fgColor.rgb not in (None, "00000000")]
    assert filled == [hours["19"]]
    assert ws.freeze_panes == "M4"  # the table, the hidden row identity (L), then the grid
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A3)
    assert ws.print_title_rows == "$2:$3"


def test_sheet_reads_back_into_another_campaign(store, campaign_id, sheet):
    path, _ws = sheet
    from flashdesk.campaigns.draft import CampaignDraft
    from flashdesk.campaigns.service import create_campaign

    other = create_campaign(store, CampaignDraft(name="导入目标", product="p",
                                                 launch_at=datetime(2026, 9, 1, 20))).result
    before = load_board(store, other)
    roles, phases = campaign_maps(store, other)
    drafts, links = rows_to_tasks(read_workbook(path), roles, phases, 2026)
    import_tasks(store, other, drafts, links)
    after = load_board(store, other)
    assert len(after.tasks) == 2 * len(before.tasks)
    assert len(after.links) == 2 * len(before.links)
    imported = [t for t in after.tasks if t.key == ""]
    assert sum(t.milestone for t in imported) == sum(t.milestone for t in before.tasks)


def test_pasted_rows_and_bad_input(store, campaign_id):
    roles, phases = campaign_maps(store, campaign_id)
    text = ("序号\t任务\t阶段\t负责人\t开始\t结束\n"
            "1\t加急海报\t引导进群\t设计\t06-17 09:00\t06-17 11:00\n"
            "2\t海报审核\t\t运营\t2026-06-17 11:00\t2026-06-17 11:30\t\t50%\t进行中\t1FS+15m\n")
    drafts, links = rows_to_tasks(parse_pasted(text), roles, phases, 2026)
    assert [d.phase for d in drafts] == ["entry", "launch"]
    assert drafts[1].progress == 50 and drafts[1].status == "doing"
    assert links == [[], [(0, "FS", 15)]]
    with pytest.raises(TaskImportError, match="Row 1, owner"):
        rows_to_tasks([["1", "x", "", "老板", "06-17 09:00", "06-17 10:00"]], roles, phases, 2026)
    with pytest.raises(TaskImportError, match="Row 1, time"):
        rows_to_tasks([["1", "x", "", "", "tomorrow", ""]], roles, phases, 2026)
    with pytest.raises(TaskImportError, match="predecessor 9"):
        rows_to_tasks([["1", "x", "", "", "06-17 09:00", "", "", "", "", "9FS"]], roles, phases, 2026)
    ends_early = [["1", "x", "", "", "06-17 09:00", "06-17 08:00"]]
    drafts, links = rows_to_tasks(ends_early, roles, phases, 2026)
    count = len(load_board(store, campaign_id).tasks)
    with pytest.raises(TaskError, match="Row 1: .*before it starts"):
        import_tasks(store, campaign_id, drafts, links)
    assert len(load_board(store, campaign_id).tasks) == count


def test_ten_thousand_pasted_rows_go_in_as_one_step(store, campaign_id):
    roles, phases = campaign_maps(store, campaign_id)
    start = datetime(2026, 6, 10, 9)
    rows = [[str(i), f"批量任务 {i}", "", "", start + timedelta(minutes=i), start + timedelta(minutes=i + 30)]
            for i in range(1, 10_001)]
    drafts, links = rows_to_tasks(rows, roles, phases, 2026)
    change = import_tasks(store, campaign_id, drafts, links)
    assert len(change.result) == len(change.ids("task")) == 10_000
    assert len(load_board(store, campaign_id).tasks) == 10_000 + 45
    with pytest.raises(TaskImportError, match="more than"):
        rows_to_tasks(rows * 3, roles, phases, 2026)
