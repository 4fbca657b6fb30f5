"""Translated names of phases, statuses, zooms and link kinds for the board's widgets, and
the board's rows and columns for the activity log (flashdesk/gui/labels.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from flashdesk.gui.labels import Labels


def phase_names() -> dict[str, str]:
    return {"warm_up": QCoreApplication.translate("TaskLabels", "Warm-up"),
            "entry": QCoreApplication.translate("TaskLabels", "Group entry"),
            "launch": QCoreApplication.translate("TaskLabels", "Launch day"),
            "close": QCoreApplication.translate("TaskLabels", "Close"),
            "follow_up": QCoreApplication.translate("TaskLabels", "Follow-up"),
            "review": QCoreApplication.translate("TaskLabels", "Review")}


def status_names() -> dict[str, str]:
    return {"todo": QCoreApplication.translate("TaskLabels", "To do"),
            "doing": QCoreApplication.translate("TaskLabels", "In progress"),
            "done": QCoreApplication.translate("TaskLabels", "Done"),
            "blocked": QCoreApplication.translate("TaskLabels", "Blocked")}


def zoom_names() -> dict[str, str]:
    return {"hour": QCoreApplication.translate("TaskLabels", "Hour"),
            "day": QCoreApplication.translate("TaskLabels", "Day"),
            "week": QCoreApplication.translate("TaskLabels", "Week")}


def key_node_names() -> dict[str, str]:
    return {"": QCoreApplication.translate("TaskLabels", "(none)"),
            "wake_up_packet": QCoreApplication.translate("TaskLabels", "Wake-up red packet"),
            "sign_up_chain": QCoreApplication.translate("TaskLabels", "Sign-up chain"),
            "order_flood": QCoreApplication.translate("TaskLabels", "Order flood"),
            "countdown": QCoreApplication.translate("TaskLabels", "Countdown"),
            "close_preview": QCoreApplication.translate("TaskLabels", "Close and preview"),
            "show_off": QCoreApplication.translate("TaskLabels", "Buyers show their orders"),
            "whats_left": QCoreApplication.translate("TaskLabels", "What is left"),
            "questions": QCoreApplication.translate("TaskLabels", "Questions and answers"),
            "last_countdown": QCoreApplication.translate("TaskLabels", "Last-day countdown")}


def link_kind_names() -> dict[str, str]:
    """The stored link kinds, which the predecessors field and the workbook write as codes ("3FS+2h")."""
    return {"FS": QCoreApplication.translate("TaskLabels", "Finish to start"),
            "SS": QCoreApplication.translate("TaskLabels", "Start to start"),
            "FF": QCoreApplication.translate("TaskLabels", "Finish to finish"),
            "SF": QCoreApplication.translate("TaskLabels", "Start to finish")}


def table_labels() -> dict[str, Labels]:
    from flashdesk.gui.labels import Labels  # here: the board imports this module at start

    return {
        "task_role": Labels(QCoreApplication.translate("TaskLabels", "owner"), hidden=frozenset({"key"})),
        "task": Labels(
            QCoreApplication.translate("TaskLabels", "task"),
            {"name": QCoreApplication.translate("TaskTableModel", "Task"),
             "phase": QCoreApplication.translate("TaskLabels", "Phase"),
             "role_id": QCoreApplication.translate("TaskTableModel", "Owner"),
             "start": QCoreApplication.translate("TaskTableModel", "Start"),
             "end": QCoreApplication.translate("TaskTableModel", "End"),
             "deadline": QCoreApplication.translate("TaskLabels", "Due"),
             "progress": QCoreApplication.translate("TaskLabels", "Progress"),
             "milestone": QCoreApplication.translate("TaskLabels", "Milestone"),
             "key_node": QCoreApplication.translate("TaskLabels", "Key node"),
             "post_id": QCoreApplication.translate("TaskTableModel", "Channel post")},
            {"phase": phase_names(), "status": status_names(), "key_node": key_node_names()},
            # its playbook key and the key date it moves with: set by the plan
            hidden=frozenset({"key", "anchor"})),
        "task_link": Labels(
            QCoreApplication.translate("TaskLabels", "link between tasks"),
            {"predecessor_id": QCoreApplication.translate("TaskLabels", "Predecessor"),
             "successor_id": QCoreApplication.translate("TaskLabels", "Successor"),
             "kind": QCoreApplication.translate("TaskLabels", "Link type"),
             "lag_minutes": QCoreApplication.translate("TaskLabels", "Lag (min)")},
            # the code kept beside the name: the board's predecessors field is written in codes
            {"kind": {code: QCoreApplication.translate("TaskLabels", "{name} ({code})").format(
                name=name, code=code) for code, name in link_kind_names().items()}}),
    }
