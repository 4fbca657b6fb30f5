"""The task board declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="tasks",
    step=3,
    tables="flashdesk.tasks.tables",
    owns=("task_role", "task", "task_link"),
    branch="tasks",
    part="flashdesk.tasks.plan",
    sheets=("flashdesk.workbook.tasks",),
    # tasks-chart draws with the board's QGraphicsScene, so its command lives with the GUI
    commands=("flashdesk.tasks.commands", "flashdesk.gui.tasks.chart_command"),
    tab="flashdesk.gui.tasks.tab:TasksTab",
    tab_title=QT_TRANSLATE_NOOP("TasksTab", "Tasks"),
    labels="flashdesk.gui.tasks.labels",
)
