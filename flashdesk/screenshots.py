"""`flashdesk --screenshots DIR [--size WxH] [--lang zh_CN|en]`: the whole window, page by
page, as PNG files: every tab and every page inside it (matrix and calendar, the Gantt zooms
and the load view, the poster canvas with an element selected, the SOP pages and run mode,
the review pages and each chart), and every print preview opened, pictured and closed on the
way. It runs offscreen on a temporary store holding the sample campaign and its example review
numbers, so it never touches the operator's store or settings.

It is how the team looks at the app at a given screen size and language; it also names any
tab that would need a sideways scrollbar of its own."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flashdesk.errors import UserError

SIZE = re.compile(r"^(\d{3,4})x(\d{3,4})$")


def parse_size(text: str) -> tuple[int, int]:
    match = SIZE.match(text.strip().lower())
    if not match:
        raise UserError(f"--size {text!r}: give the window size as WIDTHxHEIGHT, e.g. 1024x700")
    width, height = int(match[1]), int(match[2])
    if width < 800 or height < 600:
        raise UserError(f"--size {text}: the window needs at least 800x600")
    return width, height


@dataclass
class Shooter:
    """Saves numbered pictures of the window (or a dialog) into `folder`."""

    folder: Path
    window: object
    saved: list[Path] = field(default_factory=list)
    sideways: list[str] = field(default_factory=list)

    def settle(self) -> None:
        from PySide6.QtWidgets import QApplication

        # layouts, deferred refreshes and canvas redraws each take a pass, and a wrapping row
        # (gui/flow_layout.py) asks its parents for its new height only after it was laid out,
        # one row a pass: three quick passes left the copy editor's rows drawn over each other
        for _ in range(20):
            QApplication.processEvents()
            time.sleep(0.005)

    def shot(self, name: str, widget=None) -> Path:
        self.settle()
        target = widget if widget is not None else self.window
        path = self.folder / f"{len(self.saved) + 1:02d}-{name}.png"
        if not target.grab().save(str(path)):
            raise UserError(f"cannot write {path}: choose a folder you can write to")
        self.saved.append(path)
        return path

    def modal(self, name: str, answer_yes: bool = True) -> None:
        """Picture the next modal dialog and close it (a question on the way is answered yes,
        so the preview behind it opens too)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        from PySide6.QtWidgets import QApplication, QMessageBox

        def poll(left: int = 100) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QMessageBox):
                dialog.done(QMessageBox.StandardButton.Yes if answer_yes else QMessageBox.StandardButton.No)
                QTimer.singleShot(20, lambda: poll(left - 1))
            elif dialog is not None:
                if isinstance(dialog, QPrintPreviewDialog):
                    dialog.resize(self.window.size())
                self.shot(name, dialog)
                dialog.reject()
            elif left:
                QTimer.singleShot(20, lambda: poll(left - 1))
        QTimer.singleShot(0, poll)


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower() or "page"


def _check_sideways(shooter: Shooter, name: str, holder) -> None:
    bar = holder.horizontalScrollBar() if hasattr(holder, "horizontalScrollBar") else None
    if bar is not None and bar.maximum() > 0:
        shooter.sideways.append(f"{name} ({bar.maximum()} px too wide)")


def _inner_pages(shooter: Shooter, name: str, root) -> None:
    """Every page of every QTabWidget inside `root`, nested ones included."""
    from PySide6.QtWidgets import QTabWidget

    for pages in root.findChildren(QTabWidget):
        if not pages.isVisible():
            continue
        label = _slug(pages.objectName() or "pages")
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            shooter.shot(f"{name}-{label}-{index + 1}")
        pages.setCurrentIndex(0)


def _tasks_pages(shooter: Shooter, tab) -> None:
    from flashdesk.gui.tasks.export import print_preview
    from flashdesk.gui.tasks.scale import ZOOMS

    for zoom in ZOOMS:
        tab.set_zoom(zoom)
        shooter.shot(f"gantt-zoom-{zoom}")
    tab.show_launch_day()
    shooter.shot("gantt-launch-day")
    tab.set_zoom("day")
    task = next(iter(tab.state.tasks.values()), None) if tab.state else None
    if task is not None:
        tab.select_task(task.id)
        shooter.shot("gantt-selected-task")
    tab._show_page(1)
    shooter.shot("gantt-load")
    tab._show_page(0)
    shooter.modal("gantt-print-preview")
    print_preview(tab, tab.view)


def _posters_pages(shooter: Shooter, tab) -> None:
    tab.run_checks()  # the checker waits a quarter second after a poster opens; the pictures do not
    element = next((e for e in tab.doc.elements if e.kind in ("headline", "text")), None) \
        if tab.doc else None
    if element is not None:
        tab.canvas.select(element.id)
        shooter.shot("posters-selected-element")
    shooter.modal("posters-print-preview")
    tab.print_preview()


