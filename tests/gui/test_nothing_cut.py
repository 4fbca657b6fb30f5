"""What an operator reads is never cut off: a legend entry stays on one line, the workbook's
value in the read-back dialog shows whole, the review chart and the poster fit a 1024x700
window, the printed Gantt holds every name."""

import pytest
from PySide6.QtGui import QTextDocument

from flashdesk import i18n
from flashdesk.gui.tasks.legend import legend_html
from tests.gui.helpers import show_tab, window_on

MARKS = "■□┆│"


def _lines(html: str, width: int) -> list[str]:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # lays the text out
    block = document.begin()
    layout, text = block.layout(), block.text()
    return [text[line.textStart():line.textStart() + line.textLength()]
            for line in (layout.lineAt(i) for i in range(layout.lineCount()))]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_gantt_legend_breaks_only_between_entries(qapp, language):
    i18n.install(language)
    try:
        html = legend_html(None, "phase")
    finally:
        i18n.install("en")
    for width in range(160, 900, 6):
        lines = _lines(html, width)
        split = [line for line in lines if line.strip("\xa0 ")[:1] not in MARKS]
        assert not split, f"at {width} px a line starts inside an entry: {split}"


def test_read_back_shows_the_workbooks_value_whole(qtbot, app_context, campaign_id, tmp_path):
    from flashdesk.gui.read_back_dialog import ReadBackDialog
    from flashdesk.workbook.readback import read_back
    from tests.gui.test_read_back import team_edited

    path = team_edited(app_context.store, campaign_id, tmp_path)
    dialog = ReadBackDialog(read_back(app_context.store, campaign_id, path))
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.tree
    new = "新正文：今晚八点开抢"
    cell = next(item for item in _items(tree) if item.text(4) == new)
    assert tree.columnWidth(4) > tree.fontMetrics().horizontalAdvance(new) + 10
    assert tree.columnWidth(4) >= tree.columnWidth(3) - 1, "the two values share the width"
    assert tree.visualItemRect(cell).right() <= tree.viewport().width()


def _items(tree):
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    found = QTreeWidgetItemIterator(tree)
    while found.value():
        yield found.value()
        found += 1


@pytest.fixture(params=["en", "zh_CN"])
def small_window(request, qtbot, app_context, campaign_id):
    """The main window at 1024x700 in each language; gives (window, holder of a tab by class)."""
    i18n.install(request.param)
    window = window_on(qtbot, app_context, campaign_id, 1024, 700, request.param)

    def show(name: str):
        index = show_tab(window, name)
        return window.tab_at(index), window.tabs.widget(index)

    yield show
    i18n.install("en")


def _settle():
    from PySide6.QtWidgets import QApplication

    for _ in range(10):
        QApplication.processEvents()


def _inside(widget, holder) -> bool:
    bottom = widget.mapTo(holder.viewport(), widget.rect().bottomLeft()).y()
    return bottom <= holder.viewport().height()


def test_review_chart_fits_the_window_at_1024x700(small_window, app_context, campaign_id):
    from flashdesk.review.sample import add_sample_numbers

    add_sample_numbers(app_context.store, campaign_id)
    review, holder = small_window("ReviewTab")
    review.sections.setCurrentWidget(review.charts)
    _settle()
    assert holder.verticalScrollBar().maximum() == 0, "the tab scrolls: the chart's foot is below the window"
    assert review.charts.canvas.height() > 250 and _inside(review.charts.canvas, holder)


def test_poster_and_its_properties_fit_the_window_at_1024x700(small_window):
    posters, holder = small_window("PostersTab")
    _settle()
    posters.canvas.select(next(e for e in posters.doc.elements if e.kind == "headline").id)
    _settle()
    assert holder.verticalScrollBar().maximum() == 0, "the tab scrolls: the poster's foot is below the window"
    assert _inside(posters.canvas.parentWidget(), holder)
    locked, panel = posters.properties.locked, posters.properties.parentWidget()  # the viewport
    right = locked.mapTo(panel, locked.rect().topLeft()).x() + locked.sizeHint().width()
    assert locked.width() >= locked.sizeHint().width() and right <= panel.width(), "the Locked box's text is cut"


