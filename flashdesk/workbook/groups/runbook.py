"""关键节点执行表: every group day node by node — time, owner, each beat to send with its due
time and wait, the linked copy, a box to tick, and the node's red packets and draws. The
slots left are known only on the night: until a sale is recorded, a beat still to send shows
{remaining} as a blank to fill in, not the full quota."""

from __future__ import annotations

from flashdesk.copies.links import label, linked_copies
from flashdesk.groups.incentive_plan import by_node
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.service import text_values
from flashdesk.groups.texts import fill
from flashdesk.workbook.cells import LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import KIND_NAMES, STATE_NAMES, row_height

TITLE = "关键节点执行表"
BLANK = "____"
HEADERS = ["关键节点", "时间", "负责人", "到点", "节拍", "发送内容", "等待(分)", "关联文案", "完成",
           "红包/抽奖"]


def write(ws, context: SheetContext) -> None:
    book = load_runbook(context.store, context.campaign.id, context.playbook)
    title_row(ws, f"{context.campaign.name} · 关键节点执行表（{context.campaign.launch_at:%Y-%m-%d} 起）",
              len(HEADERS))
    header_row(ws, 2, HEADERS, [12, 12, 8, 12, 14, 48, 8, 14, 8, 26])
    incentives = by_node(context.store, context.campaign.id)
    copies = linked_copies(context.store, (node.copy_id for node in book.nodes))
    on_the_night = night_values(context)
    row = 3
    for node in book.nodes:
        first = row
        for beat in node.beats:
            put(ws, row, 1, node.name, font=LABEL_FONT)
            put(ws, row, 2, f"{node.at:%m-%d %H:%M}")
            put(ws, row, 3, node.owner)
            put(ws, row, 4, f"{beat.due:%m-%d %H:%M}")
            put(ws, row, 5, KIND_NAMES.get(beat.kind, beat.kind))
            text = fill(beat.text, on_the_night) if on_the_night and beat.state == "pending" \
                else beat.filled
            put(ws, row, 6, text)
            put(ws, row, 7, beat.wait_minutes)
            put(ws, row, 8, label(copies.get(node.copy_id)))
            put(ws, row, 9, STATE_NAMES.get(beat.state, beat.state) or "☐")
            put(ws, row, 10, "；".join(line.describe() for line in incentives.get(node.key, [])))
            ws.row_dimensions[row].height = row_height((text, 48))
            row += 1
        if row - first > 1:
            for column in (1, 2, 3, 8, 10):
                ws.merge_cells(start_row=first, start_column=column, end_row=row - 1, end_column=column)
    print_setup(ws)


def night_values(context: SheetContext) -> dict[str, object] | None:
    """Fill values with the slots left as a blank (also inside {reminder}) while nothing is
    sold; None once sales are recorded and the count is real."""
    values = dict(text_values(context.store, context.campaign.id, context.playbook))
    if values["remaining"] != values["quota"]:
        return None
    values["remaining"] = BLANK
    values["reminder"] = fill(context.playbook.section("groups")["reminder"], values)
    return values
