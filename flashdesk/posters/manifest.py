"""Posters declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="posters",
    step=5,
    tables="flashdesk.posters.tables",
    owns=("poster", "poster_asset"),
    branch="posters",
    part="flashdesk.posters.plan",
    sheets=("flashdesk.workbook.posters",),
    commands=("flashdesk.posters.commands",),
    tab="flashdesk.gui.posters.tab:PostersTab",
    tab_title=QT_TRANSLATE_NOOP("PostersTab", "Posters"),
    labels="flashdesk.gui.posters.labels",
)
