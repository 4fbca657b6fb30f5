"""Command line: tasks-chart saves the Gantt chart as PNG, JPEG or PDF without opening the window.
It paints the board's own view, hence a command module on the gui side."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    chart = subparsers.add_parser("tasks-chart", help="save the Gantt chart as .png, .jpg or .pdf")
    chart.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    chart.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.jpg|FILE.pdf",
                       type=Path)
    chart.add_argument("--zoom", choices=("hour", "day", "week"), default="day")
    chart.add_argument("--paper", choices=("A4", "A3"), default="A4", help="PDF page, landscape")
    add_store_option(chart)
    chart.set_defaults(func=chart_command)


SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf")


def chart_command(args: argparse.Namespace) -> int:
    import os

    if args.output.suffix.lower() not in SUFFIXES:
        from flashdesk.errors import UserError
        from flashdesk.i18n import translate

        raise UserError(translate("TaskExport", "Cannot write {name}: the chart is saved as .png, "
                                  ".jpg or .pdf; name the file with one of those endings.")
                        .format(name=args.output.name))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from flashdesk.campaigns.service import find_campaign
    from flashdesk.fonts import register_fonts
    from flashdesk.gui.tasks.export import save_pdf, save_png
    from flashdesk.gui.tasks.state import BoardState
    from flashdesk.gui.tasks.timeline import GanttView
    from flashdesk.tasks.service import load_board

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive while painting)
    register_fonts()
    store = open_store_from(args)
    view = GanttView()
    view.show_state(BoardState(load_board(store, find_campaign(store, args.campaign).id)), args.zoom)
    if args.output.suffix.lower() == ".pdf":
        pages = save_pdf(view, args.output, args.paper)
        print(f"{args.output}: {pages} page(s)")
    else:
        save_png(view, args.output)
        print(args.output)
    return 0
