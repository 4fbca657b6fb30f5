"""甘特图: the task table with predecessors written like "3FS+2h", and the bars drawn as
filled cells on a time grid — by the hour on launch day, by the day elsewhere. The table
part is read back by flashdesk.tasks.transfer (the team edits it, FlashDesk imports it)."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.imports import ID_TITLE, row_id
from flashdesk.tasks.posts import post_labels
from flashdesk.tasks.service import load_board
from flashdesk.tasks.timeref import format_lag, format_predecessor, parse_predecessors, parse_signed_duration
from flashdesk.tasks.transfer import (
    COLUMNS,
    HEADER_ROW,
    SHEET_TITLE,
    STATUS_NAMES,
    compared,
    phase_names,
)
from flashdesk.workbook.cells import (
    BODY_FONT,
    CENTER,
    FONT_NAME,
    GRID,
    HEADER_FILL,
    HEADER_FONT,
    print_setup,
    put,
    restyle,
    title_row,
)
from flashdesk.workbook.channels import LINE_HEIGHT, lines_needed
from flashdesk.workbook.export import SheetContext, read_once
from flashdesk.workbook.identity import hide_column

TITLE = SHEET_TITLE
WIDTHS = [6, 34, 10, 10, 15, 15, 15, 7, 8, 14, 30]
PHASE_FILLS = {"warm_up": "F5B041", "entry": "5DADE2", "launch": "EC7063", "close": "AF7AC5",
               "follow_up": "48C9B0", "review": "99A3A4"}
BAR_FILLS = {phase: PatternFill("solid", fgColor=colour) for phase, colour in PHASE_FILLS.items()}
OTHER_BAR = PatternFill("solid", fgColor="85929E")
ID_COLUMN = len(COLUMNS) + 1  # hidden: the row's identity (workbook/identity.py)
FIRST_GRID = ID_COLUMN + 1
SMALL = Font(name=FONT_NAME, size=8)
WRAPPED = (2, 11)  # task name and the post it carries out: long texts wrap, never cut
DAY_LABEL_HEIGHT = 48  # points: room for 06月D-6 or 06月发售日 turned upright
UPRIGHT = Alignment(horizontal="center", vertical="bottom", text_rotation=90)
LAUNCH_DAY_FILL, DAY_FILL = PatternFill("solid", fgColor="FAD7A0"), PatternFill("solid", fgColor="F2F3F4")


def grid_slots(first: date, last: date, launch_day: date) -> list[tuple[datetime, datetime, str]]:
    """(start, end, label) of each grid column: a day, or an hour on launch day."""
    slots = []
    day = first
    while day <= last:
        midnight = datetime.combine(day, time())
        if day == launch_day:
            slots += [(midnight + timedelta(hours=h), midnight + timedelta(hours=h + 1), f"{h:02d}")
                      for h in range(24)]
        else:
            slots.append((midnight, midnight + timedelta(days=1), f"{day:%d}"))
        day += timedelta(days=1)
    return slots


def write(ws: Worksheet, context: SheetContext) -> None:
    board = read_once(load_board, context.store, context.campaign.id)
    names = phase_names(context.playbook)
    roles = {r.id: r.name for r in board.roles}
    posts = post_labels(context.store, context.campaign.id)
    number = {t.id: i for i, t in enumerate(board.tasks, start=1)}
    incoming: dict[int, list] = {}
    for link in board.links:
        incoming.setdefault(link.successor_id, []).append(link)
    launch_day = context.campaign.launch_at.date()
    if board.tasks:
        first = min(min(t.start for t in board.tasks).date(), launch_day)
        last = max(max(t.end for t in board.tasks).date(), launch_day)
    else:
        first = last = launch_day
    slots = grid_slots(first, last, launch_day)
    title_row(ws, f"{context.campaign.name} · 甘特图（发售日按小时，其余按天）", len(COLUMNS))

    for column, (title, width) in enumerate(zip(COLUMNS, WIDTHS), start=1):
        restyle(put(ws, HEADER_ROW, column, title, font=HEADER_FONT), fill=HEADER_FILL, alignment=CENTER)
        ws.column_dimensions[get_column_letter(column)].width = width
    put(ws, HEADER_ROW, ID_COLUMN, ID_TITLE, font=SMALL)
    hide_column(ws, ID_COLUMN)
    previous_month = None
    for offset, (start, _end, label) in enumerate(slots):
        column = FIRST_GRID + offset
        ws.column_dimensions[get_column_letter(column)].width = 3.2
        if start.time() == time() or offset == 0:
            day_offset = (start.date() - launch_day).days
            month = f"{start:%m}" if start.strftime("%m") != previous_month else ""
            previous_month = start.strftime("%m")
            top = put(ws, HEADER_ROW - 1, column, (f"{month}月" if month else "")
                      + ("发售日" if day_offset == 0 else f"D{day_offset:+d}"), font=SMALL, wrap=False)
            # upright, a label such as 06月D-6 would run into the next day's column and be cut
            restyle(top, alignment=UPRIGHT)
        restyle(put(ws, HEADER_ROW, column, label, font=SMALL),
                fill=LAUNCH_DAY_FILL if start.date() == launch_day else DAY_FILL, alignment=CENTER)

    for row, task in enumerate(board.tasks, start=HEADER_ROW + 1):
        links = sorted(incoming.get(task.id, []), key=lambda k: number[k.predecessor_id])
        values = [number[task.id], ("◆ " if task.milestone else "") + task.name,
                  names.get(task.phase, task.phase), roles.get(task.role_id, ""), task.start,
                  task.end, task.deadline, task.progress / 100, STATUS_NAMES.get(task.status, task.status),
                  "; ".join(format_predecessor(number[k.predecessor_id], k.kind, k.lag_minutes)
                            for k in links), posts.get(task.post_id, "")]
        for column, value in enumerate(values, start=1):
            put(ws, row, column, value, wrap=column in WRAPPED,
                number_format="0%" if column == 8 else None)
        put(ws, row, ID_COLUMN, row_id("task", task.id, compared(task)), font=SMALL, wrap=False)
        ws.row_dimensions[row].height = LINE_HEIGHT * max(
            lines_needed(str(values[column - 1]), WIDTHS[column - 1]) for column in WRAPPED)
        fill = BAR_FILLS.get(task.phase, OTHER_BAR)
        for offset, (start, end, _label) in enumerate(slots):
            cell = ws.cell(row=row, column=FIRST_GRID + offset)
            if task.milestone:
                if start <= task.start < end:
                    cell.value = "◆"
                    restyle(cell, border=GRID, font=BODY_FONT, alignment=CENTER)
                else:
                    restyle(cell, border=GRID)
            elif task.start < end and task.end > start:
                restyle(cell, border=GRID, fill=fill)
            else:
                restyle(cell, border=GRID)
    ws.row_dimensions[HEADER_ROW - 1].height = DAY_LABEL_HEIGHT
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIRST_GRID)
    ws.print_title_rows = f"{HEADER_ROW - 1}:{HEADER_ROW}"
    ws.print_title_cols = "A:B"
    print_setup(ws)
    ws.page_setup.fitToWidth = max(1, (len(COLUMNS) + len(slots)) // 60 + 1)


PREDECESSORS = COLUMNS[9]
READ_COLUMNS = ("任务", "阶段", "负责人", "开始", "结束", "截止", "进度", "状态", PREDECESSORS)
_NAMED = re.compile(r"^(.+?)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d+(?:d|h|m|min)[\dhm]*))?$", re.IGNORECASE)


def readers(store, campaign) -> list:
    """The 甘特图 table as it reads back: each task's cells, and its predecessors by the
    rows' numbers (序号) or the tasks' names; a loop among them is refused."""
    from flashdesk.i18n import translate
    from flashdesk.imports import ID_TITLE, parse_row_id
    from flashdesk.playbook import default_playbook
    from flashdesk.tasks.transfer import STATUS_KEYS, campaign_maps
    from flashdesk.workbook.readback import (
        CellProblem,
        Record,
        Sheet,
        Unreadable,
        choice_of,
        moment_of,
        sheet_rows,
        show,
        text_of,
    )

    roles, phases = campaign_maps(store, campaign.id)
    phase_shown = phase_names(default_playbook())
    year = campaign.launch_at.year
    board = read_once(load_board, store, campaign.id)
    role_names = {r.id: r.name for r in board.roles}
    names = {t.id: t.name for t in board.tasks}
    numbers: dict[int, str] = {}  # the workbook's 序号 → its row's key ("12", or "r40" for a new row)
    by_name: dict[str, str] = {}

    def now() -> dict:
        incoming: dict[int, list] = {}
        for link in board.links:
            incoming.setdefault(link.successor_id, []).append(
                f"{link.predecessor_id}{link.kind}{link.lag_minutes:+d}")
        return {t.id: (t.name, {
            "任务": ("◆ " if t.milestone else "") + t.name, "阶段": t.phase,
            "负责人": role_names.get(t.role_id, ""), "开始": t.start, "结束": t.end, "截止": t.deadline,
            "进度": t.progress, "状态": t.status, PREDECESSORS: tuple(sorted(incoming.get(t.id, [])))})
            for t in board.tasks}

    def records(ws) -> list:
        header, positions, rows = sheet_rows(ws, COLUMNS[1])
        found = []
        for number, row in enumerate(rows, start=header + 1):
            def cell(title):
                return row[positions[title]] if title in positions and positions[title] < len(row) else None
            cells = {c: cell(c) for c in READ_COLUMNS}
            if not any(text_of(v) for k, v in cells.items()):
                continue
            identity = parse_row_id(cell(ID_TITLE))
            key = str(identity.id) if identity is not None and identity.kind == "task" \
                and str(identity.id) not in numbers.values() else f"r{number}"
            serial = text_of(cell(COLUMNS[0]))
            if serial.isdigit():
                numbers.setdefault(int(serial), key)
            by_name.setdefault(text_of(cells["任务"]).lstrip("◆ ").strip(), key)
            cells["_row"] = key
            found.append(Record(number, identity, cells))
        return found

    def predecessors(value) -> tuple:
        refs = []
        for part in re.split(r"[;,，；、\n]", text_of(value)):
            part = part.strip()
            if not part:
                continue
            try:
                (ref,) = parse_predecessors(part)
                key = numbers.get(ref.row)
                if key is None:
                    raise CellProblem(PREDECESSORS, translate(
                        "ReadBack", "{part!r}: no row of the table has the number {number}; write "
                        "the number (序号) or the name of a task of this sheet.").format(
                            part=part, number=ref.row))
                kind, lag = ref.kind, ref.lag
            except ValueError:
                match = _NAMED.match(part)
                key = by_name.get(match.group(1).strip()) if match else None
                if key is None:
                    raise CellProblem(PREDECESSORS, translate(
                        "ReadBack", "{part!r} is neither a row number (序号) nor the name of a task of "
                        "this sheet; write e.g. 3FS+2h or 开箱视频FS.").format(part=part)) from None
                kind = (match.group(2) or "FS").upper()
                lag = parse_signed_duration(match.group(3), match.group(4)) if match.group(4) else 0
            refs.append(f"{key}{kind}{lag:+d}")
        return tuple(sorted(set(refs)))

    def parse(cells: dict) -> dict:
        name = text_of(cells.get("任务"))
        if not name.lstrip("◆ ").strip():
            raise CellProblem("任务", translate("ReadBack", "the task has no name; give it one."))
        owner = text_of(cells.get("负责人"))
        if owner and owner not in roles:
            raise CellProblem("负责人", translate("ReadBack", "{owner!r} is not an owner of this "
                                               "campaign ({known}).").format(owner=owner, known="、".join(roles)))
        start = moment_of(cells.get("开始"), "开始", year)
        end = moment_of(cells.get("结束"), "结束", year, optional=True) or start
        deadline = moment_of(cells.get("截止"), "截止", year, optional=True)
        for title, moment in (("开始", start), ("结束", end), ("截止", deadline)):
            if moment is not None and abs(moment.year - year) > 1:
                raise CellProblem(title, translate("ReadBack", "{value:%Y-%m-%d} is far from the campaign "
                                                   "({year}); check the year.").format(value=moment, year=year))
        if end < start:
            raise CellProblem("结束", translate("ReadBack", "ends before it starts; give a later end."))
        return {"任务": name if not name.startswith("◆") else "◆ " + name.lstrip("◆ ").strip(),
                "阶段": choice_of(cells.get("阶段"), "阶段", phase_shown, default="launch")
                if text_of(cells.get("阶段")) not in phases else phases[text_of(cells.get("阶段"))],
                "负责人": owner, "开始": start, "结束": end, "截止": deadline,
                "进度": progress_of(cells.get("进度")),
                "状态": choice_of(cells.get("状态"), "状态", STATUS_NAMES, default="todo")
                if text_of(cells.get("状态")) not in STATUS_KEYS else STATUS_KEYS[text_of(cells.get("状态"))],
                PREDECESSORS: predecessors(cells.get(PREDECESSORS)), "_row": cells.get("_row")}

    def shown(column: str, value) -> str:
        if column == "阶段":
            return phase_shown.get(value, value)
        if column == "状态":
            return STATUS_NAMES.get(value, value)
        if column == "进度":
            return f"{value}%"
        if column == PREDECESSORS:
            return "; ".join(_named(ref, names) for ref in value)
        return show(value)

    def check(diff, parsed) -> None:
        """Refuse predecessor cells that close a loop (naming its tasks)."""
        wanted = {}
        label = {}
        for record, values in parsed:
            key = values["_row"]
            wanted[key] = [_ref_key(ref) for ref in values[PREDECESSORS]]
            label[key] = (record.number, values["任务"].lstrip("◆ "))
        for task_id, (_name, values) in now().items():
            wanted.setdefault(str(task_id), [_ref_key(ref) for ref in values[PREDECESSORS]])
            label.setdefault(str(task_id), (None, names[task_id]))
        loop = _find_loop(wanted)
        if not loop:
            return
        path = " → ".join(label.get(k, (None, k))[1] for k in [*loop, loop[0]])
        rows = {label[k][0] for k in loop if label.get(k, (None,))[0] is not None}
        edited = {r.row for r in diff.rows if r.row in rows and (
            r.key is None or any(c.column == PREDECESSORS for c in r.cells))}
        rows = edited or rows  # the rows whose predecessor cells made the loop
        for row in diff.rows:
            if row.row in rows:
                row.cells = [c for c in row.cells if c.column != PREDECESSORS]
                if isinstance(row.value, dict) and row.key is not None:
                    row.value.pop(PREDECESSORS, None)
                elif isinstance(row.value, dict):
                    row.value[PREDECESSORS] = ()
        diff.rows = [r for r in diff.rows if r.cells or r.kind == "added"]
        diff.unreadable += [Unreadable(row, PREDECESSORS, translate(
            "ReadBack", "these predecessors close a loop ({path}); a task cannot wait for itself. "
            "Remove one of them.").format(path=path)) for row in sorted(rows)]

    return [Sheet(TITLE, "task", READ_COLUMNS, COLUMNS[1], now, parse, _apply, records=records,
                  label=lambda values: values["任务"].lstrip("◆ "), shown=shown, check=check)]


def _ref_key(ref: str) -> str:
    return re.match(r"^(r?\d+)", ref).group(1)


def _named(ref: str, names: dict[int, str]) -> str:
    match = re.match(r"^(r?)(\d+)(FS|SS|FF|SF)([+-]\d+)$", ref)
    new, number, kind, lag = match.groups()
    who = f"#{number}" if new else names.get(int(number), number)
    return f"{who} {kind}{format_lag(int(lag))}"


def _find_loop(graph: dict[str, list[str]]) -> list[str] | None:
    """A cycle of the predecessor graph (successor → its predecessors), or None."""
    state: dict[str, int] = {}
    for start in graph:
        if state.get(start):
            continue
        stack = [(start, iter(graph.get(start, ())))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if state.get(child) == 1:
                return path[path.index(child):]
            if not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(graph.get(child, ()))))
    return None


def progress_of(value) -> int:
    """A percentage from 0.5 (a cell formatted as %), 50, "50%" or "50"."""
    from flashdesk.i18n import translate
    from flashdesk.workbook.readback import CellProblem, text_of

    text = text_of(value).rstrip("%").strip()
    try:
        percent = float(text or 0) * (100 if isinstance(value, float) and value <= 1 else 1)
    except ValueError:
        percent = math.nan
    if not 0 <= percent <= 100:
        raise CellProblem("进度", translate("ReadBack", "{value!r} is not a percentage from 0 to 100.")
                          .format(value=text_of(value)))
    return int(round(percent))


def _apply(session, campaign_id: int, updates: dict, additions: list) -> None:
    from flashdesk.tasks.service import read_back

    read_back(session, campaign_id, {key: _fields(values) for key, values in updates.items()},
              [_fields(values) for values in additions])


def _fields(values: dict) -> dict:
    """A row's cells as the task fields they set; predecessors as (task id or "r40", kind, lag)."""
    fields = {}
    if "任务" in values:
        name = values["任务"]
        fields["milestone"] = name.startswith("◆")
        fields["name"] = name.lstrip("◆ ").strip()
    for title, name in (("阶段", "phase"), ("负责人", "role"), ("开始", "start"), ("结束", "end"),
                        ("截止", "deadline"), ("进度", "progress"), ("状态", "status")):
        if title in values:
            fields[name] = values[title]
    if PREDECESSORS in values:
        fields["predecessors"] = [_split(ref) for ref in values[PREDECESSORS]]
    if "_row" in values:
        fields["key"] = values["_row"]
    return fields


def _split(ref: str) -> tuple:
    new, number, kind, lag = re.match(r"^(r?)(\d+)(FS|SS|FF|SF)([+-]\d+)$", ref).groups()
    return (f"r{number}" if new else int(number)), kind, int(lag)
