"""Fission declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="fission",
    step=9,
    tables="flashdesk.fission.tables",
    owns=("fission_plan", "fission_invite", "fission_reward"),
    branch="fission",
    part="flashdesk.fission.plan",
    sheets=("flashdesk.workbook.fission_board",),
    commands=("flashdesk.fission.commands", "flashdesk.fission.poster_commands"),
    tab="flashdesk.gui.fission.tab:FissionTab",
    tab_title=QT_TRANSLATE_NOOP("FissionTab", "Fission"),
    labels="flashdesk.gui.fission.labels",
)
