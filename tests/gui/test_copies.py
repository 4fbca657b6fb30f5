"""The copy library tab through qtbot: real widgets offscreen over a real store."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFocusEvent, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
)

from flashdesk.copies import service
from flashdesk.copies.service import CopyDraft, CopyQuery
from flashdesk.groups.copy_values import values_for
from flashdesk.gui.copies.models import HIGHLIGHT, excerpt, marked_runs
from flashdesk.gui.copies.tab import CopiesTab
from tests.gui.helpers import show_tab, when_modal, window_on


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = CopiesTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _search(tab, qtbot, text):
    tab.search.setText(text)
    qtbot.waitUntil(lambda: tab.model.query.text == text, timeout=3000)


def _select(tab, title):
    row = next(i for i, c in enumerate(tab.model.rows) if c.title == title)
    tab.view.setCurrentIndex(tab.model.index(row, 1))
    assert tab.editor.title.text() == title


def test_lists_the_seeded_library_and_searches_two_characters(tab, qtbot, store):
    assert tab.model.rowCount() == service.library_size(store) >= 40
    assert "48" in tab.count.text()
    _search(tab, qtbot, "福利")
    titles = [c.title for c in tab.model.rows]
    assert titles and all("福利" in c.title or "福利" in c.body for c in tab.model.rows)
    _search(tab, qtbot, "福利 名额")
    assert [c.title for c in tab.model.rows] == ["入群欢迎语"]
    assert marked_runs("<b>福利</b>群福", ["福利"]) == [("<b>", False), ("福利", True), ("</b>群福", False)]
    shot = tab.view.viewport().grab().toImage()  # paints the title column through the delegate
    marked = QColor(HIGHLIGHT).rgb()
    cell = tab.view.visualRect(tab.model.index(0, 1))
    assert any(shot.pixel(x, y) == marked for x in range(cell.left(), cell.right(), 2)
               for y in range(cell.top(), cell.bottom())), "the match is marked in the first row"
    body = tab.editor.body.toPlainText()
    assert ("search" in {kind for _s, _e, kind in tab.editor.highlighter.marks}) == ("福利" in body)
    first = tab.model.rows[0]  # the line the delegate paints under the title
    assert "福利" in excerpt(first.body, tab.model.query.terms) or "福利" in first.title


def test_filters_and_sort(tab, qtbot, store):
    tab.stage.setCurrentIndex(tab.stage.findData("quiz_script"))
    assert {c.stage for c in tab.model.rows} == {"quiz_script"}
    tab.stage.setCurrentIndex(0)
    tab.channel.setCurrentIndex(tab.channel.findData("private"))
    assert {c.channel for c in tab.model.rows} <= {"private", ""}
    tab.channel.setCurrentIndex(0)
    target = tab.model.rows[5].id
    for _ in range(3):
        service.record_use(store, target)
    tab.sort.setCurrentIndex(tab.sort.findData("used"))
    tab.reload()
    assert tab.model.rows[0].id == target


def test_list_fetches_lazily(tab, qtbot):
    tab.model.PAGE = 10
    tab.reload()
    assert tab.model.rowCount() == 10 and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 20
    tab.view.scrollToBottom()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 48 and len({c.id for c in tab.model.rows}) == 48


def test_lint_findings_are_listed_and_marked(tab, qtbot, app_context):
    _select(tab, "入群欢迎语")
    tab.editor.body.setPlainText("史上最好的{product}！！{dealprice}")
    texts = [tab.editor.findings.item(i).text() for i in range(tab.editor.findings.count())]
    assert any("dealprice" in t and "line 1" in t for t in texts)
    assert any("“史上”" in t for t in texts) and any("“最好”" in t for t in texts)
    assert any("“！！”" in t for t in texts)
    kinds = {kind for _s, _e, kind in tab.editor.highlighter.marks}
    assert kinds == {"variable", "lint", "error"}
    formats = tab.editor.body.document().firstBlock().layout().formats()
    assert any(f.format.underlineStyle() for f in formats)
    assert "爽肤水" in tab.editor.preview.toPlainText()
    tab.editor.body.setPlainText("很好用的{product}！")
    assert tab.editor.findings.item(0).text() == "No problems found."


def test_with_no_copy_shown_the_checks_say_nothing(tab, qtbot, app_context):
    """A disabled editor holds no copy: no green "No problems found.", no preview, not even
    after the campaign's values or the search change."""
    _search(tab, qtbot, "zzqqxx不存在")
    assert tab.current_id is None and not tab.editor.isEnabled()
    app_context.campaignSelected.emit(app_context.campaign_id)  # the values are set again
    tab.editor.set_search_terms(["福利"])
    assert tab.editor.findings.count() == 0 and tab.editor.preview.toPlainText() == ""
    _search(tab, qtbot, "")
    _select(tab, "入群欢迎语")
    assert tab.editor.findings.count() > 0 and tab.editor.preview.toPlainText()


