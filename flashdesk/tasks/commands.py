"""Command line: tasks (the plan as text), tasks-import (rows from a workbook or a
tab-separated file). tasks-chart paints the board, so it lives in flashdesk/gui/tasks."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from, store_location


def register(subparsers) -> None:
    listing = subparsers.add_parser(
        "tasks", help="print a campaign's task plan: number, start, end, owner, task, predecessors "
                      "(* critical path, ! overdue)")
    listing.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    add_store_option(listing)
    listing.set_defaults(func=list_command)

    imports = subparsers.add_parser(
        "tasks-import", help="add tasks from a team workbook's 甘特图 sheet (.xlsx) or a "
                             "tab-separated file in the same columns")
    imports.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    imports.add_argument("file", metavar="FILE", type=Path)
    add_store_option(imports)
    imports.set_defaults(func=import_command)


def list_command(args: argparse.Namespace) -> int:
    from flashdesk.store.reader import read_plain
    from flashdesk.tasks.board import overdue
    from flashdesk.tasks.timeref import format_predecessor

    board = read_plain(store_location(args), lambda reader: plain_board(reader, args.campaign))
    if board is None:  # not a current SQLite store: the full path opens it, or says why not
        from flashdesk.campaigns.service import find_campaign
        from flashdesk.tasks.service import load_board

        store = open_store_from(args)
        board = load_board(store, find_campaign(store, args.campaign).id)
    roles = {r.id: r.name for r in board.roles}
    number = {t.id: i for i, t in enumerate(board.tasks, start=1)}
    critical = board.critical()
    incoming: dict[int, list] = {}
    for link in board.links:
        incoming.setdefault(link.successor_id, []).append(link)
    for task in board.tasks:
        flags = ("*" if task.id in critical else " ") + ("!" if overdue(task) else " ")
        preds = "; ".join(format_predecessor(number[k.predecessor_id], k.kind, k.lag_minutes)
                          for k in incoming.get(task.id, []))
        print(f"{number[task.id]}\t{flags}\t{task.start:%m-%d %H:%M}\t{task.end:%m-%d %H:%M}\t"
              f"{roles.get(task.role_id, '')}\t{task.name}\t{preds}")
    return 0


def plain_board(reader, ref: str):
    """tasks.service.load_board over the plain reader, in the same SQL order."""
    from dataclasses import fields

    from flashdesk.campaigns.commands import campaign_in
    from flashdesk.tasks.board import Board, LinkRow, TaskRow

    campaign = campaign_in(reader, ref)
    tasks = [TaskRow(**{f.name: getattr(row, f.name) for f in fields(TaskRow)}) for row in reader.select(
        "task", "WHERE task.campaign_id = ? AND task.deleted IS 0 ORDER BY task.position, task.id",
        (campaign.id,))]
    alive = {task.id for task in tasks}
    links = [LinkRow(**{f.name: getattr(row, f.name) for f in fields(LinkRow)})
             for row in reader.select("task_link", "WHERE task_link.campaign_id = ?", (campaign.id,))
             if row.predecessor_id in alive and row.successor_id in alive]
    roles = reader.select("task_role", "WHERE task_role.campaign_id = ? ORDER BY task_role.position, "
                          "task_role.id", (campaign.id,))
    return Board(campaign, tasks, links, roles)


def import_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.imports import read_text
    from flashdesk.tasks.service import import_exported, import_tasks, load_board
    from flashdesk.tasks.transfer import (
        COLUMNS,
        TaskImportError,
        campaign_maps,
        exported_rows,
        parse_pasted,
        read_workbook,
        rows_to_tasks,
    )

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    if args.file.suffix.lower() == ".xlsx":
        rows = read_workbook(args.file)
    else:
        try:
            rows = parse_pasted(read_text(args.file))
        except OSError as exc:
            raise TaskImportError(f"{args.file}: {exc.strerror}") from None
    roles, phases = campaign_maps(store, campaign.id)
    drafts, links = rows_to_tasks(rows, roles, phases, campaign.launch_at.year)
    if any(len(row) > len(COLUMNS) and row[len(COLUMNS)] for row in rows):
        current = {task.id: task for task in load_board(store, campaign.id).tasks}
        updates, additions = exported_rows(rows, drafts, current)
        import_exported(store, campaign.id, updates, additions)
        print(f"{len(updates)} tasks updated, {len(additions)} added (without predecessors), "
              f"{len(drafts) - len(updates) - len(additions)} unchanged")
        return 0
    change = import_tasks(store, campaign.id, drafts, links)
    print(f"{len(change.result) if drafts else 0} tasks, "
          f"{len(change.ids('task_link'))} links added")
    return 0
