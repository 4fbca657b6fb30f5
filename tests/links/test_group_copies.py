"""Set-up checklist lines and launch-day key nodes linking library copies: the groups
service takes a good link and refuses a bad one with the store unchanged, duplicating a
campaign keeps or maps the links, and the SOP sheets name the linked copy (关联文案)."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from flashdesk.campaigns.service import duplicate_campaign
from flashdesk.copies import service as copies
from flashdesk.copies.service import CopyDraft
from flashdesk.errors import UserError
from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup, GroupSetupItem, KeyNode
from flashdesk.workbook.export import export_workbook


def _dump(store):
    with store.engine.connect() as conn:
        return [tuple(r) for t in ("group_setup_item", "key_node")
                for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")]


def _announcement(store, campaign_id):
    group = service.rows(store, ChatGroup, campaign_id)[0]
    return next(i for i in service.setup_checklist(store, group.id) if i.key == "announcement")


def test_link_and_refuse_bad_links(store, campaign_id):
    item = _announcement(store, campaign_id)
    node = service.rows(store, KeyNode, campaign_id)[0]
    copy_id = copies.create_copy(store, CopyDraft(title="群公告模板", body="本群只发福利", stage="announcement")).result
    for table, row_id in ((GroupSetupItem, item.id), (KeyNode, node.id)):
        link = service.edit(store, table, row_id, copy_id=copy_id)
        row = next(r for r in link.rows if r.table == table.__tablename__)
        assert (row.before["copy_id"], row.after["copy_id"]) == (None, copy_id)
    assert copies.get_copy(store, copy_id).times_used == 2  # each link is a use
    assert _announcement(store, campaign_id).copy_id == copy_id

    other = duplicate_campaign(store, campaign_id, "别的活动", datetime(2026, 9, 1, 20)).result
    foreign = copies.create_copy(store, CopyDraft(title="别家", body="别家的", campaign_id=other)).result
    gone = copies.create_copy(store, CopyDraft(title="删了", body="删了")).result
    copies.set_deleted(store, gone, True)
    before = _dump(store)
    for bad in (foreign, gone, 99999, "3", True):
        for table, row_id in ((GroupSetupItem, item.id), (KeyNode, node.id)):
            with pytest.raises(UserError):
                service.edit(store, table, row_id, copy_id=bad)
    assert _dump(store) == before
    [unlinked] = service.edit(store, KeyNode, node.id, copy_id=None).rows
    assert (unlinked.before["copy_id"], unlinked.after["copy_id"]) == (copy_id, None)


def test_duplicate_keeps_library_links_and_maps_campaign_copies(store, campaign_id):
    item = _announcement(store, campaign_id)
    node = service.rows(store, KeyNode, campaign_id)[0]
    library = copies.create_copy(store, CopyDraft(title="通用公告", body="公告")).result
    own = copies.create_copy(store, CopyDraft(title="本场叫醒", body="叫醒", campaign_id=campaign_id)).result
    service.edit(store, GroupSetupItem, item.id, copy_id=library)
    service.edit(store, KeyNode, node.id, copy_id=own)
    twin = duplicate_campaign(store, campaign_id, "再来一场", datetime(2026, 9, 1, 20)).result
    assert _announcement(store, twin).copy_id == library
    twin_node = next(n for n in service.rows(store, KeyNode, twin) if n.key == node.key)
    assert twin_node.copy_id not in (None, own)
    assert copies.get_copy(store, twin_node.copy_id).campaign_id == twin


def test_sop_sheets_name_the_linked_copy(store, campaign_id, tmp_path):
    item = _announcement(store, campaign_id)
    node = service.rows(store, KeyNode, campaign_id)[0]
    copy_id = copies.create_copy(store, CopyDraft(title="=叫醒红包话术", body="大家醒醒")).result
    service.edit(store, GroupSetupItem, item.id, copy_id=copy_id)
    service.edit(store, KeyNode, node.id, copy_id=copy_id)
    book = load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))
    setup = book["社群基础搭建SOP"]
    assert [c.value for c in setup[2]] == ["项目", "内容", "负责群", "完成", "关联文案", "行标识"]
    rows = list(setup.iter_rows(min_row=3, values_only=True))
    assert [r[4] for r in rows if r[0] == "群公告"] == ["=叫醒红包话术"]
    assert all(r[4] in (None, "") for r in rows if r[0] != "群公告")
    runbook = book["关键节点执行表"]
    column = [c.value for c in runbook[2]].index("关联文案") + 1
    named = {runbook.cell(r, 1).value: runbook.cell(r, column).value for r in range(3, runbook.max_row + 1)
             if runbook.cell(r, 1).value}
    assert named[node.name] == "=叫醒红包话术"
    assert runbook.cell(3, column).data_type == "s"  # text, not a formula
    assert sum(1 for v in named.values() if v) == 1
