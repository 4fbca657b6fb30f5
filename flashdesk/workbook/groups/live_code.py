"""群活码: the live code the posters carry, the quota, and the groups behind it in rotation
order with capacity, members, QR expiry and state."""

from __future__ import annotations

from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup
from flashdesk.workbook.cells import LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import STATE_NAMES, row_height

TITLE = "群活码"
HEADERS = ["轮换顺序", "群名", "二维码内容", "容量", "成员数", "二维码生成", "二维码过期", "状态"]


def write(ws, context: SheetContext) -> None:
    store, cid = context.store, context.campaign.id
    quota = service.quota(store, cid)
    title_row(ws, f"{context.campaign.name} · 群活码", len(HEADERS))
    put(ws, 2, 1, "群活码链接", font=LABEL_FONT)
    put(ws, 2, 2, service.live_code(store, cid) or "（未设置）")
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=len(HEADERS))
    put(ws, 3, 1, "名额", font=LABEL_FONT)
    put(ws, 3, 2, f"限量 {quota.quota} · 已售 {quota.sold} · 剩余 {quota.remaining}")
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=len(HEADERS))
    header_row(ws, 4, HEADERS, [10, 30, 44, 8, 8, 17, 17, 9])
    for row, group in enumerate(service.rows(store, ChatGroup, cid), start=5):
        for column, value in enumerate((row - 4, group.name, group.qr_payload, group.capacity,
                                        group.members, group.created_on, group.expires_at,
                                        STATE_NAMES.get(group.state, group.state)), start=1):
            put(ws, row, column, value)
        ws.row_dimensions[row].height = row_height((group.name, 30), (group.qr_payload, 44))
    print_setup(ws)
