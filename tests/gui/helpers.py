"""Driving modal dialogs from tests: schedule what to do once the dialog is up."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(action, attempts: int = 50) -> None:
    """Call action(dialog) as soon as a modal dialog is shown (polls the event loop)."""
    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            action(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)
