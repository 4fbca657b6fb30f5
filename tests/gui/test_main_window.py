from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QSpinBox

from flashdesk import i18n
from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import create_campaign, get_campaign, list_campaigns
from flashdesk.gui.campaign_dialog import CampaignDialog
from flashdesk.gui.main_window import MainWindow
from tests.gui.helpers import when_modal


@pytest.fixture
def window(qtbot, app_context, campaign_id):
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    yield win
    i18n.install("en")


def fill_and_accept(name: str, quota: int = 200):
    def act(dialog):
        dialog.findChild(QLineEdit, "name").setText(name)
        dialog.findChild(QLineEdit, "product").setText("面膜")
        dialog.findChild(QSpinBox, "quota").setValue(quota)
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    return act


def test_first_campaign_is_selected_and_shown(window, campaign_id):
    assert window.context.campaign_id == campaign_id
    overview = window.tab_at(0)
    assert overview.heading.text() == "618 爽肤水限定装快闪群"
    assert overview.cards["warm_up_start"].offset.text() == "D-3"


def test_create_in_dialog_then_undo_and_redo(window, qtbot):
    store = window.context.store
    when_modal(fill_and_accept("七夕面膜快闪群"))
    window.new_action.trigger()
    created = [c for c in list_campaigns(store) if c.name == "七夕面膜快闪群"]
    assert len(created) == 1 and created[0].quota == 200
    assert window.context.campaign_id == created[0].id
    assert window.tab_at(0).heading.text() == "七夕面膜快闪群"

    window.context.undo_stack.undo()
    assert [c.name for c in list_campaigns(store)] == ["618 爽肤水限定装快闪群"]
    assert window.sidebar.model.rowCount() == 1

    window.context.undo_stack.redo()
    assert get_campaign(store, created[0].id).name == "七夕面膜快闪群"
    assert window.sidebar.model.rowCount() == 2


