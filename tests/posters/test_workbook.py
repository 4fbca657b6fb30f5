"""海报清单 in the team workbook: one row per poster with format, payload, verdict, thumbnail."""

from openpyxl import load_workbook

from flashdesk.groups.service import set_live_code
from flashdesk.posters.service import create_from_template, find_poster, poster_doc, save_elements
from flashdesk.workbook.export import export_workbook


def test_poster_sheet(qapp, store, campaign_id, tmp_path):
    second = create_from_template(store, campaign_id, "print_flyer", "a4", "门店传单", "=HYPERLINK(1)").result
    elements = poster_doc(store, second).elements
    next(e for e in elements if e.kind == "qr").props["quiet"] = 1
    save_elements(store, second, elements)
    set_live_code(store, campaign_id, "https://live.example.cn/c/618")  # the sample poster follows it
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    ws = load_workbook(path)["海报清单"]
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 6)] for r in range(3, ws.max_row + 1)}
    assert rows["裂变海报"] == [1, "手机海报 9:16", "https://live.example.cn/c/618", "通过"]
    assert rows["门店传单"][3].startswith("1 个错误")
    flyer_row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "门店传单")
    assert ws.cell(flyer_row, 4).value == "=HYPERLINK(1)" and ws.cell(flyer_row, 4).data_type == "s"
    assert len(ws._images) == 2
    assert find_poster(store, campaign_id).name == "裂变海报"
