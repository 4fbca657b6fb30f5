"""The group SOP sheets of the team workbook, reopened with openpyxl."""

from openpyxl import load_workbook

from flashdesk.groups import runbook as rb
from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup, CrisisPlan, GroupSetupItem
from flashdesk.workbook.export import export_workbook

SHEETS = ["群活码", "社群基础搭建SOP", "关键节点执行表", "社群日常维护执行表", "危机预案"]


def _export(store, campaign_id, tmp_path):
    return load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))


def test_sheets_exist_and_print_landscape_with_repeated_headers(store, campaign_id, tmp_path):
    book = _export(store, campaign_id, tmp_path)
    for title in SHEETS:
        sheet = book[title]
        assert sheet.page_setup.orientation == "landscape", title
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows, title
        assert sheet.freeze_panes, title


def test_runbook_sheet_lists_nodes_beats_and_filled_reminder(store, campaign_id, tmp_path):
    service.set_sold(store, campaign_id, 480)
    rb.finish_current(store, campaign_id)
    sheet = _export(store, campaign_id, tmp_path)["关键节点执行表"]
    header = [c.value for c in sheet[2]]
    assert header[:3] == ["关键节点", "时间", "负责人"] and "发送内容" in header and "关联文案" in header
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    nodes = [r[0] for r in rows if r[0]]
    assert nodes == ["叫醒红包", "群接龙", "订单刷屏", "产品倒计时", "收尾与预告"]
    texts = [r[5] for r in rows]
    assert len(texts) == rb.load_runbook(store, campaign_id).progress()[1]
    assert any("名额只剩 20 个" in t for t in texts)
    assert rows[0][8] == "✓ 已完成" and rows[1][8] == "☐"
    assert sheet.row_dimensions[3].height >= 18
    assert any(str(r) .startswith("A3:") for r in sheet.merged_cells.ranges)


def test_runbook_sheet_leaves_slots_left_blank_until_sales_are_recorded(store, campaign_id, tmp_path):
    """Printed before the night, 最后 10 分钟 must not claim the full quota is left."""
    quota = service.quota(store, campaign_id).quota
    texts = [r[5] for r in _export(store, campaign_id, tmp_path)["关键节点执行表"]
             .iter_rows(min_row=3, values_only=True)]
    last_call = next(t for t in texts if t.startswith("最后 10 分钟"))
    assert "名额只剩 ____ 个" in last_call and str(quota) not in last_call
    assert not any(f"只剩 {quota} 个" in t for t in texts)


def test_daily_sheet_has_slots_and_weekly_rhythm(store, campaign_id, tmp_path):
    sheet = _export(store, campaign_id, tmp_path)["社群日常维护执行表"]
    first = [c.value for c in sheet[3]]
    assert first[0] == "07:30–08:30" and "早安" in first[1]
    column_a = [r[0] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert "每周节奏" in column_a and "周二" in column_a and "周五" in column_a


def test_setup_sheet_and_live_code_sheet(store, campaign_id, tmp_path):
    group = service.rows(store, ChatGroup, campaign_id)[0]
    item = service.setup_checklist(store, group.id)[0]
    service.edit(store, GroupSetupItem, item.id, done=True)
    service.edit(store, ChatGroup, group.id, qr_payload="https://weixin.qq.com/g/abc", members=120)
    service.set_live_code(store, campaign_id, "https://hm.example.cn/618")
    book = _export(store, campaign_id, tmp_path)
    setup = list(book["社群基础搭建SOP"].iter_rows(min_row=3, values_only=True))
    assert any(r[0] == "昵称格式" and "城市-行业-昵称" in r[1] for r in setup)
    checklist = [r for r in setup if r[2] == group.name]
    assert [r[0] for r in checklist] == ["群名", "群公告", "管理员", "欢迎语", "防骚扰"]
    assert checklist[0][3] == "✓" and checklist[1][3] == "☐"
    live = book["群活码"]
    assert live["B2"].value == "https://hm.example.cn/618"
    assert "剩余 500" in live["B3"].value
    assert [c.value for c in live[5]][2:5] == ["https://weixin.qq.com/g/abc", 200, 120]


def test_crisis_sheet(store, campaign_id, tmp_path):
    service.add_crisis_plan(store, campaign_id, "=1+1 恶意公式", "+照常处理", "@运营")
    sheet = _export(store, campaign_id, tmp_path)["危机预案"]
    rows = list(sheet.iter_rows(min_row=3))
    assert len(rows) == len(service.rows(store, CrisisPlan, campaign_id))
    last = rows[-1]
    assert last[1].value == "=1+1 恶意公式" and last[1].data_type == "s"
