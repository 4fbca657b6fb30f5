"""The Review tab with real widgets offscreen and a real store: editing, pasting, asking
which wins, import off the UI thread, A/B live result, notes, charts — each edit one undo
step."""

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign
from flashdesk.gui.review.tab import ReviewTab
from flashdesk.review.experiments import list_ab_tests
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.service import records
from flashdesk.review.texts import get_text
from flashdesk.workbook.export import export_workbook
from tests.gui.helpers import show_tab, when_modal, window_on


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = ReviewTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _answer(button_text: str, seen: list):
    """Record a message box's text and press the button whose text contains button_text."""
    def act(box):
        seen.append(box.text())
        for button in box.buttons():
            if button_text in button.text().replace("&", ""):
                button.click()
                return
        box.close()
    return act


def test_empty_then_example_numbers_with_undo(tab, app_context, campaign_id):
    assert tab.sample_button.isVisible() and tab.hint.isVisible()
    assert tab.cards["orders"].value.text() == "0"
    tab.sample_button.click()
    assert tab.cards["quota_sold"].value.text() == "77.6 %"
    assert tab.cards["best_channel"].value.text() == "公众号"
    assert tab.cards["best_copy"].value.text() == "开售日叫醒红包"
    assert not tab.sample_button.isVisible()
    assert tab.pages["daily"].model.rowCount() == 15
    app_context.undo_stack.undo()
    assert records(app_context.store, campaign_id, "daily") == []
    assert list_ab_tests(app_context.store, campaign_id) == []
    assert tab.cards["orders"].value.text() == "0" and tab.sample_button.isVisible()
    app_context.undo_stack.redo()
    assert tab.cards["orders"].value.text() == "388" and len(list_ab_tests(app_context.store, campaign_id)) == 1


def test_cell_edit_is_one_undo_step_and_bad_value_changes_nothing(tab, app_context, campaign_id, qtbot):
    add_sample_numbers(app_context.store, campaign_id)
    tab.refresh()
    page = tab.pages["daily"]
    model = page.model
    members = model.index(3, 2)
    assert model.setData(members, "250")
    assert records(app_context.store, campaign_id, "daily")[3]["members"] == 250
    assert app_context.undo_stack.count() == 1
    app_context.undo_stack.undo()
    assert records(app_context.store, campaign_id, "daily")[3]["members"] == 199

    seen: list[str] = []
    when_modal(_answer("OK", seen))
    assert not model.setData(model.index(3, 3), "很多")  # text in a number column
    assert seen and "row 1, column Active" in seen[0] and "is text" in seen[0]
    assert records(app_context.store, campaign_id, "daily")[3]["active"] == 160
    assert app_context.undo_stack.count() == 1  # only the undone edit, nothing new


def test_paste_rows_from_excel_and_ask_which_wins(tab, app_context, campaign_id):
    launch = get_campaign(app_context.store, campaign_id).launch_at.date()
    page = tab.pages["daily"]
    text = (f"日期\t群\t群成员\t活跃成员\t订单\t销售额（元）\r\n"
            f"{launch}\t1群\t200\t120\t80\t27,200\r\n{launch}\t2群\t150\t90\t40\t13600\r\n")
    assert page.paste_text(text)
    assert [r["members"] for r in records(app_context.store, campaign_id, "daily")] == [200, 150]
    assert tab.cards["orders"].value.text() == "120"

    seen: list[str] = []
    when_modal(_answer("Use the new numbers", seen))
    assert page.paste_text(f"{launch}\t1群\t210\t120\t85\t28900\n")
    assert "recorded twice" in seen[0]
    assert records(app_context.store, campaign_id, "daily")[0]["members"] == 210
    app_context.undo_stack.undo()
    assert records(app_context.store, campaign_id, "daily")[0]["members"] == 200

    when_modal(_answer("Keep the recorded ones", seen))
    page.paste_text(f"{launch}\t1群\t999\t120\t85\t28900\n{launch}\t3群\t90\t30\t5\t1700\n")
    rows = records(app_context.store, campaign_id, "daily")
    assert [r["members"] for r in rows] == [200, 150, 90]

    when_modal(_answer("OK", seen))
    assert not page.paste_text(f"{launch}\t4群\t10\t20\t0\t0\n")  # active > members
    assert "Pasted rows, row 1, column Active" in seen[-1]
    assert len(records(app_context.store, campaign_id, "daily")) == 3


def test_add_and_delete_rows(tab, app_context, campaign_id, qtbot):
    page = tab.pages["channels"]
    page.add_row()
    page.add_row()
    rows = records(app_context.store, campaign_id, "channels")
    assert [r["channel"] for r in rows] == ["Channel 1", "Channel 2"]
    # selected outright: selectRow() follows the application's last known modifiers, and an
    # earlier test's Ctrl+V left Ctrl held (row 0 was toggled into a selection of both)
    flags = QItemSelectionModel.SelectionFlag
    page.view.selectionModel().select(page.view.model().index(0, 0), flags.ClearAndSelect | flags.Rows)
    assert [i.row() for i in page.view.selectionModel().selectedRows()] == [0]
    page.delete_selected()
    assert [r["channel"] for r in records(app_context.store, campaign_id, "channels")] == ["Channel 2"]
    app_context.undo_stack.undo()
    assert len(records(app_context.store, campaign_id, "channels")) == 2


