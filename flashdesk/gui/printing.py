"""Print previews. QPrintPreviewDialog only borrows the printer it is given: a printer made
inline (`QPrintPreviewDialog(make_printer(), parent)`) is collected by Python while the dialog
still paints on it, and the app dies. Every preview goes through show_preview, which holds the
printer until the dialog has closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog


def show_preview(parent, printer: QPrinter, paint: Callable[[QPrinter], None]) -> None:
    """Open the preview modally; `paint(printer)` draws the pages each time it refreshes.
    The `printer` parameter is the reference that keeps the printer alive through exec()."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 700)
    try:
        dialog.exec()
    finally:
        dialog.paintRequested.disconnect(paint)
        dialog.deleteLater()
