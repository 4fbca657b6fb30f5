"""Posters declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest

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
)
