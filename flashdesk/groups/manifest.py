"""The Group SOP declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="groups",
    step=6,
    tables="flashdesk.groups.tables",
    owns=("group_campaign", "chat_group", "group_setup_item", "key_node", "node_beat",
          "timetable_slot", "timetable_item", "weekly_rhythm", "setup_sop_item", "crisis_plan"),
    branch="groups",
    part="flashdesk.groups.plan",
    sheets=("flashdesk.workbook.groups.live_code", "flashdesk.workbook.groups.setup_sop",
            "flashdesk.workbook.groups.runbook", "flashdesk.workbook.groups.daily",
            "flashdesk.workbook.groups.crisis"),
    tab="flashdesk.gui.groups.tab:GroupsTab",
    tab_title=QT_TRANSLATE_NOOP("GroupsTab", "Group SOP"),
    labels="flashdesk.gui.groups.labels",
)
