"""The flow map declares itself (see flashdesk/capabilities.py). It keeps no tables: the map
is drawn from the plan and the review's numbers each time."""

from flashdesk.capabilities import Manifest

MANIFEST = Manifest(
    name="flowmap",
    step=10,
    sheets=("flashdesk.workbook.flowmap",),
    commands=("flashdesk.flowmap.commands",),
)
