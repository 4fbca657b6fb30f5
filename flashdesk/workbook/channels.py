"""宣发规划表: one row per channel — type, publicity forms, content direction, notes and
owner — laid out like the playbook's table. A row without an owner of its own names the
roles the Gantt gives the tasks carrying out that channel's posts."""

from __future__ import annotations

import math
import re

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.channels.drafts import split_forms
from flashdesk.channels.rules import channel_rules
from flashdesk.channels.service import list_channels
from flashdesk.imports import ID_TITLE
from flashdesk.tasks.posts import channel_owners
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.identity import hide_column

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
        put(ws, row, len(HEADERS) + 1, f"channel:{channel.id}", wrap=False)
        ws.row_dimensions[row].height = LINE_HEIGHT * max(
            lines_needed(value, WIDTHS[i]) for i, value in enumerate(values))
    put(ws, 2, len(HEADERS) + 1, ID_TITLE)
    hide_column(ws, len(HEADERS) + 1)
    last = 2 + len(channels)
    ws.auto_filter.ref = f"A2:E{max(last, 2)}"
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity column is not printed


FIELDS = {"渠道": "name", "宣发形式": "forms", "宣发内容方向": "direction", "备注": "notes", "负责人": "owner"}


def readers(store, campaign) -> list:
    from flashdesk.i18n import translate
    from flashdesk.playbook import default_playbook
    from flashdesk.workbook.readback import CellProblem, Sheet, text_of

    rules = channel_rules(default_playbook())
    names = rules.form_names()

    def now() -> dict:
        owners = channel_owners(store, campaign.id)
        return {c.id: (c.name, {"渠道": c.name, "宣发形式": split_forms(c.forms), "宣发内容方向": c.direction,
                                "备注": c.notes, "负责人": c.owner or owners.get(c.id, "")})
                for c in list_channels(store, campaign.id)}

    def parse(cells: dict) -> dict:
        name = text_of(cells.get("渠道"))
        if not name:
            raise CellProblem("渠道", translate("ReadBack", "the channel has no name; give it one."))
        forms = []
        for part in re.split(r"[、,，;；/\n]", text_of(cells.get("宣发形式"))):
            if part.strip():
                key = rules.form_key(part)
                if key is None:
                    raise CellProblem("宣发形式", translate("ReadBack", "{value!r} is not a publicity form; "
                                                        "use: {known}.").format(value=part.strip(),
                                                                                known="、".join(names.values())))
                forms.append(key)
        return {"渠道": name, "宣发形式": tuple(dict.fromkeys(forms)),
                "宣发内容方向": text_of(cells.get("宣发内容方向")), "备注": text_of(cells.get("备注")),
                "负责人": text_of(cells.get("负责人"))}

    def shown(column: str, value) -> str:
        if column == "宣发形式":
            return "、".join(names.get(k, k) for k in value)
        return text_of(value)

    def apply(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.channels.service import read_back_channels

        read_back_channels(session, campaign_id,
                           {key: {FIELDS[c]: v for c, v in values.items()} for key, values in updates.items()},
                           [{FIELDS[c]: v for c, v in values.items()} for values in additions], rules)

    return [Sheet(TITLE, "channel", tuple(HEADERS), HEADERS[0], now, parse, apply,
                  label=lambda values: values["渠道"], shown=shown)]
