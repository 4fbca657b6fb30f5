"""The Customers tab with real widgets offscreen and a real store: the import dialog's
column step (guessed, changed, remembered), filters, a person's page, tags and forgetting
as undo steps, the follow-up list with copy-to-clipboard and done, the match queue."""

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from flashdesk import i18n
from flashdesk.customers.rows import read_sheet
from flashdesk.customers.service import people
from flashdesk.gui.customers.import_dialog import ImportDialog
from flashdesk.gui.customers.tab import CustomersTab
from tests.customers import exports
from tests.customers.test_import import load
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = CustomersTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def finish(dialog, timeout=60):
    """Let the import's worker thread run to its end (the dialog hears of it on the UI
    thread)."""
    began = time.monotonic()
    while dialog.task is not None:
        assert time.monotonic() - began < timeout
        QApplication.processEvents()
        time.sleep(0.01)


def import_through_dialog(tab, path, edit=None):
    dialog = ImportDialog(tab.context.store, read_sheet(path), path, tab.context.campaign_id, tab)
    if edit:
        edit(dialog)
    dialog.run()
    finish(dialog)
    if dialog.change is not None:
        tab.context.push(dialog.change, "Import")
    return dialog


def rows(model, column=0):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_import_dialog_guesses_columns_and_a_bad_file_changes_nothing(tab, tmp_path):
    dialog = import_through_dialog(tab, exports.customer_list(tmp_path))
    assert dialog.kind.currentData() == "customers"
    assert dialog.combos["phone"].currentText() == "备注手机号"
    assert rows(tab.people_model) == ["张三", "李四", "王五", "赵六"]
    bad = tmp_path / "orders.csv"
    bad.write_text("订单号,下单时间,买家昵称,实付金额\nB1,2026-06-18 20:00,小红,abc\n", encoding="utf-8")
    dialog = import_through_dialog(tab, bad)
    assert "Row 2, column D (实付金额)" in dialog.problem.text() and dialog.change is None
    assert len(people(tab.context.store)) == 4
    tab.context.undo_stack.undo()
    assert rows(tab.people_model) == []


def test_unknown_headings_are_mapped_by_hand_and_remembered(tab, tmp_path):
    path = tmp_path / "别的工具.csv"
    path.write_text("微信名,群\n小红,福利群\n", encoding="utf-8")

    def choose(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("members"))
        dialog.combos["nickname"].setCurrentText("微信名")
        dialog.combos["group"].setCurrentText("群")

    import_through_dialog(tab, path, choose)
    assert rows(tab.people_model) == ["小红"]
    again = ImportDialog(tab.context.store, read_sheet(path), path, None, tab)
    assert again.kind.currentData() == "members"
    assert again.combos["nickname"].currentText() == "微信名"


def test_filters_page_tags_and_forget(tab, app_context, tmp_path):
    import_through_dialog(tab, exports.customer_list(tmp_path))
    import_through_dialog(tab, exports.order_export(tmp_path))
    tab.tier.setCurrentIndex(tab.tier.findData("核心"))
    assert rows(tab.people_model) == ["张三"]
    tab.people_view.selectRow(0)
    html = tab.person.toPlainText()
    assert "A1002" in html and "1098.00" in html and "138****0001" in html
    tab.tier.setCurrentIndex(0)
    tab.in_campaign.setChecked(True)
    assert rows(tab.people_model) == ["张三", "李四", "钱七", "周九"]
    tab.people_view.selectRow(3)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.forget()
    assert rows(tab.people_model) == ["张三", "李四", "钱七"]
    app_context.undo_stack.undo()
    assert "周九" in rows(tab.people_model)


def test_follow_ups_copy_and_done(tab, app_context, tmp_path):
    load(tab.context.store, exports.likers(tmp_path), tab.context.campaign_id)
    tab.refresh()
    assert rows(tab.follow_model) == ["点赞未进群"] * 3
    tab.follow_view.selectRow(0)
    tab.copy_message()
    assert QApplication.clipboard().text().startswith("张三，看到你点赞了我的朋友圈")
    tab.mark("done")
    assert rows(tab.follow_model, 4)[0] == "done"
    app_context.undo_stack.undo()
    assert rows(tab.follow_model, 4)[0] == ""


