"""甘特图: the task table with predecessors written like "3FS+2h", and the bars drawn as
filled cells on a time grid — by the hour on launch day, by the day elsewhere. The table
part is read back by flashdesk.tasks.transfer (the team edits it, FlashDesk imports it)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from flashdesk.imports import ID_TITLE, row_id
from flashdesk.tasks.posts import post_labels
from flashdesk.tasks.service import load_board
from flashdesk.tasks.timeref import format_predecessor
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
    title_row,
)
from flashdesk.workbook.channels import LINE_HEIGHT, lines_needed
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.identity import hide_column

TITLE = SHEET_TITLE
WIDTHS = [6, 34, 10, 10, 15, 15, 15, 7, 8, 14, 30]
PHASE_FILLS = {"warm_up": "F5B041", "entry": "5DADE2", "launch": "EC7063", "close": "AF7AC5",
               "follow_up": "48C9B0", "review": "99A3A4"}
ID_COLUMN = len(COLUMNS) + 1  # hidden: the row's identity (workbook/identity.py)
FIRST_GRID = ID_COLUMN + 1
SMALL = Font(name=FONT_NAME, size=8)
WRAPPED = (2, 11)  # task name and the post it carries out: long texts wrap, never cut
DAY_LABEL_HEIGHT = 48  # points: room for 06月D-6 or 06月发售日 turned upright


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
    board = load_board(context.store, context.campaign.id)
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
        cell = put(ws, HEADER_ROW, column, title, font=HEADER_FONT)
        cell.fill, cell.alignment = HEADER_FILL, CENTER
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
            top.alignment = Alignment(horizontal="center", vertical="bottom", text_rotation=90)
        cell = put(ws, HEADER_ROW, column, label, font=SMALL)
        cell.fill = PatternFill("solid", fgColor="FAD7A0" if start.date() == launch_day else "F2F3F4")
        cell.alignment = CENTER

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
        fill = PatternFill("solid", fgColor=PHASE_FILLS.get(task.phase, "85929E"))
        for offset, (start, end, _label) in enumerate(slots):
            cell = ws.cell(row=row, column=FIRST_GRID + offset)
            cell.border = GRID
            if task.milestone:
                if start <= task.start < end:
                    cell.value, cell.font, cell.alignment = "◆", BODY_FONT, CENTER
            elif task.start < end and task.end > start:
                cell.fill = fill
    ws.row_dimensions[HEADER_ROW - 1].height = DAY_LABEL_HEIGHT
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIRST_GRID)
    ws.print_title_rows = f"{HEADER_ROW - 1}:{HEADER_ROW}"
    ws.print_title_cols = "A:B"
    print_setup(ws)
    ws.page_setup.fitToWidth = max(1, (len(COLUMNS) + len(slots)) // 60 + 1)


def read(book, store, campaign):
    """The 甘特图 table against the store: edited rows, rows the team added, rows that
    cannot be read, rows the team deleted. Predecessors are not read back."""
    from flashdesk.i18n import translate
    from flashdesk.imports import parse_row_id
    from flashdesk.playbook import default_playbook
    from flashdesk.tasks.transfer import RowProblem, campaign_maps, parse_row
    from flashdesk.tasks.transfer import compared as task_values
    from flashdesk.workbook.identity import find_sheet
    from flashdesk.workbook.readback import (
        CellChange,
        RowDiff,
        SheetDiff,
        Unreadable,
        blank,
        row_diff,
        sheet_rows,
        show,
    )

    ws = find_sheet(book, TITLE)
    if ws is None:
        return None
    header, positions, rows = sheet_rows(ws, COLUMNS[1])
    roles, phases = campaign_maps(store, campaign.id)
    role_names = {v: k for k, v in roles.items()}
    phase_shown = phase_names(default_playbook())
    current = {t.id: t for t in load_board(store, campaign.id).tasks}
    labels = ("任务", "阶段", "负责人", "开始", "结束", "截止", "进度", "◆", "状态")

    def shown(column, value):
        if column == "负责人":
            return role_names.get(value, "")
        if column == "阶段":
            return phase_shown.get(value, value)
        if column == "状态":
            return STATUS_NAMES.get(value, value)
        return show(value)

    diff = SheetDiff(TITLE, apply=_apply)
    seen = set()
    for number, row in enumerate(rows, start=header + 1):
        cells = [row[positions[c]] if c in positions and positions[c] < len(row) else None
                 for c in COLUMNS[:10]]
        identity = parse_row_id(row[positions[ID_TITLE]] if ID_TITLE in positions
                                and positions[ID_TITLE] < len(row) else None)
        if blank(cells[1:]):
            continue
        try:
            draft, _refs, _number = parse_row(cells, roles, phases, campaign.launch_at.year)
        except RowProblem as problem:
            diff.unreadable.append(Unreadable(number, problem.column, problem.problem))
            continue
        if identity is None or identity.kind != "task":
            diff.rows.append(RowDiff(TITLE, number, "added", draft.name,
                                     [CellChange(c, "", shown(c, v)) for c, v in
                                      zip(labels, task_values(draft)) if v not in (None, "", False)],
                                     None, draft))
            continue
        task = current.get(identity.id)
        if task is None:
            diff.unreadable.append(Unreadable(number, ID_TITLE, translate(
                "ReadBack", "this task was deleted in the app after the export; add it again as a "
                "new row (clear its hidden {column} cell) to keep it.").format(column=ID_TITLE)))
            continue
        seen.add(task.id)
        changed = row_diff(TITLE, number, task.name, identity, task_values(draft), task_values(task),
                           labels, draft, shown)
        if changed:
            diff.rows.append(changed)
    diff.missing = [t.name for t in current.values() if t.id not in seen]
    return diff


def _apply(session, campaign_id: int, rows) -> None:
    from flashdesk.tasks.service import read_back

    read_back(session, campaign_id, {r.key: r.value for r in rows if r.key is not None},
              [r.value for r in rows if r.key is None])
