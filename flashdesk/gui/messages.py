"""Showing errors: a UserError's own message, or a short apology for a bug (with the
traceback logged, never put in the operator's face)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from flashdesk.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("flashdesk")


# QMessageBox is imported where a message is shown: the main window imports this module
# before its first paint, which need not wait for the message box's type and enums.


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