def test_dialog_blocks_bad_input_as_you_type(qtbot, app_context):
    dialog = CampaignDialog(None, "t", CampaignDraft(name="ok", product="p"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.quota.setValue(0)
    assert not ok.isEnabled() and "Quota" in dialog.problems.text()
    dialog.quota.setValue(10)
    dialog.name.setText("x" * 300)
    assert not ok.isEnabled() and "300" in dialog.problems.text()
    dialog.name.setText("好名字")
    dialog.list_price.setValue(100)
    dialog.deal_price.setValue(150)
    assert not ok.isEnabled() and "deal price" in dialog.problems.text()
    dialog.deal_price.setValue(99)
    dialog.launch_at.setDateTime(QDateTime(datetime(2026, 7, 1, 19, 30)))
    assert ok.isEnabled()
    assert dialog.draft().launch_at == datetime(2026, 7, 1, 19, 30)


def test_new_campaign_dialog_opens_without_errors_and_checks_on_ok(qtbot, app_context):
    """An empty new campaign is not an error yet: nothing red on open; OK names what is
    missing and keeps the dialog open; once filled it is accepted."""
    dialog = CampaignDialog(None, "New campaign", CampaignDraft(launch_at=datetime(2026, 7, 1, 20, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.problems.isHidden() and ok.isEnabled()
    ok.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems.isVisible() and "Name" in dialog.problems.text() \
        and "Product" in dialog.problems.text()
    dialog.name.setText("七夕面膜快闪群")
    dialog.product.setText("面膜")
    assert dialog.problems.isHidden() and ok.isEnabled()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_switching_campaigns(window, app_context):
    other = create_campaign(app_context.store, CampaignDraft(
        name="另一个活动", product="洗面奶", launch_at=datetime(2026, 9, 9, 20, 0))).result
    window.sidebar.reload()
    window.sidebar.select(other)
    assert app_context.campaign_id == other
    assert window.tab_at(0).heading.text() == "另一个活动"


def test_delete_is_confirmed_and_undoable(window, campaign_id):
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.delete_action.trigger()
    assert list_campaigns(window.context.store) == []
    assert not window.export_action.isEnabled()
    window.context.undo_stack.undo()
    assert [c.id for c in list_campaigns(window.context.store)] == [campaign_id]


def test_switch_language_rebuilds_in_chinese(window, campaign_id):
    window.set_language("zh_CN")
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.tabs.tabText(0) == "活动概览"
    assert window.context.campaign_id == campaign_id
    assert window.context.settings.value("language") == "zh_CN"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_export_runs_off_the_ui_thread(window, qtbot, tmp_path, campaign_id):
    target = tmp_path / "out.xlsx"
    task = window.start_export(campaign_id, target)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert task.thread is not None
    qtbot.waitUntil(lambda: "out.xlsx" in window.statusBar().currentMessage(), timeout=5000)


def test_geometry_and_last_campaign_are_remembered(qtbot, app_context, campaign_id):
    first = MainWindow(app_context)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.close()
    second = MainWindow(app_context)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (640, 480)
    assert app_context.settings.value("window/lastCampaign") in (campaign_id, str(campaign_id))


def test_sidebar_context_menu_offers_campaign_actions(window):
    texts = [a.text() for a in window.sidebar.view.actions()]
    assert texts == ["&New campaign…", "&Edit details…", "&Rename…", "&Duplicate as template…",
                     "&Archive", "De&lete campaign…"]


def test_duplicate_as_template_shifts_the_launch(window, campaign_id):
    when_modal(lambda dialog: dialog.findChild(QDialogButtonBox, "buttons")
               .button(QDialogButtonBox.StandardButton.Ok).click())
    window.duplicate_action.trigger()
    campaigns = list_campaigns(window.context.store)
    copy = next(c for c in campaigns if c.id != campaign_id)
    source = get_campaign(window.context.store, campaign_id)
    assert (copy.launch_at - source.launch_at).days == 7
    assert copy.name.endswith("(copy)")
    window.context.undo_stack.undo()
    assert [c.id for c in list_campaigns(window.context.store)] == [campaign_id]


def test_archive_is_undoable(window, campaign_id):
    window.archive_action.trigger()
    assert get_campaign(window.context.store, campaign_id).archived
    assert "(archived)" in window.sidebar.model.index(0).data()
    window.context.undo_stack.undo()
    assert not get_campaign(window.context.store, campaign_id).archived


def test_open_store_switches_or_explains(window, tmp_path, campaign_id):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 100)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    assert not window.switch_store(str(junk))
    assert "not a FlashDesk store" in shown[0]
    assert window.context.campaign_id == campaign_id and junk.read_bytes() == b"garbage" * 100

    fresh = tmp_path / "second.sqlite3"
    assert window.switch_store(str(fresh))
    assert window.context.store.path == fresh
    assert str(fresh) in window.store_label.text()
    assert window.sidebar.model.rowCount() == 1  # the new store's sample campaign
    assert window.tab_at(0).heading.text() == "618 爽肤水限定装快闪群"


def test_toolbar_undo_button_stays_short_and_names_the_edit(qtbot, app_context, campaign_id):
    from PySide6.QtWidgets import QToolBar

    from flashdesk.campaigns.service import rename_campaign
    from flashdesk.gui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.attach_store(app_context.store)
    toolbar = window.findChild(QToolBar)
    undo = next(a for a in toolbar.actions() if a.text() == window.tr("Undo"))
    assert not undo.isEnabled()
    app_context.push(rename_campaign(app_context.store, campaign_id, "新名字"),
                     "Rename to a very long campaign name that would not fit")
    assert undo.isEnabled()
    assert undo.text() == window.tr("Undo")
    assert "very long campaign name" in undo.toolTip()
    undo.trigger()
    assert not undo.isEnabled()
    window.set_language("zh_CN")  # rebuilds the toolbar
    try:
        # no stale button is touched
        app_context.push(rename_campaign(app_context.store, campaign_id, "又一个名字"), "again")
        tips = [a.toolTip() for bar in window.findChildren(QToolBar) for a in bar.actions()]
        assert "撤销：again" in tips
    finally:
        window.set_language("en")


def test_only_the_tab_on_show_is_built(qtbot, app_context, campaign_id):
    app_context.settings.setValue("window/tab", 2)
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    built = [win.tabs.widget(i).is_built() for i in range(win.tabs.count())]
    assert built == [i == 2 for i in range(win.tabs.count())]
    assert win.tabs.tabText(3) == "Copy library"
    win.tabs.setCurrentIndex(0)
    assert win.tabs.widget(0).is_built()
    assert win.tab_at(0).heading.text() == "618 爽肤水限定装快闪群"  # built late, still current
    assert not win.tabs.widget(5).is_built()


def test_file_menu_exports_the_calendar(window, campaign_id, tmp_path):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from flashdesk.workbook.ical import plan_items

    target = tmp_path / "plan"  # the .ics suffix is added

    def save(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    assert window.calendar_action.isEnabled()
    when_modal(save)
    window.calendar_action.trigger()
    written = tmp_path / "plan.ics"
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert len(events) == len(plan_items(window.context.store, campaign_id))
    assert all(len(event.walk("VALARM")) == 1 for event in events)
    assert "plan.ics" in window.statusBar().currentMessage()


def test_export_calendar_asks_for_a_file_adds_the_suffix_and_remembers_the_folder(window, tmp_path):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    def pick(dialog):
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith("618 爽肤水限定装快闪群.ics")  # named after the campaign
        dialog.selectFile(str(tmp_path / "plan"))
        dialog.accept()

    window.context.settings.setValue("export/folder", str(tmp_path))
    when_modal(pick)
    window.calendar_action.trigger()
    written = tmp_path / "plan.ics"
    assert written.exists()
    events = [c for c in Calendar.from_ical(written.read_bytes()).walk("VEVENT")]
    assert len(events) > 40
    assert window.context.settings.value("export/folder") == str(tmp_path)


def test_the_activity_log_follows_a_language_switch(window, campaign_id):
    from flashdesk.campaigns.service import rename_campaign

    window.context.push(rename_campaign(window.context.store, campaign_id, "双十一回购群"), "Rename")
    window.show_activity()
    window.activity_dialog.every.setChecked(True)
    window.set_language("zh_CN")
    log = window.activity_dialog  # it was open: it stays open, made again in Chinese
    assert log is not None and log.isVisible()
    assert log.every.isChecked()  # with "All campaigns" as the operator left it
    log.table.selectRow(0)
    assert log.windowTitle() == "操作记录"
    # its rows' and columns' names too, not only the sentence around them
    assert log.details.toPlainText().startswith(f"活动 · {campaign_id} 已修改 — ")
    assert "Name" not in log.details.toPlainText()
    # the old log, deleted, hears no more of the changes; the new one does
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    rows = log.table.rowCount()
    window.context.push(rename_campaign(window.context.store, campaign_id, "又一个名字"), "Rename")
    assert log.table.rowCount() == rows + 1
