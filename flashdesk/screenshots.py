"""`flashdesk --screenshots DIR [--size WxH] [--lang zh_CN|en]`: the whole window, page by
page, as PNG files: every tab and every page inside it (matrix and calendar, the Gantt zooms
and the load view, the poster canvas with an element selected, the SOP pages and run mode,
the review pages and each chart), every print preview opened, pictured and closed on the
way, then every dialog (DIALOGS) opened the way the operator opens it, with each page of its
tabs, and cancelled. It runs offscreen on a temporary store holding the sample campaign and its
example review numbers, on a screen the window's size, so it never touches the operator's store
or settings.

It is how the team looks at the app at a given screen size and language; it also names any
tab that would need a sideways scrollbar of its own and any dialog larger than the screen."""

from __future__ import annotations

import json
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
    too_big: list[str] = field(default_factory=list)
    waiting: str | None = None  # the modal being waited for; a stale poll must not take the next one

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

    def picture(self, name: str, dialog) -> None:
        """The dialog as it opened, then each page of its tabs; one larger than the window
        would not fit a screen of the window's size."""
        from PySide6.QtWidgets import QTabWidget

        self.shot(name, dialog)
        window = self.window.size()
        if dialog.width() > window.width() or dialog.height() > window.height():
            self.too_big.append(f"{name} ({dialog.width()}x{dialog.height()})")
        for pages in dialog.findChildren(QTabWidget):
            for index in range(1, pages.count()):
                if pages.isTabEnabled(index):
                    pages.setCurrentIndex(index)
                    self.shot(f"{name}-page-{index + 1}", dialog)
            pages.setCurrentIndex(0)

    def modal(self, name: str, answer_yes: bool = True, choose: Path | None = None) -> None:
        """Picture the next modal dialog and close it (a question on the way is answered yes,
        so the preview behind it opens too; a file dialog on the way is given `choose`)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

        self.waiting = name

        def poll(left: int = 100) -> None:
            if self.waiting != name:
                return
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QMessageBox):
                dialog.done(QMessageBox.StandardButton.Yes if answer_yes else QMessageBox.StandardButton.No)
                QTimer.singleShot(20, lambda: poll(left - 1))
            elif isinstance(dialog, QFileDialog) and choose is not None:
                dialog.selectFile(str(choose))
                dialog.accept()
                QTimer.singleShot(20, lambda: poll(left - 1))
            elif dialog is not None:
                if isinstance(dialog, QPrintPreviewDialog):
                    dialog.resize(self.window.size())
                self.waiting = None
                self.picture(name, dialog)
                dialog.reject()
            elif left:
                QTimer.singleShot(20, lambda: poll(left - 1))
        QTimer.singleShot(0, poll)

    def dialog(self, name: str, open_it: Callable[[], object], choose: Path | None = None) -> None:
        """Open a dialog the way the operator does and picture it: a modal one while open_it
        waits in exec(), a modeless one (the flow map, the personal posters) once it is shown.
        Every dialog is closed with Cancel or its close button, so the store is left as it was."""
        from PySide6.QtWidgets import QApplication, QDialog

        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        taken = len(self.saved)
        self.modal(name, answer_yes=False, choose=choose)
        open_it()
        self.waiting = None
        if len(self.saved) > taken:
            return
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        if not shown:
            raise UserError(f"screenshots: the {name} dialog did not open")
        self.picture(name, shown[-1])
        shown[-1].close()


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


def _tab(window, class_name: str):
    """Bring that tab to the front, as the operator would before reaching its dialog."""
    index = next(i for i in range(window.tabs.count()) if type(window.tab_at(i)).__name__ == class_name)
    window.tabs.setCurrentIndex(index)
    return window.tab_at(index)


def _first_post(tab):
    return next(post for posts in tab.calendar_model.cells.values() for post in posts)


def _pick_copy(tab):
    """The library picker as the post dialog's "Pick from library…" opens it."""
    from flashdesk.channels.drafts import PostDraft

    return tab.pick_copy(PostDraft.of(_first_post(tab)))


def _first_task(tab) -> int:
    return next(iter(tab.state.tasks))


@dataclass
class Files:
    """What the operator would pick in a file dialog: a workbook the team filled in, an invite
    export and a customer list."""

    workbook: Path
    invites: Path
    customers: Path


