"""The whole team workbook round trip: export a campaign with review numbers, change cells
in several sheets the way a team does (numbers typed as text, a time as a day fraction, a
date as a serial, a renamed sheet, swapped columns, blank rows, added rows), resave it
through LibreOffice where installed, read it back: exactly those changes, nothing twice."""

import shutil
import subprocess

import openpyxl
import pytest

from flashdesk.channels.service import list_channels, list_posts
from flashdesk.groups import service as groups
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.tables import ChatGroup
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import records
from flashdesk.tasks.service import TaskDraft, load_board, update_task
from flashdesk.workbook.export import export_workbook
from flashdesk.workbook.readback import ReadBackError, apply_read_back, read_back

LIVE_CODE = "https://work.weixin.qq.com/ca/cafe2026"


def column(ws, title, header):
    return next(c.column for c in ws[header] if c.value == title)


def row_of(ws, title, header, value):
    at = column(ws, title, header)
    return next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, at).value == value)


def counts(store, campaign_id):
    return (len(list_channels(store, campaign_id)), len(list_posts(store, campaign_id)),
            len(groups.rows(store, ChatGroup, campaign_id)), len(load_board(store, campaign_id).tasks),
            len(records(store, campaign_id, "daily")), len(load_runbook(store, campaign_id).beats()))


@pytest.fixture
def exported(store, campaign_id, tmp_path):
    add_sample_numbers(store, campaign_id)
    return export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")


def edit_as_team(path):
    """What a team does during the launch; returns what it changed, by sheet."""
    book = openpyxl.load_workbook(path)
    plan = book["宣发规划表"]
    first_channel = plan.cell(3, 1).value
    plan.cell(3, column(plan, "备注", 2)).value = "周末也发"
    new = plan.max_row + 2  # one blank row left between
    for title, value in (("渠道", "B站"), ("宣发形式", "视频"), ("负责人", "设计")):
        plan.cell(new, column(plan, title, 2)).value = value

    posts = book["预热发布表"]
    status, likes, comments = (column(posts, t, 2) for t in ("状态", "点赞", "评论"))
    posts.cell(3, status).value = "已发布"
    posts.cell(3, likes).value = "12"  # a number typed as text
    posts.cell(3, comments).value = 3
    posts.cell(4, column(posts, "时间", 2)).value = 0.875  # 21:00 as a day fraction
    for row in range(2, posts.max_row + 1):  # the team swaps two columns
        posts.cell(row, likes).value, posts.cell(row, comments).value = \
            posts.cell(row, comments).value, posts.cell(row, likes).value
    posts.title = "预热发布表 (2)"

    codes = book["群活码"]
    codes["B2"] = LIVE_CODE
    codes.cell(5, column(codes, "成员数", 4)).value = "88"
    first_group = codes.cell(5, column(codes, "群名", 4)).value

    sop = book["社群基础搭建SOP"]
    tick = column(sop, "完成", 2)
    checklist = next(r for r in range(3, sop.max_row + 1) if sop.cell(r, tick).value == "☐")
    sop.cell(checklist, tick).value = "✓"

    runbook = book["关键节点执行表"]
    runbook.cell(3, column(runbook, "完成", 2)).value = "✓"
    runbook.cell(3, column(runbook, "负责人", 2)).value = "小王"

    daily = book["复盘数据-每日"]
    daily.cell(3, column(daily, "订单", 2)).value = 99

    gantt = book["甘特图"]
    name, preds, deadline = (column(gantt, t, 3) for t in ("任务", "前置任务", "截止"))
    first_task = gantt.cell(4, name).value.lstrip("◆ ")
    gantt.cell(7, preds).value = f"{first_task}FS+1h"  # a predecessor by the task's name
    seventh = gantt.cell(7, name).value.lstrip("◆ ")
    gantt.cell(5, deadline).value = 46191.5  # 2026-06-18 12:00 as a date serial
    fifth = gantt.cell(5, name).value.lstrip("◆ ")
    gantt.insert_rows(6, 2)  # blank rows in the middle
    book.save(path)
    return {"channel": first_channel, "group": first_group, "first_task": first_task,
            "seventh": seventh, "fifth": fifth}


def resaved(path, tmp_path, program):
    if program == "openpyxl":
        return path
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=240)
    return out / path.name


