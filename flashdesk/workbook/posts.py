"""预热发布表: every warm-up post as a row — day, time, channel, stage, text, owner, status
and the results the team records once it is published (likes, comments, people taking
part). The calendar beside it (预热日历) is for reading; this list is for filling in, and
it reads back: a hidden 行标识 column keeps each row's post, rows the team adds become
posts."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.channels.rules import channel_rules
from flashdesk.channels.service import list_channels, list_posts
from flashdesk.imports import ID_TITLE
from flashdesk.workbook.cells import header_row, print_setup, put, title_row
from flashdesk.workbook.channels_calendar import STATUS_NAMES, day_title
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.groups import row_height
from flashdesk.workbook.identity import hide_column

TITLE = "预热发布表"
HEADERS = ["日期", "时间", "渠道", "阶段", "发布内容", "负责人", "状态", "点赞", "评论", "参与人数"]
WIDTHS = [13, 7, 16, 12, 44, 10, 9, 7, 7, 9]
FIELDS = {"日期": "day", "时间": "time_of_day", "渠道": "channel_id", "阶段": "stage", "发布内容": "title",
          "负责人": "owner", "状态": "status", "点赞": "likes", "评论": "comments", "参与人数": "participants"}


def write(ws: Worksheet, context: SheetContext) -> None:
    stages = channel_rules(context.playbook).stage_names()
    channels = {c.id: c.name for c in list_channels(context.store, context.campaign.id)}
    title_row(ws, f"{context.campaign.name} · 预热发布表（发布后填写点赞、评论、参与人数）", len(HEADERS))
    header_row(ws, 2, [*HEADERS, ID_TITLE], [*WIDTHS, 10])
    row = 2
    for row, post in enumerate(list_posts(context.store, context.campaign.id), start=3):
        values = [post.day, f"{post.time_of_day:%H:%M}" if post.time_of_day else "",
                  channels.get(post.channel_id, ""), stages.get(post.stage, post.stage), post.title,
                  post.owner, STATUS_NAMES.get(post.status, post.status), post.likes, post.comments,
                  post.participants, f"post:{post.id}"]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value, number_format="yyyy-mm-dd" if column == 1 else None)
        ws.row_dimensions[row].height = row_height((post.title, WIDTHS[4]))
    hide_column(ws, len(HEADERS) + 1)
    ws.auto_filter.ref = f"A2:{chr(ord('A') + len(HEADERS) - 1)}{max(row, 2)}"
    print_setup(ws, width=sum(WIDTHS))  # the hidden identity column is not printed


def readers(store, campaign) -> list:
    from flashdesk.i18n import translate
    from flashdesk.playbook import default_playbook, key_dates
    from flashdesk.workbook.readback import CellProblem, Sheet, choice_of, clock_of, count_of, day_of, text_of

    rules = channel_rules(default_playbook())
    stages = rules.stage_names()
    channels = {c.id: c.name for c in list_channels(store, campaign.id)}
    by_name = {name: key for key, name in channels.items()}
    dates = key_dates(campaign)

    def now() -> dict:
        return {p.id: (f"{p.day:%m-%d} {channels.get(p.channel_id, '')} {stages.get(p.stage, p.stage)}", {
            "日期": p.day, "时间": p.time_of_day, "渠道": channels.get(p.channel_id, ""), "阶段": p.stage,
            "发布内容": p.title, "负责人": p.owner, "状态": p.status, "点赞": p.likes, "评论": p.comments,
            "参与人数": p.participants}) for p in list_posts(store, campaign.id)}

    def parse(cells: dict) -> dict:
        channel = text_of(cells.get("渠道"))
        if channel not in by_name:
            raise CellProblem("渠道", translate("ReadBack", "{value!r} is not a channel of this campaign "
                                              "({known}); add it to 宣发规划表 first.").format(
                value=channel, known="、".join(by_name)))
        values = {"日期": day_of(cells.get("日期"), "日期", dates.launch_day.year),
                  "时间": clock_of(cells.get("时间"), "时间"), "渠道": channel,
                  "阶段": choice_of(cells.get("阶段"), "阶段", stages),
                  "发布内容": text_of(cells.get("发布内容")), "负责人": text_of(cells.get("负责人")),
                  "状态": choice_of(cells.get("状态"), "状态", STATUS_NAMES, default="planned")}
        for title in ("点赞", "评论", "参与人数"):
            values[title] = count_of(cells.get(title), title, optional=True)
        if values["状态"] != "published" and any(values[t] is not None for t in ("点赞", "评论", "参与人数")):
            raise CellProblem("状态", translate("ReadBack", "results are recorded for a published post; "
                                              "set the status to {published}.").format(
                published=STATUS_NAMES["published"]))
        if not dates.in_window(values["日期"]):
            raise CellProblem("日期", translate("ReadBack", "{day} is outside the campaign ({start} to "
                                              "{end}); check the month and day.").format(
                day=values["日期"].isoformat(), start=dates.warm_up_start.isoformat(),
                end=dates.group_close.isoformat()))
        return values

    def shown(column: str, value) -> str:
        if column == "阶段":
            return stages.get(value, value)
        if column == "状态":
            return STATUS_NAMES.get(value, value)
        if column == "日期":
            return day_title(value)
        return text_of(value) if not hasattr(value, "strftime") else f"{value:%H:%M}"

    def fields(values: dict) -> dict:
        return {FIELDS[c]: by_name[v] if c == "渠道" else v for c, v in values.items()}

    def apply(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.channels.service import read_back_posts

        read_back_posts(session, campaign_id, {key: fields(values) for key, values in updates.items()},
                        [fields(values) for values in additions], rules)

    return [Sheet(TITLE, "post", tuple(HEADERS), HEADERS[0], now, parse, apply,
                  label=lambda v: f"{v['日期']:%m-%d} {v['渠道']} {stages.get(v['阶段'], v['阶段'])}",
                  shown=shown)]
