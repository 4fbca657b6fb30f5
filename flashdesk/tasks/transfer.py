"""Tasks in from outside: rows pasted from a spreadsheet or the 甘特图 sheet of a team
workbook, in the sheet's column order (序号, 任务, 阶段, 负责人, 开始, 结束, 截止, 进度, 状态,
前置任务). Every row is checked before anything is added; a bad one is named."""

from __future__ import annotations

import math
import re
from datetime import datetime
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.imports import ID_TITLE, fingerprint, parse_row_id
from flashdesk.tasks.service import TaskDraft
from flashdesk.tasks.timeref import parse_predecessors

SHEET_TITLE = "甘特图"
# 渠道发布 (the channel post a task carries out) is written for the team and not read back.
COLUMNS = ["序号", "任务", "阶段", "负责人", "开始", "结束", "截止", "进度", "状态", "前置任务", "渠道发布"]
HEADER_ROW = 3  # of the sheet: row 2 holds the grid's dates, row 3 the titles and hours
STATUS_NAMES = {"todo": "待办", "doing": "进行中", "done": "完成", "blocked": "受阻"}
EXTRA_PHASES = {"follow_up": "跟进"}
STATUS_KEYS = {"待办": "todo", "进行中": "doing", "完成": "done", "受阻": "blocked",
               "todo": "todo", "doing": "doing", "done": "done", "blocked": "blocked"}
MAX_ROWS = 20_000
_MOMENT = re.compile(r"^(?:(\d{4})[-/])?(\d{1,2})[-/](\d{1,2})[ T]+(\d{1,2}):(\d{2})")


class TaskImportError(UserError):
    """Rows that cannot become tasks; nothing was added."""


def _moment(value, year: int) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel  # a date saved as its serial number

        return from_excel(value).replace(second=0, microsecond=0)
    match = _MOMENT.match(str(value).strip())
    if not match:
        raise ValueError(str(value))
    y, m, d, hh, mm = match.groups()
    return datetime(int(y) if y else year, int(m), int(d), int(hh), int(mm))


class RowProblem(ValueError):
    """One cell of one row that cannot be read: its column and why."""

    def __init__(self, column: str, problem: str):
        super().__init__(f"{column}: {problem}")
        self.column, self.problem = column, problem


def parse_row(row, roles: dict[str, int], phases: dict[str, str], year: int):
    """(draft, predecessor references, its 序号 or None) of one table row; RowProblem names
    the cell that cannot be read."""
    row = list(row) + [None] * (10 - len(row))
    number, name, phase, owner, start, end, deadline, progress, status, preds = row[:10]
    try:
        start, end, deadline = (_moment(v, year) for v in (start, end, deadline))
    except ValueError as exc:
        raise RowProblem(translate("TaskImport", "time"), translate(
            "TaskImport", "{value!r} is not a time; write 2026-06-18 20:00.").format(value=str(exc))) from None
    if start is None:
        raise RowProblem(translate("TaskImport", "start"), translate("TaskImport", "a start time is needed."))
    far = next((t for t in (start, end, deadline) if t and abs(t.year - year) > 1), None)
    if far:
        raise RowProblem(translate("TaskImport", "time"), translate(
            "TaskImport", "{value:%Y-%m-%d} is far from the campaign ({year}); check the year.")
            .format(value=far, year=year))
    name = str(name or "").strip()
    milestone = name.startswith("◆")
    if owner not in (None, "") and str(owner).strip() not in roles:
        raise RowProblem(translate("TaskImport", "owner"), translate(
            "TaskImport", "{owner!r} is not an owner of this campaign ({known}).").format(
            owner=owner, known="、".join(roles)))
    try:
        value = str(progress or 0).strip().rstrip("%")
        percent = float(value) * (100 if isinstance(progress, float) and progress <= 1 else 1)
    except ValueError:
        percent = math.nan
    if not 0 <= percent <= 100:  # also NaN and infinity
        raise RowProblem(translate("TaskImport", "progress"), translate(
            "TaskImport", "{value!r} is not a percentage from 0 to 100.").format(value=progress))
    try:
        refs = parse_predecessors(str(preds or ""))
    except ValueError as exc:
        raise RowProblem(translate("TaskImport", "predecessors"), str(exc)) from None
    draft = TaskDraft(
        name=name.lstrip("◆ ").strip() if milestone else name,
        phase=phases.get(str(phase or "").strip(), str(phase or "").strip() or "launch"),
        role_id=roles.get(str(owner or "").strip()), start=start, end=end or start,
        deadline=deadline, progress=int(round(percent)), milestone=milestone,
        status=STATUS_KEYS.get(str(status or "").strip(), "todo"))
    text = str(number or "").strip()
    if text.endswith(".0"):  # a number saved as a float or as text by another program
        text = text[:-2]
    return draft, refs, int(text) if text.isdigit() else None


