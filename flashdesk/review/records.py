"""The four kinds of recorded numbers (daily groups, channel days, copies, materials) as
data: their columns, natural keys and workbook sheet titles, and the parsing of one row of
raw values (typed in a table, pasted from Excel or read from a workbook) into checked values.
A bad value raises RecordError naming where it came from, the row and the column."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.playbook import KeyDates
from flashdesk.review.tables import ReviewChannelDay, ReviewCopy, ReviewDaily, ReviewMaterial

MATERIAL_KINDS = ("poster", "video", "article")
MATERIAL_KIND_ZH = {"poster": "海报", "video": "视频", "article": "文章"}


@dataclass(frozen=True)
class Column:
    key: str
    heading: str  # the workbook header (Chinese, as teams read it)
    type: str  # day | optday | text | name | count | money | kind


@dataclass(frozen=True)
class Kind:
    name: str
    table: type
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    sheet: str
    links: tuple[str, ...] = ()  # ids kept with a row but never typed, pasted or imported

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def key_of(self, row: Mapping[str, Any]) -> tuple:
        return tuple(row[k] for k in self.key)


KINDS: dict[str, Kind] = {
    kind.name: kind for kind in (
        Kind("daily", ReviewDaily, (
            Column("day", "日期", "day"), Column("group_label", "群", "text"),
            Column("members", "群成员", "count"), Column("active", "活跃成员", "count"),
            Column("orders", "订单", "count"), Column("revenue", "销售额（元）", "money"),
        ), ("day", "group_label"), "复盘数据-每日"),
        Kind("channels", ReviewChannelDay, (
            Column("day", "日期", "day"), Column("channel", "渠道", "name"),
            Column("actions", "动作次数", "count"), Column("participants", "参与人数", "count"),
        ), ("day", "channel"), "复盘数据-渠道"),
        Kind("copies", ReviewCopy, (
            Column("title", "文案", "name"), Column("used_on", "使用日期", "optday"),
            Column("participants", "使用后参与人数", "count"),
        ), ("title",), "复盘数据-文案", links=("copy_id",)),
        Kind("materials", ReviewMaterial, (
            Column("name", "素材", "name"), Column("kind", "类型", "kind"),
            Column("shares", "转发", "count"), Column("likes", "点赞", "count"),
            Column("comments", "评论", "count"), Column("reads", "阅读", "count"),
        ), ("name",), "复盘数据-素材"),
    )
}


def kind_title(name: str) -> str:
    """The translated name of a kind of records, as the tab shows it."""
    titles = {
        "daily": translate("ReviewRecords", "Daily numbers"),
        "channels": translate("ReviewRecords", "Channels"),
        "copies": translate("ReviewRecords", "Copies"),
        "materials": translate("ReviewRecords", "Materials"),
    }
    return titles[name]


def column_label(key: str) -> str:
    labels = {
        "day": translate("ReviewRecords", "Day"),
        "group_label": translate("ReviewRecords", "Group"),
        "members": translate("ReviewRecords", "Members"),
        "active": translate("ReviewRecords", "Active"),
        "orders": translate("ReviewRecords", "Orders"),
        "revenue": translate("ReviewRecords", "Revenue (yuan)"),
        "channel": translate("ReviewRecords", "Channel"),
        "actions": translate("ReviewRecords", "Actions"),
        "participants": translate("ReviewRecords", "Participants"),
        "title": translate("ReviewRecords", "Copy"),
        "used_on": translate("ReviewRecords", "Used on"),
        "name": translate("ReviewRecords", "Material"),
        "kind": translate("ReviewRecords", "Type"),
        "shares": translate("ReviewRecords", "Shares"),
        "likes": translate("ReviewRecords", "Likes"),
        "comments": translate("ReviewRecords", "Comments"),
        "reads": translate("ReviewRecords", "Reads"),
    }
    return labels[key]


def material_kind_label(kind: str) -> str:
    labels = {"poster": translate("ReviewRecords", "poster"),
              "video": translate("ReviewRecords", "video"),
              "article": translate("ReviewRecords", "article")}
    return labels.get(kind, kind)


class RecordError(UserError):
    """One bad value: `where` (a sheet or table), `row` (as the operator counts it) and
    `column` (its heading) say where."""

    def __init__(self, where: str, row: int, column: str, problem: str):
        super().__init__(translate("ReviewRecords", "{where}, row {row}, column {column}: {problem} "
                                   "Nothing was saved.")
                         .format(where=where, row=row, column=column, problem=problem))
        self.where, self.row, self.column, self.problem = where, row, column, problem


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:\d{1,2}:\d{2}(:\d{2})?)?\s*$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_day(value: Any) -> date | None:
    """A day from a date, a datetime or text such as 2026-06-18, 2026/6/18 or 2026年6月18日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _DATE.match(value)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def parse_number(value: Any) -> float | None:
    """A number from an int/float or text like "1,234" or "1 234.5"; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "").replace(" ", "").replace("¥", "")
        if _NUMBER.match(text):
            return float(text)
    return None


def _kind_value(value: Any) -> str | None:
    text = str(value).strip().lower()
    for key, zh in MATERIAL_KIND_ZH.items():
        if text in (key, zh, material_kind_label(key).lower()):
            return key
    return None


@dataclass(frozen=True)
class Source:
    """Where raw rows come from, so errors can name it: a sheet or table, how its rows are
    numbered (`first_row` is the number of the first data row) and each column's heading."""

    where: str
    first_row: int = 1
    headings: Mapping[str, str] | None = None

    def heading(self, kind: Kind, key: str) -> str:
        if self.headings and key in self.headings:
            return self.headings[key]
        return column_label(key)


