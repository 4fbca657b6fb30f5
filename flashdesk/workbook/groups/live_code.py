"""群活码: the live code the posters carry, the quota, and the groups behind it in rotation
order with capacity, members, QR expiry and state. The live code link and the group rows
read back (the team updates member counts, names, QR contents); a row the team adds is a
new group, with its set-up checklist."""

from __future__ import annotations

from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup
from flashdesk.imports import ID_TITLE
from flashdesk.workbook.cells import LABEL_FONT, header_row, merge, print_setup, put, title_row
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import STATE_NAMES, row_height
from flashdesk.workbook.identity import hide_column

TITLE = "群活码"
LINK, UNSET = "群活码链接", "（未设置）"
HEADERS = ["轮换顺序", "群名", "二维码内容", "容量", "成员数", "二维码生成", "二维码过期", "状态"]
WIDTHS = [10, 30, 44, 8, 8, 17, 17, 9]


def write(ws, context: SheetContext) -> None:
    store, cid = context.store, context.campaign.id
    quota = service.quota(store, cid)
    title_row(ws, f"{context.campaign.name} · 群活码", len(HEADERS))
    put(ws, 2, 1, LINK, font=LABEL_FONT)
    put(ws, 2, 2, service.live_code(store, cid) or UNSET)
    merge(ws, 2, 2, 2, len(HEADERS))
    put(ws, 3, 1, "名额", font=LABEL_FONT)
    put(ws, 3, 2, f"限量 {quota.quota} · 已售 {quota.sold} · 剩余 {quota.remaining}")
    merge(ws, 3, 2, 3, len(HEADERS))
    header_row(ws, 4, HEADERS, WIDTHS)
    for row, group in enumerate(service.rows(store, ChatGroup, cid), start=5):
        for column, value in enumerate((row - 4, group.name, group.qr_payload, group.capacity,
                                        group.members, group.created_on, group.expires_at,
                                        STATE_NAMES.get(group.state, group.state)), start=1):
            put(ws, row, column, value)
        put(ws, row, len(HEADERS) + 1, f"group:{group.id}", wrap=False)
        ws.row_dimensions[row].height = row_height((group.name, 30), (group.qr_payload, 44))
    put(ws, 4, len(HEADERS) + 1, ID_TITLE)
    hide_column(ws, len(HEADERS) + 1)
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity column is not printed


FIELDS = {"群名": "name", "二维码内容": "qr_payload", "容量": "capacity", "成员数": "members",
          "二维码过期": "expires_at", "状态": "state"}
STATES = {k: v for k, v in STATE_NAMES.items() if k in ("open", "full", "closed")}


def readers(store, campaign) -> list:
    from flashdesk.i18n import translate
    from flashdesk.imports import RowId
    from flashdesk.workbook.readback import (
        CellProblem,
        Record,
        Sheet,
        choice_of,
        count_of,
        moment_of,
        text_of,
    )

    year = campaign.launch_at.year

    def groups() -> dict:
        return {g.id: (g.name, {"群名": g.name, "二维码内容": g.qr_payload, "容量": g.capacity,
                                "成员数": g.members, "二维码过期": g.expires_at, "状态": g.state})
                for g in service.rows(store, ChatGroup, campaign.id)}

    def parse(cells: dict) -> dict:
        name = text_of(cells.get("群名"))
        if not name:
            raise CellProblem("群名", translate("ReadBack", "the group has no name; give it one."))
        values = {"群名": name, "二维码内容": text_of(cells.get("二维码内容")),
                  "容量": count_of(cells.get("容量"), "容量", high=100_000) or 200,
                  "成员数": count_of(cells.get("成员数"), "成员数", high=100_000),
                  "二维码过期": moment_of(cells.get("二维码过期"), "二维码过期", year, optional=True),
                  "状态": choice_of(cells.get("状态"), "状态", STATES, default="open")}
        if values["成员数"] > values["容量"]:
            raise CellProblem("成员数", translate("ReadBack", "{members} members is more than the group's "
                                               "capacity of {capacity}.").format(
                members=values["成员数"], capacity=values["容量"]))
        if values["二维码过期"] is None:
            values.pop("二维码过期")
        return values

    def apply_groups(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.groups.service import add_group_in, read_back

        read_back(session, campaign_id, ChatGroup,
                  {key: {FIELDS[c]: v for c, v in values.items()} for key, values in updates.items()})
        for values in additions:
            fields = {FIELDS[c]: v for c, v in values.items()}
            add_group_in(session, campaign_id, name=fields.pop("name"), qr_payload=fields.pop("qr_payload"),
                         **fields)

    def link() -> dict:
        return {campaign.id: (LINK, {LINK: service.live_code(store, campaign.id)})}

    def link_records(ws) -> list:
        for number, row in enumerate(ws.iter_rows(max_row=10, max_col=3, values_only=True), start=1):
            if row and text_of(row[0]) == LINK:
                return [Record(number, RowId("live_code", campaign.id, ""), {LINK: row[1] if len(row) > 1 else None})]
        return []

    def parse_link(cells: dict) -> dict:
        text = text_of(cells.get(LINK))
        return {LINK: "" if text == UNSET else text}

    def apply_link(session, campaign_id: int, updates: dict, _additions: list) -> None:
        from flashdesk.groups.service import set_live_code_in

        for values in updates.values():
            set_live_code_in(session, campaign_id, values[LINK])

    state_shown = {**STATES}
    return [Sheet(TITLE, "live_code", (LINK,), LINK, link, parse_link, apply_link, records=link_records,
                  adds=None),
            Sheet(TITLE, "group", tuple(FIELDS), HEADERS[1], groups, parse, apply_groups,
                  label=lambda values: values["群名"],
                  shown=lambda c, v: state_shown.get(v, v) if c == "状态" else text_of(v))]
