"""The team workbook round trip: export, edit as a team would, read back."""

import shutil
import subprocess

import openpyxl
import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.copies.service import CopyQuery, count_copies, find_copies
from flashdesk.imports import ID_TITLE
from flashdesk.tasks.service import load_board
from flashdesk.workbook.export import export_workbook
from flashdesk.workbook.readback import ReadBackError, apply_read_back, read_back


def column(ws, title, header):
    return next(c.column for c in ws[header] if c.value == title)


def counts(store, campaign_id):
    query = CopyQuery(campaign_id=campaign_id)
    return len(load_board(store, campaign_id).tasks), count_copies(store, query)


@pytest.fixture
def exported(store, campaign_id, tmp_path):
    return export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")


def test_unchanged_workbook_reads_back_to_no_change(store, campaign_id, exported):
    read = read_back(store, campaign_id, exported)
    assert read.rows() == []
    assert all(not s.unreadable and not s.missing for s in read.sheets)
    assert apply_read_back(store, read) is None


def edit_as_team(path):
    book = openpyxl.load_workbook(path)
    gantt = book["甘特图"]
    progress, owner = column(gantt, "进度", 3), column(gantt, "任务", 3)
    gantt.cell(row=4, column=progress).value = "50%"  # a number typed as text
    first_task = gantt.cell(row=4, column=owner).value
    gantt.cell(row=6, column=column(gantt, "状态", 3)).value = "完成"
    new_row = gantt.max_row + 2  # a blank row in between
    for title, value in (("任务", "补拍开箱视频"), ("阶段", "群内成交"), ("开始", "2026-06-18 10:00"),
                         ("结束", "2026-06-18 12:00")):
        gantt.cell(row=new_row, column=column(gantt, title, 3)).value = value
    copies = book["文案库"]
    body = column(copies, "正文", 2)
    copies.cell(row=3, column=body).value = "新正文：今晚八点开抢"
    copy_title = copies.cell(row=3, column=1).value
    copies.title = "文案库 (2)"  # renamed with a suffix
    book.save(path)
    return first_task, copy_title


def test_team_edits_apply_as_one_change_and_nothing_is_duplicated(store, campaign_id, exported):
    before = counts(store, campaign_id)
    first_task, copy_title = edit_as_team(exported)
    read = read_back(store, campaign_id, exported)
    kinds = sorted((r.sheet, r.kind) for r in read.rows())
    assert kinds == [("文案库", "changed"), ("甘特图", "added"), ("甘特图", "changed"), ("甘特图", "changed")]
    progress = next(r for r in read.rows() if r.label == first_task)
    assert [(c.column, c.new) for c in progress.cells] == [("进度", "50%")]
    change = apply_read_back(store, read)
    assert counts(store, campaign_id) == (before[0] + 1, before[1])
    tasks = {t.name: t for t in load_board(store, campaign_id).tasks}
    assert tasks[first_task].progress == 50 and "补拍开箱视频" in tasks
    bodies = {c.title: c.body for c in find_copies(store, CopyQuery(campaign_id=campaign_id), 0, 500)}
    assert bodies[copy_title] == "新正文：今晚八点开抢"
    change.apply(store, undo=True)  # one undo step takes it all back
    assert counts(store, campaign_id) == before
    assert {t.name: t.progress for t in load_board(store, campaign_id).tasks}[first_task] != 50
    # reading back the same workbook again after applying adds nothing twice
    change.apply(store, undo=False)
    again = read_back(store, campaign_id, exported)
    assert [r.kind for r in again.rows()] == ["added"] or again.rows() == []


def test_changed_in_both_places_is_a_conflict_not_overwritten(store, campaign_id, exported):
    from flashdesk.tasks.service import TaskDraft, update_task

    first_task, _ = edit_as_team(exported)
    task = next(t for t in load_board(store, campaign_id).tasks if t.name == first_task)
    draft = TaskDraft.of(task)
    draft.progress = 20
    update_task(store, task.id, draft)
    read = read_back(store, campaign_id, exported)
    conflict = next(r for r in read.rows() if r.label == first_task)
    assert conflict.kind == "conflict"
    assert ("进度", "20%", "50%") in [(c.column, c.old, c.new) for c in conflict.cells]
    apply_read_back(store, read)
    assert next(t for t in load_board(store, campaign_id).tasks if t.id == task.id).progress == 20


def test_deleted_rows_are_reported_and_bad_cells_named(store, campaign_id, exported):
    book = openpyxl.load_workbook(exported)
    gantt = book["甘特图"]
    gone = gantt.cell(row=5, column=2).value
    gantt.delete_rows(5)
    gantt.cell(row=4, column=column(gantt, "开始", 3)).value = "next tuesday"
    book.save(exported)
    read = read_back(store, campaign_id, exported)
    sheet = next(s for s in read.sheets if s.title == "甘特图")
    assert gone.lstrip("◆ ") in sheet.missing
    assert [(u.row, u.column) for u in sheet.unreadable] == [(4, "开始"), (5, "前置任务")]  # 5 named the deleted row
    assert counts(store, campaign_id)[0] == len(load_board(store, campaign_id).tasks)


def test_another_campaigns_workbook_is_refused(store, campaign_id, exported):
    other = create_campaign(store, sample_draft()).result
    with pytest.raises(ReadBackError, match="exported from the campaign"):
        read_back(store, other, exported)


def test_identity_column_is_hidden(exported):
    book = openpyxl.load_workbook(exported)
    ws = book["文案库"]
    letter = openpyxl.utils.get_column_letter(column(ws, ID_TITLE, 2))
    assert ws.column_dimensions[letter].hidden
    assert book["FlashDesk"].sheet_state == "hidden"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_reads_back(store, campaign_id, exported, tmp_path):
    first_task, copy_title = edit_as_team(exported)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(exported)],
                   check=True, capture_output=True, timeout=180)
    read = read_back(store, campaign_id, out / "team.xlsx")
    assert sorted((r.sheet, r.kind) for r in read.rows()) == [
        ("文案库", "changed"), ("甘特图", "added"), ("甘特图", "changed"), ("甘特图", "changed")]
