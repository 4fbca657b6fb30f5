"""The copy library declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

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
    tab_title=QT_TRANSLATE_NOOP("CopiesTab", "Copy library"),
    labels="flashdesk.gui.copies.labels",
)
