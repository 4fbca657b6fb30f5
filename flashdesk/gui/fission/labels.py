"""Fission's rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the tab's headers and the playbook's model names."""

from __future__ import annotations

from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate


def table_labels() -> dict[str, Labels]:
    from flashdesk.playbook import default_playbook

    # the keys the import matched people by; the names beside them say who
    keys = frozenset({"inviter_key", "invitee_key"})
    return {
        "fission_plan": Labels(
            translate("FissionLabels", "fission model"),
            {"model": translate("FissionLabels", "Model")},
            {"model": {model.key: model.label() for model in default_playbook().models}}),
        "fission_invite": Labels(
            translate("FissionLabels", "invite"),
            {"inviter": translate("FissionTab", "Inviter"),
             "invitee": translate("FissionTab", "Invitee"),
             "invited_at": translate("FissionTab", "Invited at"),
             "left_at": translate("FissionTab", "Left at"),
             "source": translate("FissionLabels", "File"),
             "file_row": translate("FissionLabels", "Row in the file")},
            hidden=keys),
        "fission_reward": Labels(
            translate("FissionLabels", "reward"),
            {"promoter_key": translate("FissionTab", "Promoter"),
             "invites": translate("FissionLabels", "Tier (invites)"),
             "sent_at": translate("FissionLabels", "Sent at")},
            {"status": {"pending": translate("FissionTab", "pending"),
                        "sent": translate("FissionTab", "sent")}}),
    }