def parse_row(kind: Kind, raw: Mapping[str, Any], dates: KeyDates, source: Source,
              row: int) -> dict[str, Any] | None:
    """Checked values of one row, or None when the row is wholly blank."""
    if all(_blank(raw.get(c.key)) for c in kind.columns):
        return None
    values: dict[str, Any] = {}

    def fail(key: str, problem: str):
        raise RecordError(source.where, row, source.heading(kind, key), problem)

    for column in kind.columns:
        value = raw.get(column.key)
        if column.type in ("day", "optday"):
            if _blank(value):
                if column.type == "day":
                    fail(column.key, translate("ReviewRecords", "the day is missing."))
                values[column.key] = None
                continue
            day = parse_day(value)
            if day is None:
                fail(column.key, translate("ReviewRecords", "{value!r} is not a date; write it "
                                           "like 2026-06-18.").format(value=str(value)))
            if not dates.in_window(day):
                fail(column.key, translate(
                    "ReviewRecords", "{day} is outside the campaign ({start} to {end}); check "
                    "the year and month.").format(day=day.isoformat(),
                                                  start=dates.warm_up_start.isoformat(),
                                                  end=dates.group_close.isoformat()))
            values[column.key] = day
        elif column.type in ("text", "name"):
            text = "" if _blank(value) else str(value).strip()
            if isinstance(value, float) and value.is_integer():
                text = str(int(value))  # "1" read back from Excel as 1.0
            if column.type == "name" and not text:
                fail(column.key, translate("ReviewRecords", "the name is missing."))
            if len(text) > 200:
                fail(column.key, translate("ReviewRecords", "is longer than 200 characters."))
            values[column.key] = text
        elif column.type == "kind":
            kind_value = "poster" if _blank(value) else _kind_value(value)
            if kind_value is None:
                fail(column.key, translate("ReviewRecords", "{value!r} is not a material type; "
                                           "use poster, video or article (海报, 视频, 文章).")
                     .format(value=str(value)))
            values[column.key] = kind_value
        else:
            number = 0.0 if _blank(value) else parse_number(value)
            if number is None:
                fail(column.key, translate("ReviewRecords", "{value!r} is text; a number is "
                                           "needed here.").format(value=str(value)))
            if number < 0:
                fail(column.key, translate("ReviewRecords", "{value} is negative; counts and "
                                           "amounts start at 0.").format(value=_plain(number)))
            if column.type == "count":
                if not number.is_integer():
                    fail(column.key, translate("ReviewRecords", "{value} is not a whole number.")
                         .format(value=_plain(number)))
                values[column.key] = int(number)
            else:
                values[column.key] = round(number, 2)
    if kind.name == "daily" and values["active"] > values["members"]:
        fail("active", translate("ReviewRecords", "{active} active members but only {members} "
                                 "members; active members are part of the members.")
             .format(active=values["active"], members=values["members"]))
    return values


def _plain(number: float) -> str:
    return str(int(number)) if number.is_integer() else str(number)


def rows_from_sequences(kind: Kind, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Rows of cells in the kind's column order (as pasted from Excel) to mappings."""
    keys = [c.key for c in kind.columns]
    return [dict(zip(keys, list(row) + [None] * (len(keys) - len(row)))) for row in rows]


def key_text(kind: Kind, row: Mapping[str, Any]) -> str:
    """A row's key as the operator reads it, e.g. "2026-06-18 · 1群"."""
    parts = []
    for key in kind.key:
        value = row[key]
        parts.append(value.isoformat() if isinstance(value, date) else str(value or "—"))
    return " · ".join(parts)
