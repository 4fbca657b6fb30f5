"""Loading Qt Designer forms from ui/ at run time (QUiLoader: no build step, works inside
a bundle). Strings in a form are translated with the form's class name as context."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWidgets import QWidget

from flashdesk.paths import ui_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    from PySide6.QtUiTools import QUiLoader

    path = ui_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Form {path} cannot be read: {handle.errorString()}")
    try:
        form = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if form is None:
        raise RuntimeError(f"Form {path} is not a valid Qt Designer file.")
    return form