def test_body_edit_is_saved_and_undoable(tab, qtbot, app_context, store):
    _select(tab, "群规再提醒")
    copy_id = tab.current_id
    before = service.get_copy(store, copy_id).body
    tab.editor.body.setPlainText("只聊活动相关，谢谢配合")
    qtbot.waitUntil(lambda: service.get_copy(store, copy_id).body == "只聊活动相关，谢谢配合",
                    timeout=3000)
    tab.editor.title.setText("群规提醒（新）")
    tab.editor.title.editingFinished.emit()
    assert service.get_copy(store, copy_id).title == "群规提醒（新）"
    app_context.undo_stack.undo()
    assert service.get_copy(store, copy_id).title == "群规再提醒"
    app_context.undo_stack.undo()
    assert service.get_copy(store, copy_id).body == before
    assert tab.editor.body.toPlainText() == before
    app_context.undo_stack.redo()
    assert tab.editor.body.toPlainText() == "只聊活动相关，谢谢配合"


def test_empty_title_is_refused_with_a_message(tab, qtbot, store):
    _select(tab, "群规")
    copy_id = tab.current_id
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    tab.editor.title.setText("  ")
    tab.editor.title.editingFinished.emit()
    assert seen and "title" in seen[0]
    assert service.get_copy(store, copy_id).title == "群规"
    assert tab.editor.title.text() == "群规"


def test_copy_filled_counts_a_use(tab, qtbot, store, app_context):
    service.set_variables(store, app_context.campaign_id, {"group_name": "618 爽肤水福利群",
                                                            "live_code": "https://w.cn/q"})
    tab._load_values()
    _select(tab, "发布入群通道")
    tab.use_button.click()
    text = QGuiApplication.clipboard().text()
    assert "「618 爽肤水福利群」" in text and "https://w.cn/q" in text and "{" not in text
    assert service.get_copy(store, tab.current_id).times_used == 1
    assert "1" in tab.status.text()
    assert tab.model.rows[tab.model.row_of(tab.current_id)].times_used == 1


def test_unknown_variable_blocks_copying(tab, qtbot, store):
    _select(tab, "群规")
    tab.editor.body.setPlainText("限{qouta}份")
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    tab.use_button.click()
    assert seen and "{qouta}" in seen[0] and "column 2" in seen[0]
    assert service.get_copy(store, tab.current_id).times_used == 0


def test_duplicate_into_campaign_favourite_delete_all_undoable(tab, qtbot, store, app_context):
    _select(tab, "入群欢迎语")
    library_id = tab.current_id
    tab.duplicate_button.click()
    copied = tab.current_id
    assert copied != library_id and service.get_copy(store, copied).campaign_id == app_context.campaign_id
    tab.scope.setCurrentIndex(tab.scope.findData("campaign"))
    assert [c.id for c in tab.model.rows] == [copied]
    app_context.undo_stack.undo()
    assert tab.model.rowCount() == 0
    app_context.undo_stack.redo()
    assert [c.id for c in tab.model.rows] == [copied]
    tab.favourite_button.click()
    assert service.get_copy(store, copied).favourite
    assert tab.model.data(tab.model.index(0, 0)) == "★"
    app_context.undo_stack.undo()
    assert not service.get_copy(store, copied).favourite
    tab.delete_button.click()
    assert tab.model.rowCount() == 0
    app_context.undo_stack.undo()
    assert [c.id for c in tab.model.rows] == [copied]


