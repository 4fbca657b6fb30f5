"""Showing errors: a UserError's own message, or a short apology for a bug (with the
traceback logged, never put in the operator's face)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from flashdesk.errors import UserError

log = logging.getLogger("flashdesk")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Messages", "FlashDesk")
    if isinstance(error, UserError):
        text = str(error)
    else:
        log.error("unexpected error", exc_info=error)
        text = QCoreApplication.translate(
            "Messages", "Something went wrong that FlashDesk did not expect: {error}. Your data "
            "was not changed. Details are in the log.").format(error=f"{type(error).__name__}: {error}")
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
