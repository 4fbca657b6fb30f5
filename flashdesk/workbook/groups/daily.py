"""社群日常维护执行表: the daily timetable, the weekly rhythm below it, then every group day's
items with their dates and whether they were done (by whom, when) or skipped."""

from __future__ import annotations

from flashdesk.groups import service
from flashdesk.groups.tables import TimetableSlot, WeeklyRhythm
from flashdesk.groups.texts import fill
from flashdesk.groups.timetable import day_items
from flashdesk.workbook.cells import CENTER, HEADER_FILL, HEADER_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.channels_calendar import day_title
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height

TITLE = "社群日常维护执行表"


def write(ws, context: SheetContext) -> None:
    store, cid = context.store, context.campaign.id
    values = service.text_values(store, cid)
    title_row(ws, f"{context.campaign.name} · 社群日常维护执行表", 5)
    header_row(ws, 2, ["时间", "内容", "互动", "目的", "素材来源"], [14, 48, 22, 32, 18])
    row = 3
    for slot in sorted(service.rows(store, TimetableSlot, cid), key=lambda s: (s.start, s.end)):
        content = fill(slot.content, values)
        for column, value in enumerate((f"{slot.start}–{slot.end}", content, slot.interaction,
                                        slot.purpose, slot.source), start=1):
            put(ws, row, column, value)
        ws.row_dimensions[row].height = row_height((content, 48), (slot.interaction, 22),
                                                   (slot.purpose, 32), (slot.source, 18))
        row += 1
    row += 1
    for column, title in enumerate(["每周节奏", "活动", "时间", "目的", ""], start=1):
        cell = put(ws, row, column, title, font=HEADER_FONT)
        cell.fill, cell.alignment = HEADER_FILL, CENTER
    row += 1
    for item in service.rows(store, WeeklyRhythm, cid):
        for column, value in enumerate((item.day, item.activity, item.time, item.purpose, ""), start=1):
            put(ws, row, column, value)
        row += 1
    row += 1
    for column, title in enumerate(["日期", "时间", "内容", "负责人", "执行情况"], start=1):
        cell = put(ws, row, column, title, font=HEADER_FONT)
        cell.fill, cell.alignment = HEADER_FILL, CENTER
    row += 1
    for item in day_items(store, cid):
        for column, value in enumerate((day_title(item.day),
                                        f"{item.start:%H:%M}–{item.end:%H:%M}", item.content,
                                        item.owner or "全员", done_text(item)), start=1):
            put(ws, row, column, value)
        ws.row_dimensions[row].height = row_height((item.content, 48))
        row += 1
    print_setup(ws)


STATES = {"pending": "待办", "done": "已完成", "skipped": "已跳过"}


def done_text(item) -> str:
    """待办, or 已完成/已跳过 with who and when."""
    text = STATES.get(item.state, item.state)
    if item.state != "pending":
        who = f" · {item.done_by}" if item.done_by else ""
        when = f" · {item.finished_at:%m-%d %H:%M}" if item.finished_at else ""
        text += who + when
    return text