def test_printed_gantt_holds_every_bar_name_and_every_owner(qtbot, app_context, campaign_id):
    from PySide6.QtGui import QFont, QFontMetricsF

    from flashdesk.gui.tasks.export import NAMES_WIDTH, chart_width, row_name
    from flashdesk.gui.tasks.tab import TasksTab

    app_context.select_campaign(campaign_id)
    tab = TasksTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.set_zoom("day")
    tab.view.materialize_all()
    width = chart_width(tab.view)
    cut = [tab.state.tasks[i].name for i, bar in tab.view.bars.items()
           if bar.label.sceneBoundingRect().right() > width]
    assert not cut, f"names past the printed chart's right edge: {cut}"
    font = QFont(tab.view.font())
    font.setPixelSize(12)
    metrics = QFontMetricsF(font)
    for task in tab.state.tasks.values():
        owner = tab.state.role_name(task)
        row = row_name(metrics, tab.state.number[task.id], task.name, owner)
        assert metrics.horizontalAdvance(row) <= NAMES_WIDTH - 12
        assert not owner or row.endswith(f"（{owner}）")


def test_runbook_gives_the_text_to_send_the_room_at_1024x700(small_window, app_context):
    from flashdesk.gui.groups.models import RunbookModel
    from flashdesk.gui.groups.runbook_page import HIDDEN_KEY

    groups, _holder = small_window("GroupsTab")
    groups.pages.setCurrentWidget(groups.runbook)
    _settle()
    view = groups.runbook.runbook_view
    width = view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0, "the runbook scrolls sideways"
    assert view.columnWidth(RunbookModel.TEXT) >= 0.35 * width, "the text to send is squeezed"
    packets = view.columnViewportPosition(RunbookModel.INCENTIVE) + view.columnWidth(RunbookModel.INCENTIVE)
    assert packets <= width, "the red packets are off the view"
    menu = groups.runbook.columns_menu()
    kind = next(a for a in menu.actions() if a.text() == view.model().headers[RunbookModel.KIND])
    assert not kind.isChecked()
    kind.setChecked(True)  # the column titles' menu shows it, and the next session keeps it
    assert not view.isColumnHidden(RunbookModel.KIND)
    assert "kind" not in str(app_context.settings.value(HIDDEN_KEY)).split(",")


def test_poster_findings_get_the_side_panel_when_nothing_is_selected(small_window):
    posters, _holder = small_window("PostersTab")
    posters.run_checks()
    _settle()
    side, findings = posters.side, posters.findings_list
    assert posters.findings and findings.height() >= 0.6 * side.height(), "the findings are squeezed"
    posters.canvas.select(next(e for e in posters.doc.elements if e.kind == "headline").id)
    _settle()
    assert posters.properties_area.height() >= 0.5 * side.height(), "the properties are squeezed"
    posters.canvas.select(None)
    _settle()
    assert findings.height() >= 0.6 * side.height()


def test_activity_shows_the_rows_an_action_touched_whole(qtbot, app_context, campaign_id):
    from PySide6.QtCore import QRect, Qt

    from flashdesk.gui.team import ActivityDialog
    from flashdesk.review.sample import add_sample_numbers

    add_sample_numbers(app_context.store, campaign_id)
    app_context.select_campaign(campaign_id)
    dialog = ActivityDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    table = dialog.table
    assert table.rowCount() >= 1
    for row in range(table.rowCount()):
        text, width = table.item(row, 3).text(), table.columnWidth(3) - 8
        needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        fits = table.fontMetrics().horizontalAdvance(text) <= width
        assert fits or table.wordWrap() and needed.height() <= table.rowHeight(row), f"the rows are cut: {text}"
    assert max(table.fontMetrics().horizontalAdvance(table.item(r, 3).text())
               for r in range(table.rowCount())) > table.columnWidth(3), "no entry long enough to check"


