"""关键节点执行表: every group day node by node — time, owner, each beat to send with its due
time and wait, the linked copy, a box to tick, and the node's red packets and draws. The
slots left are known only on the night: until a sale is recorded, a beat still to send shows
{remaining} as a blank to fill in, not the full quota. What the team fills in reads back:
each beat's tick (完成) and wait, and each node's time and owner (hidden columns keep the
beat's and the node's identity)."""

from __future__ import annotations

from flashdesk.copies.links import label, linked_copies
from flashdesk.groups.incentive_plan import by_node
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.service import text_values
from flashdesk.groups.texts import fill
from flashdesk.imports import ID_TITLE
from flashdesk.workbook.cells import LABEL_FONT, header_row, keep_together, merge, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext, read_once
from flashdesk.workbook.groups import KIND_NAMES, STATE_NAMES, row_height
from flashdesk.workbook.identity import hide_column

TITLE = "关键节点执行表"
BLANK = "____"
NODE_ID = "节点标识"
HEADERS = ["关键节点", "时间", "负责人", "到点", "节拍", "发送内容", "等待(分)", "关联文案", "完成",
           "红包/抽奖"]
WIDTHS = [12, 12, 8, 12, 14, 48, 8, 14, 8, 26]
BEAT_COLUMN = len(HEADERS) + 1  # hidden: the beat's identity, then the node's (first beat only)


def write(ws, context: SheetContext) -> None:
    book = read_once(load_runbook, context.store, context.campaign.id)  # the bundled playbook's, as context.playbook
    title_row(ws, f"{context.campaign.name} · 关键节点执行表（{context.campaign.launch_at:%Y-%m-%d} 起）",
              len(HEADERS))
    header_row(ws, 2, HEADERS, WIDTHS)
    incentives = by_node(context.store, context.campaign.id)
    copies = linked_copies(context.store, (node.copy_id for node in book.nodes))
    on_the_night = night_values(context)
    row = 3
    nodes = []  # each node's (first row, last row), kept on one printed page
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
            put(ws, row, BEAT_COLUMN, f"beat:{beat.id}", wrap=False)
            if row == first:
                put(ws, row, BEAT_COLUMN + 1, f"node:{node.id}", wrap=False)
            ws.row_dimensions[row].height = row_height((text, 48))
            row += 1
        if row - first > 1:
            for column in (1, 2, 3, 8, 10):
                merge(ws, first, column, row - 1, column)
        nodes.append((first, row - 1))
    put(ws, 2, BEAT_COLUMN, ID_TITLE)
    put(ws, 2, BEAT_COLUMN + 1, NODE_ID)
    hide_column(ws, BEAT_COLUMN)
    hide_column(ws, BEAT_COLUMN + 1)
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity columns are not printed
    keep_together(ws, nodes, width=sum(WIDTHS))


def night_values(context: SheetContext) -> dict[str, object] | None:
    """Fill values with the slots left as a blank (also inside {reminder}) while nothing is
    sold; None once sales are recorded and the count is real."""
    values = dict(text_values(context.store, context.campaign.id, context.playbook))
    if values["remaining"] != values["quota"]:
        return None
    values["remaining"] = BLANK
    values["reminder"] = fill(context.playbook.section("groups")["reminder"], values)
    return values


BEAT_STATES = {"done": STATE_NAMES["done"], "skipped": STATE_NAMES["skipped"], "pending": "☐"}


def readers(store, campaign) -> list:
    from flashdesk.groups.tables import KeyNode, NodeBeat
    from flashdesk.i18n import translate
    from flashdesk.workbook.groups import tick_of
    from flashdesk.workbook.readback import CellProblem, Sheet, count_of, moment_of, text_of

    book = read_once(load_runbook, store, campaign.id)
    year = campaign.launch_at.year

    def beats() -> dict:
        return {beat.id: (f"{node.name} · {KIND_NAMES.get(beat.kind, beat.kind)}",
                          {"等待(分)": beat.wait_minutes, "完成": beat.state})
                for node in book.nodes for beat in node.beats}

    def nodes() -> dict:
        return {node.id: (node.name, {"时间": node.at, "负责人": node.owner}) for node in book.nodes}

    def state_of(value) -> str:
        text = text_of(value)
        if text in ("跳过", "skipped", "skip", "略过"):
            return "skipped"
        try:
            return "done" if tick_of(value, "完成") else "pending"
        except CellProblem:
            raise CellProblem("完成", translate("ReadBack", "{value!r} is not a tick; write ✓ when the beat "
                                              "was sent, 跳过 when it was skipped, or leave ☐.").format(
                value=text)) from None

    def parse_beat(cells: dict) -> dict:
        return {"等待(分)": count_of(cells.get("等待(分)"), "等待(分)", high=180),
                "完成": state_of(cells.get("完成"))}

    def parse_node(cells: dict) -> dict:
        return {"时间": moment_of(cells.get("时间"), "时间", year), "负责人": text_of(cells.get("负责人"))}

    def apply_beats(session, campaign_id: int, updates: dict, _additions: list) -> None:
        from flashdesk.groups.service import read_back

        read_back(session, campaign_id, NodeBeat, {key: {"wait_minutes" if c == "等待(分)" else "state": v
                                                         for c, v in values.items()}
                                                   for key, values in updates.items()})

    def apply_nodes(session, campaign_id: int, updates: dict, _additions: list) -> None:
        from flashdesk.groups.service import read_back

        read_back(session, campaign_id, KeyNode, {key: {"at" if c == "时间" else "owner": v
                                                        for c, v in values.items()}
                                                  for key, values in updates.items()})

    def shown(column: str, value) -> str:
        if column == "完成":
            return BEAT_STATES.get(value, value)
        if column == "时间":
            return f"{value:%m-%d %H:%M}"
        return text_of(value)

    return [Sheet(TITLE, "beat", ("等待(分)", "完成"), HEADERS[0], beats, parse_beat, apply_beats,
                  adds=False, shown=shown, adds_why=translate(
                      "ReadBack", "a line added to the runbook is not read back; add beats in the app's "
                      "runbook.")),
            Sheet(TITLE, "node", ("时间", "负责人"), HEADERS[0], nodes, parse_node, apply_nodes,
                  id_title=NODE_ID, adds=None, shown=shown)]
