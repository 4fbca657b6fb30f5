"""The campaigns' rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the fields as the campaign and incentives dialogs name them."""

from __future__ import annotations

from flashdesk.campaigns.incentives import KINDS, kind_name, node_names
from flashdesk.campaigns.offer import OFFER_FIELDS
from flashdesk.gui.campaign_dialog import field_labels
from flashdesk.gui.incentives_dialog import column_labels
from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate


def table_labels() -> dict[str, Labels]:
    fields = field_labels()
    offer = {name: fields.pop(name) for name in OFFER_FIELDS}
    return {
        "campaign": Labels(translate("CampaignLabels", "campaign"),
                           {**fields, "archived": translate("CampaignLabels", "Archived")}),
        "offer": Labels(translate("CampaignLabels", "offer"), offer),
        "incentive": Labels(
            translate("CampaignLabels", "red packet or draw"),
            column_labels(),
            {"kind": {kind: kind_name(kind) for kind in KINDS}, "node_key": node_names()}),
    }