def test_import_round_trip_off_thread_then_undo(tab, app_context, campaign_id, tmp_path, qtbot):
    add_sample_numbers(app_context.store, campaign_id)
    path = export_workbook(app_context.store, campaign_id, tmp_path / "team.xlsx")
    other = create_campaign(app_context.store, sample_draft()).result
    app_context.select_campaign(other)
    task = tab.start_import(path)
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    assert task is not None
    assert records(app_context.store, other, "daily") == records(app_context.store, campaign_id, "daily")
    assert tab.cards["orders"].value.text() == "388"
    app_context.undo_stack.undo()
    assert all(records(app_context.store, other, k) == [] for k in ("daily", "channels", "copies", "materials"))


def test_import_of_a_bad_workbook_names_sheet_row_column(tab, app_context, campaign_id, tmp_path, qtbot):
    import openpyxl

    add_sample_numbers(app_context.store, campaign_id)
    path = export_workbook(app_context.store, campaign_id, tmp_path / "team.xlsx")
    book = openpyxl.load_workbook(path)
    book["复盘数据-渠道"]["C4"] = -2
    book.save(path)
    other = create_campaign(app_context.store, sample_draft()).result
    app_context.select_campaign(other)
    seen: list[str] = []
    tab.start_import(Path(path))
    when_modal(_answer("OK", seen))
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "复盘数据-渠道, row 4, column C (动作次数)" in seen[0] and "negative" in seen[0]
    assert records(app_context.store, other, "daily") == []


def test_ab_editor_live_result_and_undo(tab, app_context, campaign_id):
    page = tab.ab
    page.new_test()
    assert len(list_ab_tests(app_context.store, campaign_id)) == 1
    page.step.setText("邀请文案")
    for key, value in (("exposed_a", 500), ("converted_a", 50), ("exposed_b", 500), ("converted_b", 60)):
        page.spins[key].setValue(value)
    assert "about 3341 more per variant" in page.verdict.text()  # live, before saving
    assert page.rates["b"].text() == "12.0 %"
    page.commit()
    saved = list_ab_tests(app_context.store, campaign_id)[0]
    assert (saved.step, saved.converted_b) == ("邀请文案", 60)
    page.spins["converted_a"].setValue(600)
    assert "converted but only 500 exposed" in page.verdict.text()
    page.commit()  # refused: the panel keeps saying why, the store keeps the last good values
    assert "converted but only 500 exposed" in page.verdict.text()
    assert list_ab_tests(app_context.store, campaign_id)[0].converted_a == 50
    page.step.setText("")
    page.spins["converted_a"].setValue(50)
    assert "Name the step" in page.verdict.text()
    page.commit()
    assert list_ab_tests(app_context.store, campaign_id)[0].step == "邀请文案"
    page.step.setText("邀请文案")
    assert app_context.undo_stack.count() == 2
    app_context.undo_stack.undo()  # the saved edit
    assert list_ab_tests(app_context.store, campaign_id)[0].step.startswith("New test")
    app_context.undo_stack.undo()  # the new test
    assert list_ab_tests(app_context.store, campaign_id) == []


def test_notes_and_outline(tab, app_context, campaign_id):
    add_sample_numbers(app_context.store, campaign_id)
    tab.refresh()
    tab.sections.setCurrentWidget(tab.notes)
    editor = tab.notes.editors["before"]
    editor.setPlainText("提前两天发朋友圈")
    editor.commit()
    assert get_text(app_context.store, campaign_id, "before") == "提前两天发朋友圈"
    tab.notes.draft_outline()
    outline = get_text(app_context.store, campaign_id, "outline")
    assert "## 渠道" in outline and tab.notes.editors["outline"].toPlainText() == outline
    app_context.undo_stack.undo()
    assert get_text(app_context.store, campaign_id, "outline") == ""
    app_context.undo_stack.undo()
    assert get_text(app_context.store, campaign_id, "before").startswith("预热按")


def test_charts_embed_and_export(tab, app_context, campaign_id, tmp_path):
    add_sample_numbers(app_context.store, campaign_id)
    tab.refresh()
    tab.sections.setCurrentWidget(tab.charts)
    assert tab.charts.canvas is not None and tab.charts.canvas.isVisible()
    tab.charts.list.setCurrentRow(3)
    assert tab.charts.figure.axes[0].get_title() == "Channel contribution (participants)"
    paths = tab.charts.save_all(tmp_path)
    assert len(paths) == 7 and all(p.stat().st_size > 10_000 for p in paths)
    assert ":" not in paths[-1].name


def _shown_lines(label) -> list[str]:
    """The lines a label shows: Qt's own breaking when it wraps, else its text's lines."""
    from PySide6.QtGui import QTextLayout, QTextOption

    if not label.wordWrap():
        return label.text().split("\n")
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1920, 1080)])
def test_card_details_break_between_phrases_never_inside_one(qtbot, app_context, campaign_id,
                                                              language, size):
    """The Conversion card read 订单 / 560 名群 / 成员 at 1024x700: a phrase cut in two."""
    from PySide6.QtGui import QFontMetrics

    from flashdesk import i18n

    i18n.install(language)
    try:
        add_sample_numbers(app_context.store, campaign_id)
        window = window_on(qtbot, app_context, campaign_id, *size, language)
        cards = window.tab_at(show_tab(window, "ReviewTab", settle=5)).cards
        assert "560" in cards["conversion"].detail.text()
        for key, card in cards.items():
            label = card.detail
            whole = label.toolTip() or label.text().replace("\n", " ")  # lines break at spaces
            words = whole.split()
            for line in _shown_lines(label):
                assert QFontMetrics(label.font()).horizontalAdvance(line) <= label.contentsRect().width()
                cut = line.endswith("…") and label.toolTip()
                parts = line.split()
                assert all(part in words for part in (parts[:-1] if cut else parts)), (key, line)
    finally:
        i18n.install("en")