def rows_to_tasks(rows: list[list], roles: dict[str, int], phases: dict[str, str],
                  year: int) -> tuple[list[TaskDraft], list[list[tuple[int, str, int]]]]:
    """Drafts and their predecessors (as indexes among the rows) from table rows. `roles`
    maps owner names to role ids, `phases` phase names (and keys) to keys."""
    if not rows:
        raise TaskImportError(translate("TaskImport", "No task rows were found (only a header, or "
                                        "nothing); give one row per task. Nothing was added."))
    if len(rows) > MAX_ROWS:
        raise TaskImportError(translate("TaskImport", "{count} rows is more than the {limit} a campaign "
                                     "can hold; split them up.").format(count=len(rows), limit=MAX_ROWS))
    drafts, links, numbers = [], [], {}
    for index, row in enumerate(rows, start=1):
        try:
            draft, refs, number = parse_row(row, roles, phases, year)
        except RowProblem as problem:
            raise TaskImportError(translate("TaskImport", "Row {row}, {column}: {problem} Nothing was "
                                            "added.").format(row=index, column=problem.column,
                                                             problem=problem.problem)) from None
        key = number or index
        if key in numbers:
            raise TaskImportError(translate("TaskImport", "Row {row}, {column}: {problem} Nothing was "
                                            "added.").format(row=index, column=translate("TaskImport", "number"),
                                                             problem=translate(
                "TaskImport", "number {number} is also row {other}'s; give each row its own "
                "number so predecessors are clear.").format(number=key, other=numbers[key] + 1)))
        numbers[key] = index - 1
        drafts.append(draft)
        links.append([(r.row, r.kind, r.lag) for r in refs])
    for index, refs in enumerate(links, start=1):
        for i, (ref, kind, lag) in enumerate(refs):
            if ref not in numbers:
                raise TaskImportError(translate("TaskImport", "Row {row}: predecessor {ref} is not a task "
                                             "number among these rows. Nothing was added.")
                                   .format(row=index, ref=ref))
            refs[i] = (numbers[ref], kind, lag)
    return drafts, links


def compared(task) -> tuple:
    """The values of a task (or draft) the workbook round trip compares, in a fixed order."""
    return (task.name, task.phase, task.role_id, task.start, task.end, task.deadline,
            task.progress, task.milestone, task.status)


COMPARED = ("任务", "阶段", "负责人", "开始", "结束", "截止", "进度", "任务", "状态")


def parse_pasted(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet puts them on the clipboard; a header row (its
    second cell 任务 or Task) is skipped."""
    rows = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if rows and len(rows[0]) > 1 and rows[0][1].strip() in ("任务", "Task"):
        rows = rows[1:]
    return rows


def read_workbook(path: Path | str) -> list[list]:
    """The task table rows of the 甘特图 sheet of a team workbook (with the row identity
    after the columns when FlashDesk exported it: see exported_rows)."""
    from flashdesk.imports import capped, open_workbook

    book = open_workbook(path)
    try:
        if SHEET_TITLE not in book.sheetnames:
            raise TaskImportError(translate("TaskImport", "{path} has no sheet named {sheet}.")
                                  .format(path=path, sheet=SHEET_TITLE))
        sheet = book[SHEET_TITLE]
        # an exported sheet carries each row's identity in the hidden column after the table
        width = len(COLUMNS) + (sheet.cell(HEADER_ROW, len(COLUMNS) + 1).value == ID_TITLE)
        return capped(sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=width, values_only=True),
                      MAX_ROWS, translate("TaskImport", "task"), HEADER_ROW + 1)
    finally:
        book.close()


def exported_rows(rows: list[list], drafts: list[TaskDraft], current: dict[int, object]):
    """(updates by task id, additions) for rows read from an exported sheet: a row that
    carries a task's identity updates it when the team changed it; the rest are new."""
    updates, additions = {}, []
    for row, draft in zip(rows, drafts):
        identity = parse_row_id(row[len(COLUMNS)]) if len(row) > len(COLUMNS) else None
        task = current.get(identity.id) if identity and identity.kind == "task" else None
        if task is None:
            additions.append(draft)
        elif fingerprint(compared(draft)) != identity.fingerprint and compared(draft) != compared(task):
            updates[task.id] = draft
    return updates, additions


def phase_names(playbook) -> dict[str, str]:
    """Phase keys → the Chinese names the sheet shows."""
    return {**{p.key: p.name for p in playbook.phases}, **EXTRA_PHASES}


def campaign_maps(store, campaign_id: int) -> tuple[dict[str, int], dict[str, str]]:
    """Owner names → role ids and phase names/keys → keys for one campaign."""
    from flashdesk.playbook import default_playbook
    from flashdesk.tasks.service import PHASES, list_roles

    roles = {r.name: r.id for r in list_roles(store, campaign_id)}
    names = phase_names(default_playbook())
    phases = {**{key: key for key in PHASES}, **{name: key for key, name in names.items()}}
    return roles, phases
