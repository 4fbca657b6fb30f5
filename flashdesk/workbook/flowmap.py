"""流程图: the campaign's flow map as one workbook page — a table of the steps (what each
holds, the review's number and the share that made it from the step before) above the map
itself, so the team sees the whole flow on one printed page."""

from __future__ import annotations

import math

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.workbook.cells import header_row, png_picture, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext, read_once

TITLE = "流程图"
IMAGE_WIDTH = 1140  # pixels: about the table's width as spreadsheet programs draw its 122 units
WIDTHS = [14, 84, 12, 12]


def _picture(flow):
    from flashdesk.flowmap.draw import WIDTH, render_image
    from flashdesk.posters.render import encoded

    image = render_image(flow, IMAGE_WIDTH / WIDTH)
    return png_picture(encoded(image), image.width(), image.height()), image.height()


def write(ws: Worksheet, context: SheetContext) -> None:
    from flashdesk.customers.followups import follow_ups
    from flashdesk.flowmap.graph import build
    from flashdesk.workbook.review.common import data_of

    flow = build(context.store, context.campaign.id, review=data_of(context),
                 follow=read_once(follow_ups, context.store, context.campaign.id))
    rates = flow.rates()
    title_row(ws, f"{context.campaign.name} · 流程图", len(WIDTHS))
    header_row(ws, 2, ["步骤", "内容", "人数", "上一步转化"], WIDTHS)
    for row, step in enumerate(flow.steps, start=3):
        nodes = [node.label + (f"（{node.detail}）" if node.detail else "") for node in step.nodes]
        put(ws, row, 1, step.title)
        content = " → ".join(nodes) if step.chain else "；".join(nodes)
        put(ws, row, 2, content)
        ws.row_dimensions[row].height = 16 * _lines(content, WIDTHS[1]) + 4
        put(ws, row, 3, step.figure if step.figure is not None else "")
        cell = put(ws, row, 4, rates[step.key] if step.key in rates else "",
                   number_format="0%" if step.key in rates else None)
        cell.alignment = Alignment(horizontal="right", vertical="top")
    below = 3 + len(flow.steps) + 1
    picture, height = _picture(flow)
    ws.add_image(picture, f"A{below}")
    for row in range(below, below + height // 20 + 2):
        ws.row_dimensions[row].height = 15  # 20 px: the picture spans a known number of rows
    print_setup(ws)
    ws.page_setup.fitToHeight = 1  # the table and the map on one page, as the team pins it up


def _lines(text: str, width: float) -> int:
    """Wrapped lines of a cell `width` units wide (a CJK character takes about 1.7)."""
    units = sum(1.7 if ord(ch) > 0x2E80 else 1 for ch in text)
    return max(1, math.ceil(units / (width - 2)))
