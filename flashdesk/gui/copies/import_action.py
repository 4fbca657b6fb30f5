"""Import copies from a 文案库 sheet or CSV into the library: the file is read off the UI
thread, every row is checked first (bad rows listed by number, nothing added), then the
operator confirms; the import is one undo step."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from flashdesk.copies import service
from flashdesk.copies.vocab import STAGE_BY_KEY
from flashdesk.gui.messages import confirm, show_error
from flashdesk.i18n import translate

MAX_LISTED = 15


def choose_and_import(parent: QWidget, context, done=None):
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("CopyImportAction", "Import copies"), str(Path.home()),
        translate("CopyImportAction", "Copy sheets (*.xlsx *.csv);;All files (*)"))
    return import_file(parent, context, path, done) if path else None


def import_file(parent: QWidget, context, path: str, done=None):
    """Start the import; `done(added_ids)` is called when it is over (tests wait on it)."""
    from flashdesk.gui.workers import BackgroundTask

    def work(_progress):
        from flashdesk.copies.transfer import read_copies

        return read_copies(path)

    def finished(result, error) -> None:
        added = _finish(parent, context, path, result, error)
        if done is not None:
            done(added)

    title = translate("CopyImportAction", "Reading {file}…").format(file=Path(path).name)
    return BackgroundTask(parent, title, work, finished).start()


def _finish(parent, context, path, result, error) -> list[int]:
    if error is not None:
        show_error(parent, error)
        return []
    good, bad = result
    name, bad_count, good_count = Path(path).name, len(bad), len(good)
    more = bad_count - MAX_LISTED  # lupdate reads only plain names as the plural count
    if bad:
        lines = [translate("CopyImportAction", "Row {row}: {reason}").format(
            row=b.number, reason=b.reason) for b in bad[:MAX_LISTED]]
        if more > 0:
            lines.append(QCoreApplication.translate(
                "CopyImportAction", "… and %n more bad rows.", "", more))
        text = QCoreApplication.translate(
            "CopyImportAction", "{file} has %n bad rows; nothing was imported. Fix them and "
            "import again.", "", bad_count).format(file=name)
        QMessageBox.warning(parent, translate("CopyImportAction", "Nothing imported"),
                            text + "\n\n" + "\n".join(lines))
        return []
    if not good:
        QMessageBox.information(parent, translate("CopyImportAction", "Nothing imported"),
                                translate("CopyImportAction", "{file} holds no copies.").format(
                                    file=name))
        return []
    stages = Counter(row.draft.stage for row in good)
    summary = "\n".join(f"{STAGE_BY_KEY[key].label()}: {count}"
                        for key, count in sorted(stages.items()))
    question = QCoreApplication.translate(
        "CopyImportAction", "Add %n copies from {file} to the library?", "", good_count)
    if not confirm(parent, translate("CopyImportAction", "Import copies"),
                   question.format(file=name) + "\n\n" + summary):
        return []
    label = QCoreApplication.translate("CopyImportAction", "Import %n copies", "", good_count)
    try:
        return context.push(service.add_imported(context.store, good), label).result
    except Exception as exc:
        show_error(parent, exc)
        return []
