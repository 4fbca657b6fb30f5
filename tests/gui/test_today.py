"""Today in the real window at a fixed clock: it opens first in a launch week, lists what is
due for the picked role, Done/Skip act as one undo step, due items are told once through a
real tray icon or the in-window banner (which opens Today), the Group SOP's day page ticks
items, and a duplicate may change the group's length."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox, QSystemTrayIcon

from flashdesk import i18n
from flashdesk.campaigns.service import get_campaign
from flashdesk.groups.timetable import day_items
from flashdesk.gui.main_window import MainWindow
from flashdesk.gui.today.notify import DueNotifier
from flashdesk.gui.today.tab import TodayTab
from tests.gui.helpers import when_modal


def _window(qtbot, context, campaign_id, at):
    context.settings.setValue("window/lastCampaign", campaign_id)
    context.clock = lambda: at
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def launch_morning(store, campaign_id):
    return get_campaign(store, campaign_id).launch_at.replace(hour=11, minute=5)


def test_opens_on_today_in_a_launch_week_else_where_the_operator_left(qtbot, app_context, campaign_id,
                                                                      launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    assert win.tabs.currentIndex() == win.today_index == win.tabs.count() - 1
    assert win.tabs.tabText(win.today_index) == "Today"
    assert [win.tabs.widget(i).is_built() for i in range(win.tabs.count())].count(True) == 1
    win.close()
    app_context.settings.setValue("window/tab", 2)
    later = _window(qtbot, app_context, campaign_id, launch_morning + timedelta(days=40))
    assert later.tabs.currentIndex() == 2


def test_today_lists_the_roles_items_and_done_is_one_undo_step(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    today: TodayTab = win.tab_at(win.today_index)
    assert "Group day 1 of 4" in today.subheading.text()
    everyone = today.items()
    combo = today.findChild(QComboBox, "roleCombo")
    combo.setCurrentIndex(combo.findData("copywriter"))
    assert app_context.settings.value("today/role") == "copywriter" and app_context.role == "copywriter"
    win.role_menu.aboutToShow.emit()  # the menu fills itself when first opened
    assert win.role_actions["copywriter"].isChecked()  # View → My role follows
    mine = today.items()
    assert 0 < len(mine) < len(everyone) and "My role: 文案" in today.subheading.text()
    slot = next(i for i in today.sorted_out.now if i.kind == "slot")
    assert slot.summary.startswith("品牌实力") and slot.owner == "文案"
    assert today.section_of(slot.uid) == "now"

    assert today.select(slot.uid)
    assert today.skip_button.isEnabled()
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    ticked = next(i for i in day_items(app_context.store, campaign_id) if i.id == slot.ref)
    assert (ticked.state, ticked.done_by, ticked.finished_at) == ("done", "文案", launch_morning)
    assert today.section_of(slot.uid) == "finished"
    assert app_context.undo_stack.undoText().startswith("Done: 品牌实力")
    app_context.undo_stack.undo()
    assert today.section_of(slot.uid) == "now"

    win.role_actions[""].trigger()  # back to the whole team from the menu
    assert app_context.role == "" and combo.currentData() == "" and len(today.items()) == len(everyone)
    task = next(i for i in today.sorted_out.overdue if i.kind == "task")
    today.select(task.uid)
    assert today.done_button.isEnabled() and not today.skip_button.isEnabled()


def test_time_passing_moves_items_from_later_to_now(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    today = win.tab_at(win.today_index)
    wake = next(i for i in today.sorted_out.later if i.summary.startswith("叫醒红包"))
    app_context.clock = lambda: wake.start
    today.minute.timeout.emit()  # the tab's own timer firing
    assert today.section_of(wake.uid) == "now"
    win.tabs.setCurrentIndex(0)  # hidden, the tab waits for its next showing
    app_context.clock = lambda: wake.end + timedelta(minutes=30)
    today.minute.timeout.emit()
    assert today.section_of(wake.uid) == "now" and today.clock_stale
    win.tabs.setCurrentIndex(win.today_index)
    assert today.section_of(wake.uid) == "overdue" and not today.clock_stale


def test_a_due_item_is_told_once_through_a_real_tray_icon(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    notifier = DueNotifier(app_context, win.banner, win.show_today, win, tray_available=True)
    told = notifier.check()
    assert [i.summary[:4] for i in told if i.kind == "slot"] == ["品牌实力"]
    assert isinstance(notifier.tray, QSystemTrayIcon) and notifier.tray.isVisible()
    assert ("Due now: 11:00", told[-1].summary[:120]) in notifier.told
    assert notifier.check() == []  # not repeated
    again = DueNotifier(app_context, win.banner, win.show_today, win, tray_available=True)
    assert again.check() == [] and again.tray is None  # nor after a restart (the settings keep it)
    win.tabs.setCurrentIndex(0)
    notifier.tray.messageClicked.emit()
    assert win.tabs.currentIndex() == win.today_index
    notifier.stop()


def test_without_a_tray_the_banner_tells_and_opens_today(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning - timedelta(hours=1))
    win.tabs.setCurrentIndex(0)
    assert win.notifier.tray_available is False  # offscreen has no tray
    assert win.notifier.check() == []  # 10:05: nothing has just fallen due
    app_context.clock = lambda: launch_morning
    told = win.notifier.check()
    assert told and win.banner.isVisible() and "品牌实力" in win.banner.text.text()
    qtbot.mouseClick(win.banner.open, Qt.MouseButton.LeftButton)
    assert win.tabs.currentIndex() == win.today_index and not win.banner.isVisible()


def test_group_sop_day_page_ticks_items(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    win.tabs.setCurrentIndex(titles.index("Group SOP"))
    groups = win.tab_at(titles.index("Group SOP"))
    groups.clock = lambda: launch_morning
    page = groups.days
    groups.pages.setCurrentWidget(page)
    page.refresh()
    assert page.day_combo.count() == 4 and page.day_combo.currentData() == launch_morning.date()
    assert page.table.rowCount() == 4
    page.view.selectRow(1)
    assert page.mark_selected("skipped")
    assert page.table.item(1, 3).text() == "Skipped"
    page.day_combo.setCurrentIndex(3)
    assert page.table.rowCount() == 5  # the close day has the evening push too
    app_context.undo_stack.undo()
    assert [i.state for i in day_items(app_context.store, campaign_id)][:2] == ["pending", "pending"]


def test_duplicate_dialog_changes_the_groups_length(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)

    def five_days(dialog):
        spin = dialog.findChild(QSpinBox, "lifetime_days")
        assert spin.isEnabled()
        spin.setValue(5)
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(five_days)
    win.duplicate_action.trigger()
    copy = get_campaign(app_context.store, app_context.campaign_id)
    assert copy.id != campaign_id and copy.lifetime_days == 5
    assert len({i.day for i in day_items(app_context.store, copy.id)}) == 6
    i18n.install("en")


def test_a_slots_days_are_edited_on_the_timetable_page(qtbot, app_context, campaign_id, launch_morning):
    win = _window(qtbot, app_context, campaign_id, launch_morning)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    win.tabs.setCurrentIndex(titles.index("Group SOP"))
    groups = win.tab_at(titles.index("Group SOP"))
    page = groups.daily
    groups.pages.setCurrentWidget(page)
    model = page.slot_model
    column = next(i for i, c in enumerate(model.columns) if c.field == "days")
    assert model.index(0, column).data() == "every group day"
    assert model.setData(model.index(0, column), "launch")
    first = model.row_at(0)
    assert [i.day for i in day_items(app_context.store, campaign_id) if i.slot_id == first.id] == \
        [launch_morning.date()]
    assert model.index(0, column).data() == "launch day only"
    app_context.undo_stack.undo()
    assert len([i for i in day_items(app_context.store, campaign_id) if i.slot_id == first.id]) == 4


def test_a_beat_run_mode_alerted_is_not_told_again(qtbot, app_context, campaign_id, launch_morning):
    from flashdesk.gui.groups.run_mode import RunModeWindow

    wake = launch_morning.replace(hour=19, minute=30)
    win = _window(qtbot, app_context, campaign_id, wake)
    run = RunModeWindow(app_context, campaign_id, lambda: wake)
    qtbot.addWidget(run)
    run.show()
    run.tick()
    assert run.alerted  # the first wake-up beat fell due in run mode
    beat_uid = f"beat-{next(iter(run.alerted))}"
    told = win.notifier.check()
    assert told and beat_uid not in {item.uid for item in told}
    run.close()