def test_uncertain_match_split_from_the_queue(tab, tmp_path):
    customers = tmp_path / "客户.csv"
    customers.write_text("客户名称,备注\n小红,小红-上海\n小红,小红-北京\n", encoding="utf-8-sig")
    members = tmp_path / "群成员.csv"
    members.write_text("群名称,昵称\n福利1群,小红\n", encoding="utf-8-sig")
    import_through_dialog(tab, customers)
    import_through_dialog(tab, members)
    assert rows(tab.match_model) == ["小红"]
    tab.match_view.selectRow(0)
    tab.decide(False)
    assert rows(tab.match_model) == []
    assert rows(tab.people_model) == ["小红"] * 3


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_importing_again_after_forget_names_the_rows_skipped(tab, app_context, tmp_path,
                                                             monkeypatch, language):
    path = exports.customer_list(tmp_path)
    import_through_dialog(tab, path)
    tab.people_view.selectRow(rows(tab.people_model).index("张三"))
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.forget()
    notices = []
    app_context.notice.connect(notices.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))

    def run_to_the_end(dialog):
        dialog.run()
        finish(dialog)
        return dialog.change is not None

    monkeypatch.setattr(ImportDialog, "exec", run_to_the_end)
    i18n.install(language)
    try:
        tab.choose_import()
    finally:
        i18n.install("en")
    assert {"en": "1 rows skipped", "zh_CN": "跳过 1 行"}[language] in notices[-1]
    assert "张三" not in rows(tab.people_model)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(tab, tmp_path, language):
    """Saved for looking at under /tmp/customers16 when SCREENSHOTS is set; always checks the
    tab fits 1024x700 without scrolling sideways."""
    i18n.install(language)
    try:
        widget = CustomersTab(tab.context)
        widget.resize(1024, 700)
        widget.show()
        load(tab.context.store, exports.customer_list(tmp_path))
        load(tab.context.store, exports.member_list(tmp_path), tab.context.campaign_id)
        load(tab.context.store, exports.order_export(tmp_path), tab.context.campaign_id)
        load(tab.context.store, exports.likers(tmp_path), tab.context.campaign_id)
        widget.refresh()
        widget.people_view.selectRow(0)
        assert widget.minimumSizeHint().width() <= 1024
        folder = os.environ.get("SCREENSHOTS")
        if folder:
            for size in ((1024, 700), (1400, 900)):
                widget.resize(*size)
                for index in range(widget.sections.count()):
                    widget.sections.setCurrentIndex(index)
                    if index == 1:
                        widget.follow_view.selectRow(0)
                    QApplication.processEvents()
                    widget.grab().save(str(Path(folder) / f"customers-{language}-{size[0]}-{index}.png"))
        widget.close()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_people_columns_fit_the_list_at_1024x700(qtbot, app_context, campaign_id, tmp_path, language,
                                                  app_font):
    """In the window at 1024x700, with the campaign list shown: the people list does not scroll
    sideways, empty or with people; the phone, tier, stage and paid columns show their text
    whole, and the names keep room to be read."""
    from tests.gui.helpers import show_tab, window_on

    i18n.install(language)
    try:
        window = window_on(qtbot, app_context, campaign_id, 1024, 700, language)
        tab = window.tab_at(show_tab(window, "CustomersTab", settle=5))
        view = tab.people_view
        assert view.horizontalScrollBar().maximum() == 0, "the empty list scrolls sideways"
        for make in (exports.customer_list, exports.member_list, exports.order_export, exports.likers):
            load(app_context.store, make(tmp_path), campaign_id)
        tab.refresh()
        for _ in range(5):
            QApplication.processEvents()
        assert tab.people_model.rowCount() > 0
        assert view.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
        metrics = view.fontMetrics()
        for column in range(1, tab.people_model.columnCount()):
            header = tab.people_model.headerData(column, Qt.Orientation.Horizontal)
            assert view.columnWidth(column) >= metrics.horizontalAdvance(header), header
        for column in (2, 3, 4, 5):  # phone, tier, stage, paid: short, and cut they say nothing
            longest = max(metrics.horizontalAdvance(tab.people_model.index(row, column).data() or "")
                          for row in range(tab.people_model.rowCount()))
            assert view.columnWidth(column) >= longest + 8, column
        assert view.columnWidth(0) >= metrics.horizontalAdvance("长一点的昵"), "the names are squeezed"
        load(app_context.store, big_customer_list(tmp_path, 450))
        tab.refresh()
        for _ in range(5):
            QApplication.processEvents()
        assert view.verticalScrollBar().isVisible()
        assert view.horizontalScrollBar().maximum() == 0, "the list's own scrollbar pushes it sideways"
    finally:
        i18n.install("en")


