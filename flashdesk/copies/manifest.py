"""The copy library declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest

MANIFEST = Manifest(
    name="copies",
    step=4,
    tables="flashdesk.copies.tables",
    owns=("copy", "copy_variable"),
    branch="copies",
    part="flashdesk.copies.plan",
    sheets=("flashdesk.workbook.copies",),
    commands=("flashdesk.copies.commands",),
    tab="flashdesk.gui.copies.tab:CopiesTab",
)
