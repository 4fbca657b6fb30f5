"""社群基础搭建SOP: the set-up SOP topics, then every group's set-up checklist with the
library copy each line uses (关联文案). The 完成 ticks of the checklists read back."""

from __future__ import annotations

from flashdesk.copies.links import label, linked_copies
from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup, GroupSetupItem, SetupSopItem
from flashdesk.groups.texts import fill
from flashdesk.imports import ID_TITLE
from flashdesk.workbook.cells import LABEL_FONT, header_row, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height, tick_of
from flashdesk.workbook.identity import hide_column

TITLE = "社群基础搭建SOP"
HEADERS = ["项目", "内容", "负责群", "完成", "关联文案"]
WIDTHS = [14, 70, 30, 8, 20]
ID_COLUMN = len(HEADERS) + 1  # hidden: the checklist line's identity


def write(ws, context: SheetContext) -> None:
    store, cid = context.store, context.campaign.id
    values = service.text_values(store, cid)
    title_row(ws, f"{context.campaign.name} · 社群基础搭建SOP", 5)
    header_row(ws, 2, HEADERS, WIDTHS)
    groups = [(group, service.setup_checklist(store, group.id))
              for group in service.rows(store, ChatGroup, cid)]
    copies = linked_copies(store, (item.copy_id for _g, items in groups for item in items))
    row = 3
    for item in service.rows(store, SetupSopItem, cid):
        text = fill(item.content, values)
        put(ws, row, 1, item.topic, font=LABEL_FONT)
        put(ws, row, 2, text)
        put(ws, row, 3, "全部群")
        put(ws, row, 4, "")
        put(ws, row, ID_COLUMN, f"sop:{item.id}", wrap=False)
        ws.row_dimensions[row].height = row_height((text, 70))
        row += 1
    for group, items in groups:
        values["number"] = group.position + 1
        for item in items:
            text = fill(item.text, values)
            put(ws, row, 1, item.title, font=LABEL_FONT)
            put(ws, row, 2, text)
            put(ws, row, 3, group.name)
            put(ws, row, 4, "✓" if item.done else "☐")
            put(ws, row, 5, label(copies.get(item.copy_id)))
            put(ws, row, ID_COLUMN, f"setup:{item.id}", wrap=False)
            ws.row_dimensions[row].height = row_height((text, 70), (group.name, 30),
                                                       (label(copies.get(item.copy_id)), 20))
            row += 1
    put(ws, 2, ID_COLUMN, ID_TITLE)
    hide_column(ws, ID_COLUMN)
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity column is not printed


def readers(store, campaign) -> list:
    from flashdesk.i18n import translate
    from flashdesk.workbook.readback import Sheet

    def now() -> dict:
        return {item.id: (f"{group.name} · {item.title}", {"完成": item.done})
                for group in service.rows(store, ChatGroup, campaign.id)
                for item in service.setup_checklist(store, group.id)}

    def apply(session, campaign_id: int, updates: dict, _additions: list) -> None:
        from flashdesk.groups.service import read_back

        read_back(session, campaign_id, GroupSetupItem,
                  {key: {"done": values["完成"]} for key, values in updates.items()})

    return [Sheet(TITLE, "setup", ("完成",), "项目", now, lambda cells: {"完成": tick_of(cells.get("完成"), "完成")},
                  apply, adds=False, adds_why=translate(
                      "ReadBack", "a line added to this sheet is not read back; add set-up steps in the "
                      "app's Groups tab."))]