def _files(folder: Path, store, campaign_id: int) -> Files:
    import openpyxl

    from flashdesk.workbook.export import export_workbook

    workbook = export_workbook(store, campaign_id, folder / "team.xlsx", language="zh_CN")
    book = openpyxl.load_workbook(workbook)
    book["甘特图"].cell(row=4, column=8).value = 0.5  # the team's progress on a task
    book.save(workbook)
    invites = folder / "邀请记录.csv"
    invites.write_text("邀请人,被邀请人,邀请时间\n小红,阿1,2026-07-08 09:01\n小红,阿2,2026-07-08 09:02\n"
                       "小蓝,蓝1,2026-07-08 09:05\n", encoding="utf-8")
    customers = folder / "客户列表.csv"
    customers.write_text("客户名称,备注,添加人,添加时间,标签,备注手机号\n"
                         "张三,张三-老客,小王,2026-05-01 10:00,老客,13800000001\n"
                         "李四,,小王,2026-05-02 11:00,,13800000002\n", encoding="utf-8")
    return Files(workbook, invites, customers)


# (name, how the operator opens it, the file a file dialog on the way is given); each is opened
# on the sample campaign, pictured and cancelled
DIALOGS: list[tuple[str, Callable, str | None]] = [
    ("dialog-new-campaign", lambda w: w.new_action.trigger(), None),
    ("dialog-campaign-details", lambda w: w.edit_action.trigger(), None),
    ("dialog-duplicate", lambda w: w.duplicate_action.trigger(), None),
    ("dialog-incentives", lambda w: _tab(w, "OverviewTab").incentives_button.click(), None),
    ("dialog-connect", lambda w: w.connect_action.trigger(), None),
    ("dialog-read-back", lambda w: w.read_back_action.trigger(), "workbook"),
    ("dialog-flow-map", lambda w: w.flow_map_action.trigger(), None),
    ("dialog-channel-post", lambda w: (t := _tab(w, "ChannelsTab")).edit_post(_first_post(t)), None),
    ("dialog-copy-picker", lambda w: _pick_copy(_tab(w, "ChannelsTab")), None),
    ("dialog-task", lambda w: (t := _tab(w, "TasksTab")).edit_task(_first_task(t)), None),
    ("dialog-owners", lambda w: _tab(w, "TasksTab").owners_button.click(), None),
    ("dialog-gantt-export", lambda w: _tab(w, "TasksTab").export_button.click(), None),
    ("dialog-poster-template", lambda w: _tab(w, "PostersTab").new_button.click(), None),
    ("dialog-poster-batch", lambda w: _tab(w, "PostersTab").batch(), None),
    ("dialog-copy-values", lambda w: _tab(w, "CopiesTab").variables_button.click(), None),
    ("dialog-invite-preview", lambda w: _tab(w, "FissionTab").import_button.click(), "invites"),
    ("dialog-personal-posters", lambda w: _tab(w, "FissionTab").posters_button.click(), None),
    ("dialog-customers-import", lambda w: _tab(w, "CustomersTab").import_button.click(), "customers"),
]


def _dialogs(shooter: Shooter, window, files: Files) -> None:
    steps = window.context.undo_stack.count()
    for name, open_it, choose in DIALOGS:
        shooter.dialog(name, lambda: open_it(window), getattr(files, choose) if choose else None)
        if window.context.undo_stack.count() != steps:  # every edit is an undo step
            raise UserError(f"screenshots: cancelling the {name} dialog changed the campaign")
    window.tabs.setCurrentIndex(0)


def take_screenshots(folder: Path, size: tuple[int, int] = (1400, 900),
                     language: str = "zh_CN") -> Shooter:
    """Picture every page and dialog at `size` in `language`; returns what was saved, which
    tabs scrolled sideways and which dialogs were larger than the screen."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror}") from None
    work = Path(tempfile.mkdtemp(prefix="flashdesk-screenshots-"))
    if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # the offscreen screen is 800x800 unless told: make it the window's size, so a dialog
        # that sizes itself to its screen does so here as on the operator's screen
        screen = work / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": size[0],
                                                   "height": size[1], "logicalDpi": 96}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    from PySide6.QtCore import QSettings

    from flashdesk import i18n
    from flashdesk.app import create_application
    from flashdesk.campaigns.sample import ensure_sample
    from flashdesk.gui.context import AppContext
    from flashdesk.gui.main_window import MainWindow
    from flashdesk.review.sample import add_sample_numbers
    from flashdesk.store import open_store

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
        _dialogs(shooter, window, _files(work, store, campaign_id))
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
    for line in shooter.too_big:
        print(f"larger than the window: {line}")
    return 1 if shooter.sideways or shooter.too_big else 0