def big_customer_list(folder, count):
    path = folder / "客户列表大.csv"
    path.write_text("客户名称,备注,备注手机号\n" + "".join(
        f"客户{i},备注{i},13{i:09d}\n" for i in range(count)), encoding="utf-8-sig")
    return path


def test_the_list_loads_page_by_page_and_phones_show_in_full_only_when_chosen(tab, tmp_path):
    load(tab.context.store, big_customer_list(tmp_path, 450))
    tab.refresh()
    model = tab.people_model
    assert model.rowCount() == model.PAGE and tab.count.text() == "450 people"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert rows(model)[-1] == "客户449" and len(set(rows(model))) == 450
    assert rows(model, 2)[1] == "130****0001"
    tab.people_view.selectRow(1)
    assert "130****0001" in tab.person.toPlainText()
    tab.full_phones.setChecked(True)
    assert rows(model, 2)[1] == "13000000001" and "13000000001" in tab.person.toPlainText()
    assert tab.context.settings.value("customers/full_phones", type=bool) is True
    again = CustomersTab(tab.context)  # the choice is kept
    assert again.full_phones.isChecked() and again.people_model.full_phones
    tab.full_phones.setChecked(False)
    assert rows(model, 2)[1] == "130****0001"


def test_import_runs_off_the_ui_thread_and_cancel_changes_nothing(tab, tmp_path):
    from PySide6.QtCore import QTimer

    from tests.change_check import dump

    before = dump(tab.context.store)
    path = big_customer_list(tmp_path, 30_000)
    dialog = ImportDialog(tab.context.store, read_sheet(path), path, None, tab)
    ticks = []
    timer = QTimer(tab)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    closed = []
    dialog.rejected.connect(lambda: closed.append(True))
    dialog.run()
    dialog.reject()  # Escape while it runs: the dialog stays, the import goes on
    assert dialog.task is not None and not closed
    progress = dialog.task.dialog
    began = time.monotonic()
    while progress.value() < 30 and dialog.task is not None:  # checked the rows, matching
        assert time.monotonic() - began < 60
        QApplication.processEvents()
        time.sleep(0.005)
    progress.findChild(QPushButton).click()  # the progress dialog's Cancel
    finish(dialog)
    timer.stop()
    assert ticks  # the window kept handling events while the import ran
    assert "cancelled" in dialog.problem.text() and dialog.change is None
    assert dump(tab.context.store) == before
    dialog.run()  # the operator imports after all
    finish(dialog)
    assert dialog.change is not None and tab.people_model is not None
    assert len(people(tab.context.store)) == 30_000


def test_the_review_tab_follows_an_imported_order_export(tab, qtbot, tmp_path):
    from flashdesk.gui.review.tab import ReviewTab

    review = ReviewTab(tab.context)
    qtbot.addWidget(review)
    review.resize(1400, 900)
    review.show()
    assert review.cards["orders"].value.text() in ("0", "")
    import_through_dialog(tab, exports.member_list(tmp_path))
    import_through_dialog(tab, exports.order_export(tmp_path))
    # 5 orders, one cancelled: 4 paid, 399 + 699 + 299 (refund 100) + 699
    assert review.cards["orders"].value.text() == "4"
    assert review.cards["revenue"].value.text() == "¥2,096"
    note = review.pages["daily"].note
    assert note.isVisible() and "imported shop exports" in note.text()
    folder = os.environ.get("SCREENSHOTS")
    if folder:
        review.grab().save(str(Path(folder) / "review-imported-orders-en-1400.png"))
    tab.context.undo_stack.undo()  # the order import undone: the review follows
    assert review.cards["orders"].value.text() in ("0", "")


def test_tab_goes_from_the_kind_through_each_column_to_ok(tab, tmp_path):
    """The column choosers, made after the buttons, came after OK and Cancel: Tab went from
    "The file lists" straight to OK."""
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.gui.helpers import tab_chain

    dialog = ImportDialog(tab.context.store, read_sheet(exports.customer_list(tmp_path)),
                          tmp_path / "c.xlsx", tab.context.campaign_id, tab)
    for kind in (0, 1):  # as opened, and again once the kind changes the columns
        dialog.kind.setCurrentIndex(kind)
        chain = [w for w in tab_chain(dialog) if w.isVisibleTo(dialog)]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert chain.index(dialog.kind) < min(chain.index(c) for c in dialog.combos.values())
        assert max(chain.index(c) for c in dialog.combos.values()) < chain.index(ok)
