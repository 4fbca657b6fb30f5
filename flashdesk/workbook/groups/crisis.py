"""危机预案: risk → response → owner."""

from __future__ import annotations

from flashdesk.groups import service
from flashdesk.groups.tables import CrisisPlan
from flashdesk.workbook.cells import LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height

TITLE = "危机预案"


def write(ws, context: SheetContext) -> None:
    title_row(ws, f"{context.campaign.name} · 危机预案", 4)
    header_row(ws, 2, ["序号", "风险", "应对", "负责人"], [6, 30, 70, 12])
    for row, plan in enumerate(service.rows(context.store, CrisisPlan, context.campaign.id), start=3):
        put(ws, row, 1, row - 2)
        put(ws, row, 2, plan.risk, font=LABEL_FONT)
        put(ws, row, 3, plan.response)
        put(ws, row, 4, plan.owner)
        ws.row_dimensions[row].height = row_height((plan.risk, 30), (plan.response, 70))
    print_setup(ws)
