"""预热日历: days from warm-up start to group close across (date and D-offset), channels
down, one line per post with its time, stage and status, filled by status. A channel with
two posts on a day gets two lines, so each post keeps its own colour when printed."""

from __future__ import annotations

from datetime import timedelta

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.channels.posters import linked_posters
from flashdesk.channels.rules import channel_rules
from flashdesk.channels.service import list_channels, list_posts
from flashdesk.copies.links import label as copy_label
from flashdesk.copies.links import linked_copies
from flashdesk.workbook.cells import (
    CENTER,
    LABEL_FONT,
    header_row,
    keep_together,
    merge,
    print_setup,
    put,
    restyle,
    title_row,
    used_width,
)
from flashdesk.workbook.channels import LINE_HEIGHT, lines_needed
from flashdesk.workbook.export import SheetContext

TITLE = "预热日历"
STATUS_NAMES = {"planned": "计划中", "ready": "已备好", "published": "已发布"}
STATUS_FILLS = {"planned": "E3ECF7", "ready": "FFE9B3", "published": "CDECCF"}
STATUS_CELL_FILLS = {status: PatternFill("solid", fgColor=colour) for status, colour in STATUS_FILLS.items()}
OTHER_FILL = PatternFill("solid", fgColor="FFFFFF")
LAUNCH_FILL = PatternFill("solid", fgColor="F5B041")
MIDDLE = Alignment(vertical="center", wrap_text=True)
DAY_WIDTH = 20


RESULT_NAMES = (("likes", "赞"), ("comments", "评"), ("participants", "参与"))


def post_text(post, stage_names: dict[str, str], copies: dict | None = None,
              posters: dict | None = None) -> str:
    """One post as a line, e.g. 20:00 倒计时 · 已发布（赞 12 评 3）: results once recorded;
    a linked library copy on a second line (文案：title) and a linked poster on the next
    (海报：name · v2, with its checker errors), so the team knows what to send."""
    clock = f"{post.time_of_day:%H:%M} " if post.time_of_day else ""
    text = f"{clock}{stage_names.get(post.stage, post.stage)} · {STATUS_NAMES.get(post.status, post.status)}"
    results = " ".join(f"{name} {getattr(post, key)}" for key, name in RESULT_NAMES
                       if getattr(post, key) is not None)
    text = f"{text}（{results}）" if results else text
    copy = (copies or {}).get(post.copy_id)
    if copy is not None:
        text = f"{text}\n文案：{copy_label(copy)}"
    poster = (posters or {}).get(post.poster_id)
    if poster is not None:
        state = "（已删除）" if poster.deleted else (f"（检查错误 {poster.errors} 个）" if poster.errors else "")
        text = f"{text}\n海报：{poster.label()}{state}"
    return text


WEEKDAYS = "一二三四五六日"


def day_title(day) -> str:
    """06-15 周二, as text: a date format would follow the reader's Excel language."""
    return f"{day:%m-%d} 周{WEEKDAYS[day.weekday()]}"


def day_columns(context: SheetContext, posts) -> list:
    dates = context.dates
    first = min([dates.warm_up_start] + [p.day for p in posts])
    last = max([dates.group_close] + [p.day for p in posts])
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def write(ws: Worksheet, context: SheetContext) -> None:
    rules = channel_rules(context.playbook)
    stage_names = rules.stage_names()
    dates = context.dates
    channels = list_channels(context.store, context.campaign.id)
    posts = list_posts(context.store, context.campaign.id)
    copies = linked_copies(context.store, (post.copy_id for post in posts))
    posters = linked_posters(context.store, (post.poster_id for post in posts))
    days = day_columns(context, posts)
    title_row(ws, f"{context.campaign.name} · 预热日历", len(days) + 1)
    header_row(ws, 2, ["渠道"] + [day_title(day) for day in days], [18] + [DAY_WIDTH] * len(days))
    put(ws, 3, 1, "距开售", font=LABEL_FONT).alignment = CENTER
    for column, day in enumerate(days, start=2):
        offset = dates.day_offset(day)
        cell = put(ws, 3, column, f"D{offset:+d}" if offset else "D0", font=LABEL_FONT)
        if day == dates.launch_day:
            restyle(cell, alignment=CENTER, fill=LAUNCH_FILL)
        else:
            restyle(cell, alignment=CENTER)
    cells: dict[tuple[int, object], list] = {}
    for post in posts:
        cells.setdefault((post.channel_id, post.day), []).append(post)
    row = 4
    lines: dict[int, int] = {}  # sheet row -> wrapped lines its tallest cell needs
    spans = []  # each channel's (first row, last row), kept on one printed page
    for channel in channels:
        height = max([len(cells.get((channel.id, day), [])) for day in days] + [1])
        restyle(put(ws, row, 1, channel.name, font=LABEL_FONT), alignment=MIDDLE)
        if height > 1:
            merge(ws, row, 1, row + height - 1, 1)
        for column, day in enumerate(days, start=2):
            day_posts = cells.get((channel.id, day), [])
            for line in range(height):
                if line < len(day_posts):
                    post = day_posts[line]
                    text = post_text(post, stage_names, copies, posters)
                    restyle(put(ws, row + line, column, text),
                            fill=STATUS_CELL_FILLS.get(post.status, OTHER_FILL))
                    lines[row + line] = max(lines.get(row + line, 1), lines_needed(text, DAY_WIDTH))
                else:
                    put(ws, row + line, column, None)
        spans.append((row, row + height - 1))
        row += height
    for number, count in lines.items():
        ws.row_dimensions[number].height = LINE_HEIGHT * count
    legend = row + 1
    put(ws, legend, 1, "图例", font=LABEL_FONT)
    for column, status in enumerate(STATUS_NAMES, start=2):
        restyle(put(ws, legend, column, STATUS_NAMES[status]), fill=STATUS_CELL_FILLS[status])
    ws.freeze_panes = "B4"
    ws.print_title_rows = "2:3"
    ws.print_title_cols = "A:A"
    ws.print_area = f"A1:{get_column_letter(len(days) + 1)}{legend}"
    print_setup(ws)
    keep_together(ws, spans, width=used_width(ws))
