"""Link a library copy to a set-up checklist line or a launch-day key node: the shared
copy picker (gui/copies/picker.py) filtered to the customer-group channel and the line's
stage, then one undo step: service.edit sets the link and counts the use in one
transaction, so undo takes both back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from flashdesk.copies.links import CHANNEL_OF_KIND, STAGE_OF_NODE, STAGE_OF_SETUP
from flashdesk.groups import service
from flashdesk.groups.tables import GroupSetupItem
from flashdesk.gui.copies.picker import CopyPicker

GROUP_CHANNEL = CHANNEL_OF_KIND["customer_groups"]  # a flash group is a WeCom customer group


def pick_copy(page, table, row_id: int, key: str, current: int | None, subject: str) -> bool:
    """Open the picker for one row (`key` is its playbook key); True when the link changed."""
    stage = (STAGE_OF_SETUP if table is GroupSetupItem else STAGE_OF_NODE).get(key)
    picker = CopyPicker(page, page.context.store, page.campaign_id, channel=GROUP_CHANNEL,
                        stage=stage, current=current, subject=subject)
    chosen = picker.pick()
    return chosen.changed and link_copy(page, table, row_id, chosen.copy_id)


def link_copy(page, table, row_id: int, after: int | None) -> bool:
    what = QCoreApplication.translate("GroupCopyLinks", "checklist line") if table is GroupSetupItem \
        else QCoreApplication.translate("GroupCopyLinks", "key node")
    text = QCoreApplication.translate("GroupCopyLinks", "Unlink copy from {what}") if after is None \
        else QCoreApplication.translate("GroupCopyLinks", "Link copy to {what}")
    return page.push(text.format(what=what),
                     lambda: service.edit(page.context.store, table, row_id, copy_id=after)) is not None

