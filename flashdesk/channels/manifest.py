"""The publicity matrix and warm-up calendar declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="channels",
    step=2,
    tables="flashdesk.channels.tables",
    owns=("channel", "post"),
    branch="channels",
    part="flashdesk.channels.plan",
    sheets=("flashdesk.workbook.channels", "flashdesk.workbook.channels_calendar", "flashdesk.workbook.posts"),
    commands=("flashdesk.channels.commands",),
    tab="flashdesk.gui.channels.tab:ChannelsTab",
    tab_title=QT_TRANSLATE_NOOP("ChannelsTab", "Channels"),
    labels="flashdesk.gui.channels.labels",
)
