"""Campaigns declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="campaigns",
    step=1,
    tables="flashdesk.campaigns.tables",
    owns=("campaign", "offer", "incentive"),
    branch="foundation",
    part="flashdesk.campaigns.plan",
    sheets=("flashdesk.workbook.overview",),
    commands=("flashdesk.campaigns.commands",),
    tab="flashdesk.gui.overview:OverviewTab",
    tab_title=QT_TRANSLATE_NOOP("OverviewTab", "Overview"),
    labels="flashdesk.gui.campaigns.labels",
)
