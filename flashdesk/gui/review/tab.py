"""The Review (复盘) tab: headline figures on top; below, the recorded numbers (editable,
paste from Excel, import from a team workbook), the charts, the A/B tests and the notes
with the review outline. The tab declares the tables it reads and catches up with a
published Change touching them; a notes-only Change refreshes just the notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flashdesk.campaigns.service import CampaignError
from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import show_error
from flashdesk.gui.review.ab_page import ABPage
from flashdesk.gui.review.charts_view import ChartsView
from flashdesk.gui.review.edits import ask_which_wins
from flashdesk.gui.review.notes_page import NotesPage
from flashdesk.gui.review.records_page import RecordsPage
from flashdesk.review.records import KINDS, kind_title
from flashdesk.review.summary import ReviewData, review_data

HEADLINES = ("quota_sold", "orders", "revenue", "conversion", "best_channel", "best_copy")
NOTES = frozenset({"review_text"})
# its records, tests and notes; the campaign's quota and dates, the channels' published posts
# it counts, the library copies linked rows report on
TABLES = NOTES | {"review_daily", "review_channel_day", "review_copy", "review_material",
                  "review_ab_test", "campaign", "channel", "post", "copy", "fission_plan",
                  "fission_invite", "chat_group",
                  "customer_order", "customer_membership"}  # imported orders and members count too


VALUE_PX, MIN_VALUE_PX = 16, 12  # a card's value: the theme's size, and the smallest it is set at


class _Card(QFrame):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("dateCard")  # the overview's card style
        self.title = QLabel(title, self)
        self.title.setObjectName("dateCardTitle")
        self.value = QLabel(self)
        self.value.setObjectName("dateCardDate")
        self.detail = QLabel(self)
        self.detail.setObjectName("dateCardOffset")
        self._detail = ""
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is not self.detail)  # the detail is broken by _fit_detail
            layout.addWidget(label)
        self.detail.setMinimumWidth(1)  # its lines are fitted to the card, not the card to them

    def set_value(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.value.setToolTip(value)
        self._detail = detail
        self._fit_value()
        self._fit_detail()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_value()
        self._fit_detail()

    def _fit_value(self) -> None:
        """A value a little too long for the card's line is set smaller rather than wrapped:
        wrapped, a copy's title left one character on a line of its own (开售日叫醒红 / 包).
        Past the smallest size it wraps. (The theme's 16 px is an app style sheet rule, which
        only the label's own style sheet overrides.)"""
        font, width = QFont(self.value.font()), self.value.contentsRect().width()
        for px in range(VALUE_PX, MIN_VALUE_PX - 1, -1):
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self.value.text()) <= width:
                break
        self.value.setStyleSheet("" if px == VALUE_PX else f"font-size: {px}px;")

    def _fit_detail(self) -> None:
        """A detail too long for one line breaks between its clauses ("orders /" and "560
        members"), a clause too long for a line between its words: wrapped anywhere, a phrase
        was cut in two (订单 / 560 名群 / 成员). A word longer than the line is cut with "…"
        and the whole detail is in the tooltip."""
        metrics, width = QFontMetrics(self.detail.font()), self.detail.contentsRect().width()

        def fits(text: str) -> bool:
            return metrics.horizontalAdvance(text) <= width

        lines = []
        for line in _packed(_clauses(self._detail), fits):
            lines += [line] if fits(line) else _packed(line.split(" "), fits)
        shown = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
        self.detail.setText("\n".join(shown))
        self.detail.setToolTip(self._detail if shown != lines else "")


def _clauses(detail: str) -> list[str]:
    """The phrases a card's detail may be broken between: a " / " ends a clause."""
    return [clause for clause in detail.replace(" / ", " /\n").split("\n") if clause]


def _packed(parts: list[str], fits) -> list[str]:
    """The parts joined by spaces, as many on each line as fit."""
    lines: list[str] = []
    for part in parts:
        if lines and fits(f"{lines[-1]} {part}"):
            lines[-1] += f" {part}"
        else:
            lines.append(part)
    return lines


class ReviewTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.data: ReviewData | None = None
        self.task = None
        titles = {"quota_sold": self.tr("Quota sold"), "orders": self.tr("Orders"),
                  "revenue": self.tr("Revenue"), "conversion": self.tr("Conversion"),
                  "best_channel": self.tr("Best channel"), "best_copy": self.tr("Best copy")}
        self.cards = {key: _Card(titles[key], self) for key in HEADLINES}
        cards = QGridLayout()
        for column, key in enumerate(HEADLINES):
            cards.addWidget(self.cards[key], 0, column)
            cards.setColumnStretch(column, 1)
        self.import_button = QPushButton(self.tr("Import from workbook…"), self)
        self.import_button.setToolTip(self.tr("Read the 复盘数据 sheets of a team workbook "
                                              "exported by FlashDesk (every row is checked first)."))
        self.import_button.clicked.connect(self.choose_import)
        self.sample_button = QPushButton(self.tr("Fill in example numbers"), self)
        self.sample_button.setToolTip(self.tr("Record a realistic example campaign's numbers to "
                                              "see the charts and outline; Undo removes them."))
        self.sample_button.clicked.connect(self.add_sample)
        self.hint = QLabel(self.tr("Nothing recorded yet. Type or paste numbers from Excel into "
                                   "the tables below, or import a team workbook."), self)
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)
        self.fission = QLabel(self)
        self.fission.setObjectName("reviewFission")
        self.fission.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.hint, 3)
        actions.addStretch(1)
        actions.addWidget(self.sample_button)
        actions.addWidget(self.import_button)

        self.pages = {name: RecordsPage(context, name, self) for name in KINDS}
        numbers = QTabWidget(self)
        numbers.setObjectName("reviewTables")
        for name, page in self.pages.items():
            numbers.addTab(page, kind_title(name))
        self.charts = ChartsView(context, self)
        self.ab = ABPage(context, self)
        self.notes = NotesPage(context, self)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("reviewSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(numbers, self.tr("Numbers"))
        self.sections.addTab(self.charts, self.tr("Charts"))
        self.sections.addTab(self.ab, self.tr("A/B tests"))
        self.sections.addTab(self.notes, self.tr("Notes and outline"))
        # the sections take the room the window has, not the height their tallest page asks
        # for: asked for, it scrolled the whole tab and the chart's axis was below the window
        # at 1024x700. Never less than the least every page needs.
        self.sections.setMinimumHeight(self.sections.minimumSizeHint().height())
        self.sections.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(cards)
        body.addWidget(self.fission)
        body.addLayout(actions)
        body.addWidget(self.sections, 1)
        self.empty = QLabel(self.tr("No campaign selected. Pick one on the left to record and "
                                    "review its numbers."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

        self._stale = True
        context.campaignSelected.connect(lambda _id: self.request_refresh())
        Follower(self, context, TABLES, self._changed, self.request_refresh)
        context.storeChanged.connect(self.request_refresh)

    # showing ---------------------------------------------------------------------------
    def _changed(self, change) -> None:
        if change.tables <= NOTES and self.data is not None:
            self.notes.refresh()
        else:
            self.refresh()

    def request_refresh(self) -> None:
        """Refresh now when shown; a hidden tab catches up when it is next shown (keeps
        start-up and edits in other tabs free of the review queries)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.data = None
        if self.context.campaign_id is not None and self.context.store is not None:
            try:
                self.data = review_data(self.context.store, self.context.campaign_id)
            except CampaignError:
                self.data = None
        self.empty.setVisible(self.data is None)
        self.body.setVisible(self.data is not None)
        if self.data is None:
            return
        for page in self.pages.values():
            page.refresh()
        self.ab.refresh()
        self.notes.refresh()
        self.charts.set_data(self.data)
        self._headline(self.data)
        posts = self.data.posts_counted
        self.pages["channels"].set_note(self.tr(
            "Also counted: %n channel-day(s) from published posts in the warm-up calendar "
            "(their participants, likes and comments). A row here for the same channel and day "
            "replaces that day's posts.", "", posts) if posts else "")
        imported = self.data.imported_days
        self.pages["daily"].set_note(self.tr(
            "Also counted: %n day-group(s) of paid orders from imported shop exports (Customers "
            "tab), with the group's members from its member export. A row here for the same day "
            "and group replaces them.", "", imported) if imported else "")
        empty = self.data.empty and not self.data.ab_tests
        self.hint.setVisible(empty)
        self.sample_button.setVisible(empty)

    def _headline(self, data: ReviewData) -> None:
        def show(key: str, value: str, detail: str = "") -> None:
            self.cards[key].set_value(value, detail)

        sold = data.quota_sold
        show("quota_sold", "—" if sold is None else f"{sold * 100:.1f} %",
             self.tr("{orders} of {quota}").format(orders=data.orders, quota=data.quota)
             if data.quota else self.tr("no quota set"))
        show("orders", f"{data.orders:,}", self.tr("%n day(s) recorded", "", len(data.days)))
        show("revenue", f"¥{data.revenue:,.0f}",
             self.tr("¥{avg:,.0f} per order").format(avg=data.revenue / data.orders)
             if data.orders else "")
        conversion = data.conversion
        show("conversion", "—" if conversion is None else f"{conversion * 100:.1f} %",
             self.tr("orders / {members} members").format(members=data.joined) if data.joined else "")
        best = data.best_channel
        show("best_channel", best.channel if best else "—",
             self.tr("%n participant(s)", "", best.participants) if best else "")
        copy = data.best_copy
        show("best_copy", copy[0] if copy else "—",
             self.tr("%n participant(s)", "", copy[1]) if copy else "")
        self._fission(data)

    def _fission(self, data: ReviewData) -> None:
        from flashdesk.fission.rules import Figure
        from flashdesk.playbook import default_playbook

        fission = data.fission
        self.fission.setVisible(fission is not None)
        if fission is None:
            return
        names = {m.key: m.label() for m in default_playbook().models}
        figures = " · ".join(f"{Figure(key, None).label()}: {text}" for key, text in fission.figures)
        self.fission.setText(self.tr("Fission ({model}): {valid} valid invites from {promoters} "
                                     "promoters, {members} members. {figures}").format(
            model=names.get(fission.model, self.tr("no model")), valid=fission.valid,
            promoters=fission.promoters, members=fission.members, figures=figures))

    # actions ---------------------------------------------------------------------------
    def add_sample(self) -> None:
        from flashdesk.review.sample import add_sample_numbers

        self.context.push(add_sample_numbers(self.context.store, self.context.campaign_id),
                          self.tr("Fill in example numbers"))

    def choose_import(self) -> None:
        folder = self.context.settings.value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import review numbers"), folder,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path, on_duplicate: str | None = None):
        """Check and import off the UI thread; a duplicate asks which wins and starts again."""
        from flashdesk.gui.workers import BackgroundTask
        from flashdesk.review.service import DuplicateRecordsError

        store, campaign_id = self.context.store, self.context.campaign_id

        def work(progress):
            from flashdesk.review.importer import import_workbook

            return import_workbook(store, campaign_id, path, on_duplicate=on_duplicate,
                                   progress=progress)

        def done(change, error) -> None:
            self.task = None
            if isinstance(error, DuplicateRecordsError):
                choice = ask_which_wins(self, error)
                if choice is not None:
                    self.start_import(path, choice)
            elif error is not None:
                show_error(self, error, self.tr("Import failed"))
            elif not change.empty:
                self.context.push(change, self.tr("Import review numbers from {file}")
                                  .format(file=path.name))
            else:
                show_error(self, UserError(self.tr("{file} holds no numbers that are not "
                                                     "recorded already.").format(file=path.name)))

        self.task = BackgroundTask(self, self.tr("Importing review numbers…"), work, done).start()
        return self.task
