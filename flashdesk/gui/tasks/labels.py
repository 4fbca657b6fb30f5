"""Translated names of phases, statuses, zooms and link kinds for the board's widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
