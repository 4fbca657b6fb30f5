"""The copy list's column widths, fitted whenever the list is resized: the title takes the
room; the stage and channel columns are as wide as their longest label while the title keeps
at least 40% of the list; when it would not, they show short labels (a word each, the whole
label in the tooltip) and are as wide as the longest of those, narrower still if need be
(labels end in "…", yet show four characters at least); the star and the counts are as
wide as their headers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle, QTableView

from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
from flashdesk.gui.copies.models import CHANNEL, FAVOURITE, RESULTS, STAGE, USED

TITLE_SHARE = 0.4  # of the list's width, at least
WIDEST_COUNT = "99,999"
LEAST_CHARS = 4  # a label cut shorter than this reads as nothing


class ColumnFitter(QObject):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        metrics = view.fontMetrics()
        # Qt's item text margin each side, the grid line the cell loses, a pixel for rounding
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        count = metrics.horizontalAdvance(WIDEST_COUNT) + margin
        fixed = {FAVOURITE: header.sectionSizeHint(FAVOURITE),
                 USED: max(count, header.sectionSizeHint(USED)),
                 RESULTS: max(count, header.sectionSizeHint(RESULTS))}
        vocabs = {STAGE: STAGE_BY_KEY, CHANNEL: CHANNEL_BY_KEY}
        full = {column: max(header.sectionSizeHint(column), margin + max(
                    metrics.horizontalAdvance(term.label()) for term in terms.values()))
                for column, terms in vocabs.items()}
        # the narrower column first: it keeps its whole label when half the room is enough
        room = view.viewport().width() * (1 - TITLE_SHARE) - sum(fixed.values())
        least = LEAST_CHARS * metrics.horizontalAdvance("渠") + margin
        short = set()
        for left, column in enumerate(sorted(full, key=full.get)):
            share, wanted = room / (len(full) - left), full[column]
            if wanted > share:  # a word each ("Quiz", "Group") rather than "Quiz s…", "WeCo…"
                short.add(column)
                wanted = margin + max(metrics.horizontalAdvance(term.short_label())
                                      for term in vocabs[column].values())
            fixed[column] = max(least, header.sectionSizeHint(column), min(wanted, int(share)))
            room -= fixed[column]
        view.model().set_short_columns(frozenset(short))
        for column, width in fixed.items():
            header.resizeSection(column, width)