def _groups_pages(shooter: Shooter, tab) -> None:
    tab.pages.setCurrentWidget(tab.runbook)
    run = tab.runbook.open_run_mode()
    if run is not None:
        run.resize(900, 600)
        shooter.shot("groups-run-mode", run)
        run.close()


def _review_pages(shooter: Shooter, tab) -> None:
    tab.sections.setCurrentWidget(tab.charts)
    for row in range(tab.charts.list.count()):
        tab.charts.list.setCurrentRow(row)
        shooter.shot(f"review-chart-{row + 1}")
    tab.sections.setCurrentIndex(0)


def _today_pages(shooter: Shooter, tab) -> None:
    """Today on launch night (the sample's plan as it stands a quarter past launch), then the
    notification of what has just fallen due: the tray's where there is one, else the banner."""
    from datetime import timedelta

    from flashdesk.campaigns.service import get_campaign

    context, window = tab.context, shooter.window
    clock = context.clock
    launch = get_campaign(context.store, context.campaign_id).launch_at
    context.clock = lambda: launch + timedelta(minutes=16)
    try:
        from flashdesk.agenda import mark

        tab.refresh()
        for item in [i for i in tab.sorted_out.overdue if i.kind == "beat"][:6]:  # the wake-up quiz, sent
            mark(context.store, item, "done", "运营", context.clock())
        tab.refresh()
        shooter.shot("today-launch-night")
        if window.notifier.check() and not window.notifier.tray_available:
            shooter.shot("today-notification")
            window.banner.hide()
        context.clock = lambda: launch.replace(hour=11, minute=5) + timedelta(days=1)
        tab.refresh()
        shooter.shot("today-group-day-2")
    finally:
        context.clock = clock
        tab.refresh()


EXTRA_PAGES: dict[str, Callable[[Shooter, object], None]] = {
    "TodayTab": _today_pages,
    "TasksTab": _tasks_pages,
    "PostersTab": _posters_pages,
    "GroupsTab": _groups_pages,
    "ReviewTab": _review_pages,
}


def _flow_map(shooter: Shooter, window) -> None:
    """View → Flow map…, at the window's size."""
    from flashdesk.gui.flowmap.dialog import open_flow_map

    dialog = open_flow_map(window, window.context)
    dialog.resize(window.size())
    shooter.shot("flow-map", dialog)
    dialog.close()


def take_screenshots(folder: Path, size: tuple[int, int] = (1400, 900),
                     language: str = "zh_CN") -> Shooter:
    """Picture every page at `size` in `language`; returns what was saved and which tabs
    scrolled sideways."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from flashdesk import i18n
    from flashdesk.app import create_application
    from flashdesk.campaigns.sample import ensure_sample
    from flashdesk.gui.context import AppContext
    from flashdesk.gui.main_window import MainWindow
    from flashdesk.review.sample import add_sample_numbers
    from flashdesk.store import open_store

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror}") from None
    work = Path(tempfile.mkdtemp(prefix="flashdesk-screenshots-"))
    os.environ.setdefault("MPLCONFIGDIR", str(work / "matplotlib"))
    app = create_application()
    i18n.install(language)
    store = open_store(work / "screenshots.sqlite3")
    window = None
    try:
        campaign_id = ensure_sample(store)
        add_sample_numbers(store, campaign_id)
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)
        window = MainWindow(AppContext(store, settings))
        window.resize(*size)
        window.show()
        window.context.select_campaign(campaign_id)
        shooter = Shooter(folder, window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            tab = window.tab_at(index)
            name = _slug(type(tab).__name__.removesuffix("Tab"))
            shooter.shot(name)
            _check_sideways(shooter, name, window.tabs.widget(index))
            _inner_pages(shooter, name, tab)
            extra = EXTRA_PAGES.get(type(tab).__name__)
            if extra is not None:
                extra(shooter, tab)
        window.tabs.setCurrentIndex(0)
        _flow_map(shooter, window)
        app.processEvents()
        return shooter
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        store.close()
        shutil.rmtree(work, ignore_errors=True)


def run_screenshots(folder: str, size: str | None, language: str | None) -> int:
    if language not in (None, "zh_CN", "en"):
        raise UserError(f"--lang {language}: choose zh_CN or en")
    shooter = take_screenshots(Path(folder), parse_size(size or "1400x900"), language or "zh_CN")
    print(f"{len(shooter.saved)} screenshots in {folder}")
    for line in shooter.sideways:
        print(f"scrolls sideways: {line}")
    return 1 if shooter.sideways else 0