def test_copy_picker_list_does_not_scroll_sideways(qtbot, app_context, campaign_id):
    from flashdesk.gui.copies.picker import CopyPicker

    picker = CopyPicker(None, app_context.store, campaign_id)
    qtbot.addWidget(picker)
    picker.show()
    _settle()
    results = picker.results
    assert results.count() > 10
    assert results.horizontalScrollBar().maximum() == 0, "the copy list scrolls sideways"
    width = results.viewport().width()
    lines = [line for i in range(results.count()) for line in results.item(i).text().split("\n")]
    assert max(results.fontMetrics().horizontalAdvance(line) for line in lines) > width - 40, \
        "no line long enough to check"
    assert all(results.visualItemRect(results.item(i)).right() <= width for i in range(results.count()))


def test_review_cards_keep_a_short_value_on_one_line(qapp, small_window, app_context, campaign_id):
    from flashdesk.paths import ui_dir
    from flashdesk.review.sample import add_sample_numbers

    add_sample_numbers(app_context.store, campaign_id)
    qapp.setStyleSheet((ui_dir() / "theme.qss").read_text(encoding="utf-8"))  # its 16 px values
    try:
        review, _holder = small_window("ReviewTab")
        _settle()
        for key, card in review.cards.items():
            label = card.value
            label.ensurePolished()
            one_line = label.fontMetrics().lineSpacing()
            assert label.heightForWidth(label.contentsRect().width()) < 2 * one_line, \
                f"{key}: {label.text()!r} wraps at {label.width()} px"
    finally:
        qapp.setStyleSheet("")


def test_poster_findings_are_drawn_whole_and_stacked_without_gaps(small_window):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    posters, _holder = small_window("PostersTab")
    doc = posters.doc  # a bad poster: the headline off the page and small, the QR small and covered
    headline = next(e for e in doc.elements if e.kind == "headline")
    headline.x, headline.props["size"] = -60, 14
    qr = next(e for e in doc.elements if e.kind == "qr")
    qr.w = qr.h = 90
    badge = next(e for e in doc.elements if e.kind == "badge")
    badge.x, badge.y, badge.z = qr.x, qr.y + 20, 99
    posters.canvas.set_doc(doc)
    posters.run_checks()
    _settle()
    findings = posters.findings_list
    rects = [findings.visualRect(findings.model().index(i, 0)) for i in range(findings.count())]
    assert len(rects) >= 3
    for above, below in zip(rects, rects[1:]):
        assert below.top() - above.bottom() <= 2 * findings.spacing() + 1, "a blank line between findings"
    for i, rect in enumerate(rects):
        option = QStyleOptionViewItem()
        findings.initViewItemOption(option)
        option.rect, option.text = rect, findings.item(i).text()
        option.icon = findings.item(i).icon()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay | \
            QStyleOptionViewItem.ViewItemFeature.HasDecoration | QStyleOptionViewItem.ViewItemFeature.WrapText
        drawn = findings.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, findings)
        needed = findings.fontMetrics().boundingRect(QRect(0, 0, drawn.width() - 6, 100_000),
                                                     Qt.TextFlag.TextWordWrap, option.text)
        assert needed.height() <= rect.height(), f"cut: {option.text}"


def test_read_back_names_every_unchanged_sheet_whole(qtbot, app_context, campaign_id, tmp_path):
    """The unchanged sheets' names overran a tree row at 900 px: "No changes in: 文案库、…、复盘数据-文…"."""
    from PySide6.QtWidgets import QLabel

    from flashdesk.gui.read_back_dialog import ReadBackDialog
    from flashdesk.workbook.readback import read_back
    from tests.gui.test_read_back import team_edited

    path = team_edited(app_context.store, campaign_id, tmp_path)
    dialog = ReadBackDialog(read_back(app_context.store, campaign_id, path))
    qtbot.addWidget(dialog)
    dialog.show()
    tree, metrics = dialog.tree, dialog.tree.fontMetrics()
    for item in _items(tree):
        if item.isFirstColumnSpanned():
            assert metrics.horizontalAdvance(item.text(0)) < tree.viewport().width(), item.text(0)
    quiet = [sheet.title for sheet in dialog.read.sheets if not (sheet.rows or sheet.unreadable or sheet.missing)]
    assert len(quiet) > 5
    [label] = [label for label in dialog.findChildren(QLabel) if quiet[-1] in label.text()]
    assert all(title in label.text() for title in quiet)
    assert label.wordWrap() and label.height() >= label.heightForWidth(label.width())
