"""The two team sheets, exported and reopened with openpyxl, compared cell by cell with
what the store holds."""

from datetime import date

from openpyxl import load_workbook

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelDraft, PostDraft
from flashdesk.channels.rules import channel_rules
from flashdesk.playbook import key_dates
from flashdesk.workbook.channels_calendar import STATUS_FILLS, post_text
from flashdesk.workbook.export import export_workbook


def _export(store, campaign_id, tmp_path):
    return load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))


def test_matrix_sheet_matches_the_store(store, campaign_id, tmp_path):
    service.set_channel_field(store, service.list_channels(store, campaign_id)[0].id, "owner", "小周")
    service.add_channel(store, campaign_id, ChannelDraft("=HYPERLINK(\"x\")", notes="+1\n-2"))
    sheet = _export(store, campaign_id, tmp_path)["宣发规划表"]
    names = channel_rules().form_names()
    assert [c.value for c in sheet[2]] == ["渠道", "宣发形式", "宣发内容方向", "备注", "负责人", "行标识"]
    assert sheet.column_dimensions["F"].hidden  # each row's channel, for reading it back
    channels = service.list_channels(store, campaign_id)
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(channels) == 8
    for row, channel in zip(rows, channels):
        forms = "、".join(names[k] for k in channel.forms.split(",") if k)
        assert row[:4] == (channel.name, forms or None, channel.direction or None, channel.notes or None)
    owners = {row[0]: row[4] for row in rows}
    assert owners[channels[0].name] == "小周"  # the operator's own owner wins
    # an empty owner names the Gantt roles of the tasks carrying out the channel's posts
    assert owners["企业微信客户群"] == "群托小号、客服号、运营"
    assert owners["视频号"] == "设计"
    injected = sheet.cell(row=10, column=1)
    assert injected.value == "=HYPERLINK(\"x\")" and injected.data_type == "s"
    assert sheet["C3"].alignment.wrap_text
    assert sheet.row_dimensions[3].height >= 4 * 15  # Moments' direction has four lines
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == "A2:E10"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["A2"].font.b and sheet["A2"].fill.fgColor.rgb.endswith("C0392B")


def test_calendar_sheet_matches_the_store(store, campaign_id, tmp_path):
    campaign = get_campaign(store, campaign_id)
    dates = key_dates(campaign)
    channels = service.list_channels(store, campaign_id)
    posts = service.list_posts(store, campaign_id)
    first = posts[0]
    draft = PostDraft.of(first)
    draft.status, draft.participants = "published", 30
    service.update_post(store, first.id, draft)
    service.add_post(store, campaign_id, PostDraft(channels[0].id, dates.warm_up_start, "draw",
                                                   title="同一天第二条"))
    sheet = _export(store, campaign_id, tmp_path)["预热日历"]

    days = dates.days()
    header = [c.value for c in sheet[2]][: len(days) + 1]
    assert header[0] == "渠道"
    assert header[1:] == [f"{d:%m-%d} 周{'一二三四五六日'[d.weekday()]}" for d in days]
    assert [c.value for c in sheet[3]][1: len(days) + 1] == ["D-3", "D-2", "D-1", "D0", "D+1", "D+2", "D+3"]
    assert sheet.cell(row=3, column=5).fill.fgColor.rgb.endswith("F5B041")  # launch day

    # walk the sheet: channel blocks (merged name cells) and their post lines
    stage_names = channel_rules().stage_names()
    found: dict[tuple[str, date], list[tuple[str, str]]] = {}
    current = None
    for row in sheet.iter_rows(min_row=4):
        if row[0].value == "图例":
            break
        if row[0].value:
            current = row[0].value
        for column, cell in enumerate(row[1: len(days) + 1]):
            if cell.value:
                found.setdefault((current, days[column]), []).append((cell.value, cell.fill.fgColor.rgb[-6:]))
    expected: dict[tuple[str, date], list[tuple[str, str]]] = {}
    names = {c.id: c.name for c in channels}
    for post in service.list_posts(store, campaign_id):
        expected.setdefault((names[post.channel_id], post.day), []).append(
            (post_text(post, stage_names), STATUS_FILLS[post.status]))
    assert found == expected
    moments = found[("企业微信朋友圈", dates.warm_up_start)]
    assert len(moments) == 2  # two lines in one merged channel block
    assert ("08:00 选品调研 · 已发布（参与 30）", "CDECCF") in found[("公众号", dates.warm_up_start)]
    for row in sheet.iter_rows(min_row=4):  # a wrapped line is never cut off when printed
        longest = max((len(str(c.value)) for c in row[1:] if c.value), default=0)
        if longest > 10:  # CJK characters: two width units each in a 20-wide column
            assert sheet.row_dimensions[row[0].row].height >= 30
    assert sheet.freeze_panes == "B4" and sheet.print_title_rows == "$2:$3"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
