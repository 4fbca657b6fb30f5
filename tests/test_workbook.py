"""The team workbook, reopened and read back."""

from datetime import datetime

from openpyxl import load_workbook

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import create_campaign
from flashdesk.workbook.export import ExportCancelled, export_workbook


def test_overview_sheet(store, campaign_id, tmp_path):
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    sheet = load_workbook(path)["活动概览"]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values["限量（名）"] == 500
    assert values["开售时间"].month == 6 and values["开售时间"].day == 18
    assert sheet.freeze_panes == "A3"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet["A2"].font.b and sheet["A2"].fill.fgColor.rgb.endswith("C0392B")


def test_formula_text_stays_text(store, tmp_path):
    name = '=HYPERLINK("http://x","y")'
    campaign_id = create_campaign(store, CampaignDraft(
        name=name, product="+cmd|' /C calc'!A0", notes="@SUM(1+1)",
        launch_at=datetime(2026, 6, 18, 20, 0))).result
    path = export_workbook(store, campaign_id, tmp_path / "inj.xlsx")
    sheet = load_workbook(path)["活动概览"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=3)}
    assert cells["活动名称"].value == name and cells["活动名称"].data_type == "s"
    assert cells["产品"].data_type == "s" and cells["备注"].data_type == "s"
    # and in the raw XML there is no formula element at all
    import zipfile

    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets"))
    assert "<f>" not in xml


def test_cancel_leaves_no_file(store, campaign_id, tmp_path):
    target = tmp_path / "never.xlsx"
    try:
        export_workbook(store, campaign_id, target, progress=lambda done, total, label: False)
    except ExportCancelled:
        pass
    else:
        raise AssertionError("export was not cancelled")
    assert not target.exists() and list(tmp_path.glob("*.xlsx")) == []
