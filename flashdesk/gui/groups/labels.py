"""The Group SOP's rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the pages' column titles and the states and kinds they show."""

from __future__ import annotations

from flashdesk.groups.kinds import BEAT_KINDS, BEAT_STATES, GROUP_STATES, SLOT_DAYS
from flashdesk.gui.groups.models import days_label, kind_label, state_label
from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate


def table_labels() -> dict[str, Labels]:
    states = {state: state_label(state) for state in (*GROUP_STATES, *BEAT_STATES)}
    finished = translate("GroupLabels", "Finished")
    linked_copy = translate("GroupModels", "Linked copy")
    return {
        "group_campaign": Labels(translate("GroupLabels", "groups' settings"),
                                 {"live_code_url": translate("GroupLabels", "Live code"),
                                  "sold": translate("GroupLabels", "Sold")}),
        "chat_group": Labels(
            translate("GroupLabels", "group"),
            {"name": translate("GroupsPage", "Group"),
             "qr_payload": translate("GroupsPage", "QR payload"),
             "capacity": translate("GroupsPage", "Capacity"),
             "members": translate("GroupsPage", "Members"),
             "created_on": translate("GroupsPage", "QR created"),
             "expires_at": translate("GroupsPage", "QR expires")},
            {"state": states}),
        "group_setup_item": Labels(
            translate("GroupLabels", "checklist item"),
            {"group_id": translate("GroupsPage", "Group"),
             "done": translate("GroupsPage", "Done"),
             "title": translate("GroupsPage", "Item"),
             "text": translate("GroupsPage", "Text"),
             "copy_id": linked_copy},
            hidden=frozenset({"key"})),  # its playbook key: set by the plan
        "key_node": Labels(
            translate("GroupLabels", "key node"),
            {"name": translate("GroupModels", "Key node"),
             "at": translate("GroupModels", "Node time"),
             "copy_id": linked_copy},
            # its playbook key and what a changed launch moves it with: set by the plan
            hidden=frozenset({"key", "anchor"})),
        "node_beat": Labels(
            translate("GroupLabels", "beat"),
            {"node_id": translate("GroupModels", "Key node"),
             "kind": translate("GroupModels", "Beat"),
             "text": translate("GroupModels", "Text to send"),
             "wait_minutes": translate("GroupModels", "Wait (min)"),
             "finished_at": finished},
            {"kind": {kind: kind_label(kind) for kind in BEAT_KINDS}, "state": states}),
        "timetable_slot": Labels(
            translate("GroupLabels", "timetable slot"),
            {"start": translate("TimetablePage", "Start"),
             "end": translate("TimetablePage", "End"),
             "content": translate("TimetablePage", "Content"),
             "interaction": translate("TimetablePage", "Interaction"),
             "purpose": translate("TimetablePage", "Purpose"),
             "source": translate("TimetablePage", "Source"),
             "days": translate("TimetablePage", "Days")},
            {"days": {days: days_label(days) for days in SLOT_DAYS}}),
        "timetable_item": Labels(
            translate("GroupLabels", "timetable item"),
            {"slot_id": translate("GroupLabels", "Timetable slot"),
             "done_by": translate("GroupLabels", "Done by"),
             "finished_at": finished},
            {"state": states}),
        "weekly_rhythm": Labels(
            translate("GroupLabels", "weekly habit"),
            {"time": translate("TimetablePage", "Time"),
             "activity": translate("TimetablePage", "Activity"),
             "purpose": translate("TimetablePage", "Purpose")}),
        "setup_sop_item": Labels(
            translate("GroupLabels", "set-up topic"),
            {"topic": translate("SopPage", "Topic"),
             "content": translate("SopPage", "Content")}),
        "crisis_plan": Labels(
            translate("GroupLabels", "risk"),
            {"risk": translate("CrisisPage", "Risk"),
             "response": translate("CrisisPage", "Response")}),
    }