def summary(read):
    return sorted((r.sheet, r.kind, tuple(sorted(c.column for c in r.cells))) for r in read.rows())


@pytest.mark.parametrize("program", [
    "openpyxl", pytest.param("libreoffice", marks=pytest.mark.skipif(
        shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"))])
def test_team_edits_across_sheets_read_back_exactly(store, campaign_id, exported, tmp_path, program):
    before = counts(store, campaign_id)
    first_post, second_post = (p.id for p in list_posts(store, campaign_id)[:2])
    changed = edit_as_team(exported)
    path = resaved(exported, tmp_path, program)
    read = read_back(store, campaign_id, path)
    assert all(not s.unreadable and not s.missing for s in read.sheets), \
        [(s.title, s.unreadable, s.missing) for s in read.sheets if s.unreadable or s.missing]
    assert summary(read) == sorted([
        ("宣发规划表", "changed", ("备注",)),
        ("宣发规划表", "added", ("宣发形式", "渠道", "负责人")),
        ("预热发布表", "changed", ("点赞", "状态", "评论")),
        ("预热发布表", "changed", ("时间",)),
        ("群活码", "changed", ("群活码链接",)),
        ("群活码", "changed", ("成员数",)),
        ("社群基础搭建SOP", "changed", ("完成",)),
        ("关键节点执行表", "changed", ("完成",)),
        ("关键节点执行表", "changed", ("负责人",)),
        ("复盘数据-每日", "changed", ("订单",)),
        ("甘特图", "changed", ("前置任务",)),
        ("甘特图", "changed", ("截止",)),
    ])
    assert apply_read_back(store, read) is not None
    assert counts(store, campaign_id)[0] == before[0] + 1 and counts(store, campaign_id)[1:] == before[1:]
    channels = {c.name: c for c in list_channels(store, campaign_id)}
    assert channels[changed["channel"]].notes == "周末也发" and channels["B站"].owner == "设计"
    posts = {p.id: p for p in list_posts(store, campaign_id)}
    assert (posts[first_post].status, posts[first_post].likes, posts[first_post].comments) == ("published", 12, 3)
    assert f"{posts[second_post].time_of_day:%H:%M}" == "21:00"
    assert groups.live_code(store, campaign_id) == LIVE_CODE
    assert groups.rows(store, ChatGroup, campaign_id)[0].members == 88
    beat = load_runbook(store, campaign_id).beats()[0]
    assert beat.state == "done" and load_runbook(store, campaign_id).nodes[0].owner == "小王"
    assert records(store, campaign_id, "daily")[0]["orders"] == 99
    board = load_board(store, campaign_id)
    tasks = {t.name: t for t in board.tasks}
    assert f"{tasks[changed['fifth']].deadline:%Y-%m-%d %H:%M}" == "2026-06-18 12:00"
    link = next(k for k in board.links if k.successor_id == tasks[changed["seventh"]].id)
    assert (link.predecessor_id, link.kind, link.lag_minutes) == (tasks[changed["first_task"]].id, "FS", 60)
    again = read_back(store, campaign_id, path)  # the same workbook once more: nothing twice
    assert again.rows() == []


def test_unchanged_workbook_in_other_conventions_reads_back_to_no_change(store, campaign_id, exported):
    """Times as text, percentages as text, numbers as text, extra blank rows on top."""
    book = openpyxl.load_workbook(exported)
    gantt = book["甘特图"]
    start, progress = column(gantt, "开始", 3), column(gantt, "进度", 3)
    for row in range(4, gantt.max_row + 1):
        gantt.cell(row, start).value = f"{gantt.cell(row, start).value:%Y/%m/%d %H:%M}"
        gantt.cell(row, progress).value = f"{round(gantt.cell(row, progress).value * 100)}%"
    daily = book["复盘数据-每日"]
    members = column(daily, "群成员", 2)
    for row in range(3, daily.max_row + 1):
        if daily.cell(row, members).value is not None:
            daily.cell(row, members).value = str(daily.cell(row, members).value) + " "
    book["宣发规划表"].insert_rows(1, 3)
    book.save(exported)
    read = read_back(store, campaign_id, exported)
    assert read.rows() == [] and all(not s.unreadable and not s.missing for s in read.sheets)
    assert apply_read_back(store, read) is None


def test_different_cells_of_one_row_merge_and_the_same_cell_conflicts(store, campaign_id, exported):
    book = openpyxl.load_workbook(exported)
    gantt = book["甘特图"]
    gantt.cell(4, column(gantt, "进度", 3)).value = 0.4
    gantt.cell(5, column(gantt, "进度", 3)).value = 0.6
    book.save(exported)
    first, second = load_board(store, campaign_id).tasks[:2]
    for task, status in ((first, "doing"), (second, "blocked")):  # the app edits meanwhile
        draft = TaskDraft.of(task)
        draft.status = status
        if task is second:
            draft.progress = 10  # the same cell as the team
        update_task(store, task.id, draft)
    read = read_back(store, campaign_id, exported)
    rows = {r.key: r for r in read.rows()}
    assert rows[first.id].kind == "changed" and [c.column for c in rows[first.id].cells] == ["进度"]
    assert rows[second.id].kind == "conflict"
    assert [(c.column, c.old, c.new, c.conflict) for c in rows[second.id].cells] == [("进度", "10%", "60%", True)]
    apply_read_back(store, read)  # conflicts stay as the app has them unless chosen
    now = {t.id: t for t in load_board(store, campaign_id).tasks}
    assert (now[first.id].progress, now[first.id].status) == (40, "doing")
    assert (now[second.id].progress, now[second.id].status) == (10, "blocked")
    change = apply_read_back(store, read, [rows[second.id]])
    assert load_board(store, campaign_id).tasks[1].progress == 60
    change.apply(store, undo=True)  # one undo step
    assert load_board(store, campaign_id).tasks[1].progress == 10


@pytest.mark.sqlite_only  # names the store by its file
def test_a_workbook_from_another_store_is_refused_by_name(store, campaign_id, exported, tmp_path):
    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.store import open_store
    from flashdesk.store.identity import store_name

    other = open_store(tmp_path / "other.sqlite3")
    twin = create_campaign(other, sample_draft()).result  # same id, same name
    with pytest.raises(ReadBackError, match="exported from the store") as refused:
        read_back(other, twin, exported)
    assert store_name(store) in str(refused.value) and "other.sqlite3" in str(refused.value)
    other.close()


def test_predecessors_that_close_a_loop_are_refused(store, campaign_id, exported):
    board = load_board(store, campaign_id)
    link = board.links[0]
    number = {t.id: i for i, t in enumerate(board.tasks, start=1)}
    book = openpyxl.load_workbook(exported)
    gantt = book["甘特图"]
    row = 3 + number[link.predecessor_id]  # the predecessor waits for its own successor
    gantt.cell(row, column(gantt, "前置任务", 3)).value = str(number[link.successor_id])
    book.save(exported)
    read = read_back(store, campaign_id, exported)
    sheet = next(s for s in read.sheets if s.title == "甘特图")
    assert [(u.row, u.column) for u in sheet.unreadable] == [(row, "前置任务")]
    assert "loop" in sheet.unreadable[0].why and read.rows() == []


def test_review_rows_added_and_recorded_twice(store, campaign_id, exported):
    book = openpyxl.load_workbook(exported)
    daily = book["复盘数据-每日"]
    first = [daily.cell(3, c).value for c in range(1, 7)]
    end = max(r for r in range(3, daily.max_row + 1) if daily.cell(r, 1).value is not None) + 1
    for offset, group in enumerate((first[1], "新建9群")):
        for c, value in enumerate([first[0], group, 50, 20, 3, 297], start=1):
            daily.cell(end + offset, c).value = value
    book.save(exported)
    read = read_back(store, campaign_id, exported)
    sheet = next(s for s in read.sheets if s.title == "复盘数据-每日")
    assert [(r.kind, r.label.split(" · ")[-1]) for r in sheet.rows] == [("added", "新建9群")]
    assert [(u.row, u.column) for u in sheet.unreadable] == [(end, "日期")]
    before = len(records(store, campaign_id, "daily"))
    apply_read_back(store, read)
    assert len(records(store, campaign_id, "daily")) == before + 1


def test_rows_the_team_adds_become_rows_and_bad_cells_are_named(store, campaign_id, exported):
    before = counts(store, campaign_id)
    book = openpyxl.load_workbook(exported)
    codes = book["群活码"]
    new = codes.max_row + 1
    for title, value in (("群名", "补充3群"), ("容量", "300"), ("成员数", 12)):
        codes.cell(new, column(codes, title, 4)).value = value
    posts = book["预热发布表"]
    new = posts.max_row + 1
    first_day = posts.cell(3, 1).value
    for title, value in (("日期", f"{first_day:%m月%d日}"), ("时间", "19:30"), ("渠道", posts.cell(3, 3).value),
                         ("阶段", posts.cell(3, 4).value), ("发布内容", "加推一条")):
        posts.cell(new, column(posts, title, 2)).value = value
    posts.cell(4, column(posts, "点赞", 2)).value = 5  # results on a post still planned
    runbook = book["关键节点执行表"]
    runbook.cell(4, column(runbook, "完成", 2)).value = "跳过"
    runbook.cell(5, column(runbook, "完成", 2)).value = "maybe"
    plan = book["宣发规划表"]
    plan.cell(3, column(plan, "宣发形式", 2)).value = "飞鸽传书"
    book.save(exported)
    read = read_back(store, campaign_id, exported)
    bad = sorted((s.title, u.column) for s in read.sheets for u in s.unreadable)
    assert bad == [("关键节点执行表", "完成"), ("宣发规划表", "宣发形式"), ("预热发布表", "状态")]
    assert all("飞鸽传书" in u.why for s in read.sheets for u in s.unreadable if s.title == "宣发规划表")
    assert summary(read) == [("关键节点执行表", "changed", ("完成",)),
                             ("群活码", "added", tuple(sorted(("群名", "容量", "成员数", "状态")))),
                             ("预热发布表", "added",
                              tuple(sorted(("日期", "时间", "渠道", "阶段", "发布内容", "状态"))))]
    change = apply_read_back(store, read)
    after = counts(store, campaign_id)
    assert after[1:3] == (before[1] + 1, before[2] + 1) and after[0] == before[0]
    group = groups.rows(store, ChatGroup, campaign_id)[-1]
    assert (group.name, group.capacity, group.members) == ("补充3群", 300, 12)
    assert groups.setup_checklist(store, group.id)  # a new group comes with its set-up checklist
    assert load_runbook(store, campaign_id).beats()[1].state == "skipped"
    assert any(p.title == "加推一条" and f"{p.time_of_day:%H:%M}" == "19:30" for p in list_posts(store, campaign_id))
    change.apply(store, undo=True)
    assert counts(store, campaign_id) == before


def test_ab_test_counts_read_back_and_the_outline_does_not(store, campaign_id, tmp_path):
    from flashdesk.review.experiments import ABDraft, list_ab_tests, save_ab_test

    save_ab_test(store, campaign_id, ABDraft("邀请文案", "短句", "长句", 500, 40, 480, 30))
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN")
    book = openpyxl.load_workbook(path)
    ab = book["复盘-AB测试与提纲"]
    ab.cell(3, column(ab, "B 转化", 2)).value = "52"
    ab.insert_rows(4)  # the new test goes right under the first, above the blank row and outline
    for title, value in (("环节", "海报"), ("A 曝光", 100), ("A 转化", 9), ("B 曝光", 100), ("B 转化", 12)):
        ab.cell(4, column(ab, title, 2)).value = value
    book.save(path)
    read = read_back(store, campaign_id, path)
    assert summary(read) == [("复盘-AB测试与提纲", "added", ("A 曝光", "A 转化", "B 曝光", "B 转化", "环节")),
                             ("复盘-AB测试与提纲", "changed", ("B 转化",))]
    apply_read_back(store, read)
    tests = {t.step: t for t in list_ab_tests(store, campaign_id)}
    assert tests["邀请文案"].converted_b == 52 and tests["海报"].converted_b == 12 and len(tests) == 2


def test_fingerprints_kept_equal_a_fresh_read(store, campaign_id, exported):
    """The export reads the task board and the runbook once for their sheets and their
    fingerprints (export.read_once); the hidden sheet holds what reading them afresh gives,
    and nothing is shared with a later read."""
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.workbook.export import _READS
    from flashdesk.workbook.identity import read_identity
    from flashdesk.workbook.readback import fingerprints_of

    kept = read_identity(openpyxl.load_workbook(exported)).cells
    assert _READS.get() is None
    fresh = fingerprints_of(store, get_campaign(store, campaign_id))
    assert kept == fresh
    assert any(key.startswith("task:") for key in kept) and any(key.startswith("beat:") for key in kept)
