"""宣发规划表: one row per channel — type, publicity forms, content direction, notes and
owner — laid out like the playbook's table. A row without an owner of its own names the
roles the Gantt gives the tasks carrying out that channel's posts."""

from __future__ import annotations

import math

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.channels.drafts import split_forms
from flashdesk.channels.rules import channel_rules
from flashdesk.channels.service import list_channels
from flashdesk.tasks.posts import channel_owners
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext

TITLE = "宣发规划表"
HEADERS = ["渠道", "宣发形式", "宣发内容方向", "备注", "负责人"]
WIDTHS = [20, 22, 70, 34, 12]
LINE_HEIGHT = 15


def lines_needed(text: str, width: float) -> int:
    """Rows of wrapped text in a column `width` characters wide (a CJK character counts 2)."""
    per_line = max(1, int(width))
    total = 0
    for line in (text or "").split("\n"):
        cells = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
        total += max(1, math.ceil(cells / per_line))
    return total


def write(ws: Worksheet, context: SheetContext) -> None:
    rules = channel_rules(context.playbook)
    names = rules.form_names()
    title_row(ws, f"{context.campaign.name} · 宣发规划表", len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    channels = list_channels(context.store, context.campaign.id)
    gantt_owners = channel_owners(context.store, context.campaign.id)
    for row, channel in enumerate(channels, start=3):
        values = [channel.name, "、".join(names.get(k, k) for k in split_forms(channel.forms)),
                  channel.direction, channel.notes, channel.owner or gantt_owners.get(channel.id, "")]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value)
        ws.row_dimensions[row].height = LINE_HEIGHT * max(
            lines_needed(value, WIDTHS[i]) for i, value in enumerate(values))
    last = 2 + len(channels)
    ws.auto_filter.ref = f"A2:E{max(last, 2)}"
    print_setup(ws)