def test_new_copy_and_results(tab, qtbot, store, app_context):
    before = service.library_size(store)
    tab.new_button.click()
    assert service.library_size(store) == before + 1
    new_id = tab.current_id
    tab.editor.participants.setValue(42)
    tab.editor.participants.editingFinished.emit()
    assert service.get_copy(store, new_id).participants == 42
    tab.sort.setCurrentIndex(tab.sort.findData("results"))
    assert tab.model.rows[0].id == new_id
    app_context.undo_stack.undo()
    assert service.get_copy(store, new_id).participants is None
    app_context.undo_stack.undo()
    assert service.library_size(store) == before


def test_campaign_values_dialog_is_undoable(tab, qtbot, store, app_context):
    def fill_in(dialog):
        dialog.fields["group_name"].setText("测试群")
        dialog.accept()
    when_modal(fill_in)
    tab.variables_button.click()
    assert values_for(store, app_context.campaign_id)["group_name"] == "测试群"
    assert tab.editor.values["group_name"] == "测试群"
    app_context.undo_stack.undo()
    assert values_for(store, app_context.campaign_id)["group_name"].endswith("福利1群")



@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_campaign_values_dialog_fits_a_short_screen_with_its_fields_whole(qtbot, app_context, campaign_id,
                                                                          app_font, language):
    """At 1024x700 Qt opened it 573 px tall, all it could, and squeezed the three fields; the
    campaign's own values now scroll instead."""
    from flashdesk import i18n
    from flashdesk.groups.copy_values import group_values
    from flashdesk.gui.copies.values_dialog import CampaignValuesDialog

    i18n.install(language)
    try:
        dialog = CampaignValuesDialog(values_for(app_context.store, campaign_id), None, {},
                                      group_values(app_context.store, campaign_id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= dialog.screen().availableGeometry().height()
        for height in (dialog.height(), 450):  # as it opens, and on a screen shorter still
            dialog.resize(dialog.width(), height)
            QApplication.processEvents()
            assert dialog.height() == height
            assert [field.height() for field in dialog.fields.values()] == \
                [field.sizeHint().height() for field in dialog.fields.values()]
    finally:
        i18n.install("en")

def test_campaign_values_dialog_shows_a_long_campaign_name_whole(qtbot, app_context, campaign_id):
    """The campaign's values scroll only up and down: a 200-character name wraps instead of
    running past the dialog's edge, where no scrollbar could reach it."""
    from flashdesk.campaigns.service import rename_campaign
    from flashdesk.groups.copy_values import group_values
    from flashdesk.gui.copies.values_dialog import CampaignValuesDialog

    name = ("爽肤水限定装快闪群" * 23)[:200]
    rename_campaign(app_context.store, campaign_id, name)
    dialog = CampaignValuesDialog(values_for(app_context.store, campaign_id), None, {},
                                  group_values(app_context.store, campaign_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [label] = [label for label in dialog.findChildren(QLabel) if label.text() == name]
    viewport = dialog.findChild(QScrollArea, "givenValues").viewport()
    assert label.mapTo(viewport, label.rect().topRight()).x() < viewport.width(), "the name runs off"
    assert label.height() >= label.heightForWidth(label.width()), "the name is cut"


def test_without_a_campaign_only_the_library_shows(qtbot, app_context, store, campaign_id):
    service.create_copy(store, CopyDraft(title="只属于活动", campaign_id=campaign_id)).result
    widget = CopiesTab(app_context)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == service.count_copies(store, CopyQuery())
    assert not widget.duplicate_button.isEnabled() and not widget.scope.isEnabled()
    assert "Select a campaign" in widget.editor.preview.toPlainText()


def test_keyboard_delete_and_context_menu(tab, qtbot, store, app_context):
    _select(tab, "群规")
    copy_id = tab.current_id
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert copy_id not in [c.id for c in tab.model.rows]
    app_context.undo_stack.undo()
    assert copy_id in [c.id for c in tab.model.rows]
    assert [a.text() for a in tab.view.actions()][-1] == "Delete"


def _write_csv(path, rows):
    import csv

    from flashdesk.copies.transfer import COLUMNS

    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def test_import_from_the_tab_is_checked_confirmed_and_undoable(tab, qtbot, store, app_context,
                                                               tmp_path):
    from flashdesk.gui.copies.import_action import import_file

    before = service.library_size(store)
    bad = _write_csv(tmp_path / "bad.csv", [["好", "", "倒计时", "", "x", "", ""],
                                            ["坏", "", "开派对", "", "x", "", ""]])
    seen, results = [], []
    when_modal(lambda box: (seen.append(box.text()), box.accept()), attempts=200)
    import_file(tab, app_context, str(bad), results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert results == [[]] and "Row 3" in seen[0] and service.library_size(store) == before

    good = _write_csv(tmp_path / "good.csv", [["导入一", "", "倒计时", "稀缺", "还剩{remaining}份", "", ""],
                                              ["导入二", "公众号", "群公告", "", "公告", "2", "9"]])
    seen.clear()
    when_modal(lambda box: (seen.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()),
               attempts=200)
    import_file(tab, app_context, str(good), results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert len(results[1]) == 2 and "2" in seen[0]
    assert service.library_size(store) == before + 2
    assert "导入一" in {c.title for c in tab.model.rows}
    app_context.undo_stack.undo()
    assert service.library_size(store) == before
    app_context.undo_stack.redo()
    assert service.library_size(store) == before + 2


def test_hovering_a_marked_word_explains_it(tab, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    _select(tab, "群规")
    body = tab.editor.body
    body.setPlainText("好消息：全网最低价")
    cursor = body.textCursor()
    cursor.setPosition(5)  # inside 全网最低
    rect = body.cursorRect(cursor)
    point = QPoint(rect.right() + 3, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point))
    assert tab.editor.eventFilter(body.viewport(), event)
    assert "全网最低" in QToolTip.text() and "群内专享价" in QToolTip.text()


def test_leaving_the_body_saves_at_once(tab, qtbot, store):
    _select(tab, "群规")
    copy_id = tab.current_id
    tab.editor.body.setFocus()
    tab.editor.body.setPlainText("离开就保存")
    tab.editor.title.setFocus()
    QApplication.sendEvent(tab.editor.body, QFocusEvent(QEvent.Type.FocusOut))
    assert service.get_copy(store, copy_id).body == "离开就保存"


def test_plain_columns_paint_as_the_model_says_after_a_change(tab, qtbot):
    """The plain columns are painted from kept pictures: a changed cell shows its new text."""
    from flashdesk.gui.copies.models import FAVOURITE

    def star_pixels():
        shot = tab.view.viewport().grab().toImage()
        cell = tab.view.visualRect(tab.model.index(0, FAVOURITE))
        return sum(1 for x in range(cell.left(), cell.right()) for y in range(cell.top(), cell.bottom())
                   if (c := shot.pixelColor(x, y)).red() > 150 and c.green() < 110 and c.blue() < 110)

    tab.view.clearSelection()  # the star is drawn in the favourite ink, not the selection's
    before = star_pixels()
    first = tab.model.rows[0]
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    tab.toggle_favourite()
    tab.view.clearSelection()
    assert tab.model.rows[0].id == first.id and tab.model.rows[0].favourite != first.favourite
    after = star_pixels()
    assert (after > before) == bool(tab.model.rows[0].favourite) and after != before


def test_showing_a_copy_is_no_edit_of_its_body(tab, qtbot):
    """Marking the search terms in the shown body is not typing: nothing waits to be saved."""
    _search(tab, qtbot, "福利")
    assert "search" in {kind for _s, _e, kind in tab.editor.highlighter.marks}
    tab.view.setCurrentIndex(tab.model.index(1, 1))
    assert "search" in {kind for _s, _e, kind in tab.editor.highlighter.marks}
    assert not tab.editor._body_timer.isActive()


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from flashdesk import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _copies_in_window(qtbot, app_context, campaign_id, language, width, height):
    window = window_on(qtbot, app_context, campaign_id, width, height, language)
    return window.tab_at(show_tab(window, "CopiesTab", settle=5))


class _Recorder(QPainter):
    """A painter that keeps the text lines the title delegate draws, by height."""

    def __init__(self, device):
        super().__init__(device)
        self.lines: dict[float, str] = {}

    def drawText(self, *args):
        point, text = args[0], args[-1]
        self.lines[point.y()] = self.lines.get(point.y(), "") + text
        super().drawText(*args)


def test_titles_get_the_room_and_cut_text_ends_in_an_ellipsis_at_1024x700(
        qtbot, app_context, campaign_id, language):
    from flashdesk.gui.copies.models import CHANNEL, STAGE, TITLE

    tab = _copies_in_window(qtbot, app_context, campaign_id, language, 1024, 700)
    view = tab.view
    widths = [view.columnWidth(c) for c in range(tab.model.columnCount())]
    assert widths[TITLE] == max(widths) and widths[TITLE] >= 0.4 * view.viewport().width() >= 140
    assert min(widths[STAGE], widths[CHANNEL]) >= 4 * view.fontMetrics().horizontalAdvance("渠")
    assert sum(widths) <= view.viewport().width()  # no sideways scrolling inside the list

    long_title = "答对祝贺与下一题：公布答案、发红包、预告下一题的时间和奖品"
    tab.view.setCurrentIndex(tab.model.index(0, TITLE))
    tab.editor.title.setText(long_title)
    tab.editor.title.editingFinished.emit()
    row = next(r for r, c in enumerate(tab.model.rows) if c.title == long_title)
    index = tab.model.index(row, TITLE)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    view.itemDelegateForColumn(TITLE).paint(painter, option, index)
    painter.end()
    title, body_line = (painter.lines[y] for y in sorted(painter.lines))
    metrics = view.fontMetrics()
    for line in (title, body_line):
        assert line.endswith("…") and metrics.horizontalAdvance(line) <= option.rect.width()
    assert long_title.startswith(title.removesuffix("…")) and len(title) > 5


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1920, 1080)])
def test_every_editor_label_shares_a_row_with_its_field(qtbot, app_context, campaign_id, language,
                                                         size):
    tab = _copies_in_window(qtbot, app_context, campaign_id, language, *size)
    editor = tab.editor
    form = editor.findChild(QFormLayout)
    fields = [editor.title, editor.channel, editor.stage, editor.participants]
    pairs = [(form.labelForField(field), field) for field in fields]
    sort_label = next(label for label in tab.findChildren(QLabel)
                      if label.text() == tab.tr("Sort:"))
    pairs.append((sort_label, tab.sort))
    for label, field in pairs:
        assert label is not None and label.isVisible()
        middle = label.mapTo(tab, label.rect().center()).y()
        top = field.mapTo(tab, field.rect().topLeft()).y()
        assert top <= middle <= top + field.height(), (label.text(), size)
        assert label.mapTo(tab, label.rect().topRight()).x() < field.mapTo(tab, field.rect().topLeft()).x()


def test_stage_and_channel_labels_are_whole_in_a_wide_window(qtbot, app_context, campaign_id, language):
    from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
    from flashdesk.gui.copies.models import CHANNEL, STAGE

    tab = _copies_in_window(qtbot, app_context, campaign_id, language, 1920, 1080)
    view = tab.view
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for column, terms in ((STAGE, STAGE_BY_KEY), (CHANNEL, CHANNEL_BY_KEY)):
        room = view.visualRect(tab.model.index(0, column)).width() - 2 * margin
        for term in terms.values():
            label = term.label()
            assert view.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, room) == label


def test_narrow_stage_and_channel_columns_show_a_whole_short_label_at_1024x700(
        qtbot, app_context, campaign_id, language):
    """Not "Quiz s…" and "WeCo…": a short label, whole; the full one is in the tooltip."""
    from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
    from flashdesk.gui.copies.models import CHANNEL, STAGE

    tab = _copies_in_window(qtbot, app_context, campaign_id, language, 1024, 700)
    view, model = tab.view, tab.model
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for column, terms, key in ((STAGE, STAGE_BY_KEY, "stage"), (CHANNEL, CHANNEL_BY_KEY, "channel")):
        room = view.columnWidth(column) - 2 * margin
        for term in terms.values():
            short = term.short_label()
            assert view.fontMetrics().elidedText(short, Qt.TextElideMode.ElideRight, room) == short
            assert len(short) < len(term.label()) or short == term.label()
        row = next(r for r, copy in enumerate(model.rows) if getattr(copy, key) in terms)
        term = terms[getattr(model.rows[row], key)]
        index = model.index(row, column)
        assert model.data(index) == term.short_label() != term.label()
        assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(term.label() + "\n\n")


@pytest.mark.parametrize("term", ["", "zzqqxx不存在"])
def test_the_tab_fits_1024x700_and_the_editor_scrolls_on_its_own(qtbot, app_context, campaign_id,
                                                                 language, term):
    """Copies found or none: the tab never scrolls (the list's count and buttons stay on
    screen, the layout does not jump); the editor scrolls up and down inside its column."""
    window = window_on(qtbot, app_context, campaign_id, 1024, 700, language)
    index = show_tab(window, "CopiesTab", settle=5)
    tab, holder = window.tab_at(index), window.tabs.widget(index)
    if term:
        _search(tab, qtbot, term)
        assert tab.model.rowCount() == 0
    for _ in range(10):
        QApplication.processEvents()
    assert holder.verticalScrollBar().maximum() == 0 and not holder.verticalScrollBar().isVisible()
    for button in (tab.delete_button, tab.count):
        bottom = button.mapTo(holder.viewport(), button.rect().bottomLeft()).y()
        assert bottom <= holder.viewport().height(), "the list's buttons are below the window"
    area = tab.editor_area
    assert area.horizontalScrollBar().maximum() == 0
    assert tab.editor.width() >= tab.editor.minimumSizeHint().width(), "the editor is cut at its right"
    assert area.verticalScrollBar().maximum() > 0  # not all of it fits: it scrolls, not the tab


def test_an_empty_list_says_why_over_its_blank_rows(qtbot, app_context, campaign_id, language):
    """Nothing found: the list says so, in the language shown, where its rows would be; the
    list and everything around it stay where they were."""
    tab = _copies_in_window(qtbot, app_context, campaign_id, language, 1024, 700)
    assert not tab.nothing.isVisible()
    before = tab.view.geometry()
    _search(tab, qtbot, "zzqqxx不存在")
    QApplication.processEvents()
    assert tab.model.rowCount() == 0
    assert tab.nothing.isVisible() and tab.nothing.text()
    assert ("筛选" in tab.nothing.text()) == (language == "zh_CN")
    assert tab.nothing.parentWidget() is tab.view.viewport()
    inside = tab.view.viewport().rect()
    assert inside.contains(tab.nothing.geometry()) and tab.nothing.height() > 2 * tab.nothing.fontMetrics().height()
    assert tab.view.geometry() == before
    _search(tab, qtbot, "")
    assert tab.model.rowCount() > 0 and not tab.nothing.isVisible()
