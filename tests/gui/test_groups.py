"""The Group SOP tab and run mode through qtbot: real widgets offscreen, a real store, a fake
clock for due beats instead of sleeping."""

from datetime import timedelta

import pytest
import qrcode
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from flashdesk.campaigns.service import get_campaign
from flashdesk.groups import runbook as rb
from flashdesk.groups import service
from flashdesk.groups.tables import ChatGroup, CrisisPlan
from flashdesk.gui.context import AppContext
from flashdesk.gui.groups.models import RunbookModel
from flashdesk.gui.groups.run_mode import RunModeWindow
from flashdesk.gui.groups.tab import GroupsTab
from flashdesk.store import open_store
from tests.gui.helpers import when_modal


class FakeClock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def launch(store, campaign_id):
    return get_campaign(store, campaign_id).launch_at


@pytest.fixture
def tab(qtbot, app_context, campaign_id, launch):
    app_context.select_campaign(campaign_id)
    widget = GroupsTab(app_context, clock=FakeClock(launch - timedelta(hours=2)))
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def on(tab, page):
    """Bring an inner page to the front, as the operator does: a page out of sight only
    catches up with the published Changes when it is shown."""
    tab.pages.setCurrentWidget(page)
    return page


def _close_message(seen: list):
    def act(dialog):
        seen.append(dialog.text())
        dialog.done(QMessageBox.StandardButton.Ok)
    return act


def test_tab_lists_groups_with_warnings_and_checklist(tab):
    assert tab.groups.group_model.rowCount() == 1
    assert "no QR payload" in tab.groups.warnings.text()
    assert tab.groups.checklist_model.rowCount() == 5
    texts = [tab.groups.checklist_model.index(r, 2).data() for r in range(5)]
    assert any("340" in t and "500" in t for t in texts)  # placeholders filled


def test_read_qr_from_screenshot_clears_warning_and_undoes(tab, tmp_path, app_context):
    path = tmp_path / "qr.png"
    qrcode.make("https://weixin.qq.com/g/618group").save(path)
    group = tab.groups.group_model.rows[0]
    assert tab.groups.read_qr(group.id, str(path))
    assert tab.groups.group_model.rows[0].qr_payload == "https://weixin.qq.com/g/618group"
    now = tab.clock().replace(second=0, microsecond=0)
    assert tab.groups.group_model.rows[0].created_on == now
    assert tab.groups.group_model.rows[0].expires_at == now + timedelta(days=7)
    assert "no QR payload" not in tab.groups.warnings.text()
    app_context.undo_stack.undo()
    assert tab.groups.group_model.rows[0].qr_payload == ""
    assert "no QR payload" in tab.groups.warnings.text()


def test_bad_screenshot_is_explained_and_nothing_changes(tab, tmp_path):
    path = tmp_path / "blank.png"
    qrcode.make("x").save(tmp_path / "ignored.png")
    from PIL import Image
    Image.new("RGB", (300, 300), "white").save(path)
    seen: list[str] = []
    when_modal(_close_message(seen))
    assert tab.groups.read_qr(tab.groups.group_model.rows[0].id, str(path)) is False
    assert seen and "No QR code found" in seen[0]
    assert tab.groups.group_model.rows[0].qr_payload == ""


def test_member_edit_is_one_undo_step_and_warns_near_full(tab, app_context):
    index = tab.groups.group_model.index(0, 3)
    assert tab.groups.group_model.setData(index, 185)
    assert "90%" in tab.groups.warnings.text() or "92%" in tab.groups.warnings.text()
    assert app_context.undo_stack.count() == 1
    app_context.undo_stack.undo()
    assert tab.groups.group_model.rows[0].members == 0
    assert "full (" not in tab.groups.warnings.text()


def test_members_above_capacity_is_refused(tab):
    seen: list[str] = []
    when_modal(_close_message(seen))
    assert not tab.groups.group_model.setData(tab.groups.group_model.index(0, 3), 250)
    assert "capacity" in seen[0]
    assert tab.groups.group_model.rows[0].members == 0


def test_sold_count_updates_reminder_everywhere(tab, app_context, campaign_id):
    tab.groups.quota_box.sold.setValue(450)
    assert "50" in tab.groups.quota_box.remaining.text()
    assert "名额只剩 50 个" in tab.groups.quota_box.reminder.text()
    model = on(tab, tab.runbook).runbook_model
    texts = [model.index(r, RunbookModel.TEXT).data() for r in range(model.rowCount())]
    assert sum("名额只剩 50 个" in t for t in texts) >= 3
    assert not any("名额只剩 500 个" in t for t in texts)
    app_context.undo_stack.undo()
    assert service.quota(app_context.store, campaign_id).sold == 0


def test_add_group_delete_and_rotation(tab, app_context):
    tab.groups.add_group()
    assert [g.name[-3:] for g in tab.groups.group_model.rows] == ["福利1群"[-3:], "福利2群"[-3:]]
    second = tab.groups.group_model.rows[1].id
    tab.groups.group_view.selectRow(1)
    tab.groups.move_group(-1)
    assert tab.groups.group_model.rows[0].id == second
    app_context.undo_stack.undo()
    assert tab.groups.group_model.rows[1].id == second
    tab.groups.group_view.selectRow(1)
    tab.groups.delete(tab.groups.group_view, ChatGroup, "x")
    assert tab.groups.group_model.rowCount() == 1
    app_context.undo_stack.undo()
    assert tab.groups.group_model.rowCount() == 2


def test_timetable_overlap_warning_and_node_time_validation(tab, app_context, launch):
    on(tab, tab.daily)
    tab.daily.slot_model.setData(tab.daily.slot_model.index(0, 1), "11:15")  # 07:30–11:15 overlaps 11:00
    assert not tab.daily.overlaps.isHidden() and "overlap" in tab.daily.overlaps.text()
    app_context.undo_stack.undo()
    assert tab.daily.overlaps.isHidden()
    row = on(tab, tab.runbook).runbook_model.index(0, RunbookModel.NODE_TIME)
    from PySide6.QtCore import QTime
    assert tab.runbook.runbook_model.setData(row, QTime(19, 0))
    assert tab.runbook.runbook_model.lines[0][0].at == launch.replace(hour=19, minute=0)


def test_crisis_plans_add_edit_undo(tab, app_context, campaign_id):
    on(tab, tab.crisis)
    count = tab.crisis.crisis_model.rowCount()
    assert count >= 5
    tab.crisis.add_crisis_plan()
    assert tab.crisis.crisis_model.rowCount() == count + 1
    tab.crisis.crisis_model.setData(tab.crisis.crisis_model.index(count, 0), "直播断流")
    assert service.rows(app_context.store, CrisisPlan, campaign_id)[-1].risk == "直播断流"
    app_context.undo_stack.undo()
    app_context.undo_stack.undo()
    assert tab.crisis.crisis_model.rowCount() == count


def test_run_mode_beats_advance_alert_and_survive_restart(qtbot, tab, app_context, campaign_id, launch, tmp_path):
    clock = tab.clock
    clock.now = launch - timedelta(minutes=31)
    on(tab, tab.runbook)
    window = tab.runbook.open_run_mode()
    qtbot.addWidget(window)
    due: list[int] = []
    window.beatDue.connect(due.append)
    first = window.current()
    assert "Due in" in window.countdown.text() and due == []
    clock.now = launch - timedelta(minutes=30)
    window.tick()
    assert due == [first.id] and "Due now" in window.countdown.text()
    window.tick()
    assert due == [first.id], "one alert per beat"
    window.copy_button.click()
    assert QApplication.clipboard().text() == first.filled
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    second = window.current()
    assert second.id != first.id
    assert second.due == clock.now + timedelta(minutes=first.wait_minutes)
    window.tick()
    assert "Due in 01:00" in window.countdown.text()
    window.skip_button.click()
    third = window.current()
    assert tab.runbook.runbook_model.book.current.id == third.id  # the tab follows
    window.undo_button.click()
    assert window.current().id == second.id

    # close everything and reopen the store: run mode continues at the same beat
    window.close()
    app_context.store.close()
    store = open_store(tmp_path / "store.sqlite3")
    context = AppContext(store, QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat))
    again = RunModeWindow(context, campaign_id, clock)
    qtbot.addWidget(again)
    assert again.current().id == second.id
    assert again.progress.text() == "Beat 2 of {}".format(rb.load_runbook(store, campaign_id).progress()[1])
    again.close()
    store.close()
    app_context.store = open_store(tmp_path / "store.sqlite3")


def test_no_campaign_shows_hint(qtbot, app_context):
    widget = GroupsTab(app_context)
    qtbot.addWidget(widget)
    assert widget.empty.isVisibleTo(widget) and not widget.pages.isVisibleTo(widget)


def test_paste_qr_screenshot_from_clipboard(tab, tmp_path):
    from PySide6.QtGui import QImage

    path = tmp_path / "qr.png"
    qrcode.make("https://weixin.qq.com/g/pasted").save(path)
    QApplication.clipboard().setImage(QImage(str(path)))
    assert tab.groups.paste_qr()
    assert tab.groups.group_model.rows[0].qr_payload == "https://weixin.qq.com/g/pasted"


def test_checklist_done_box_and_expiry_edit_clear_warnings(tab, app_context, launch):
    from PySide6.QtCore import QDateTime

    index = tab.groups.checklist_model.index(0, 0)
    assert tab.groups.checklist_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.groups.checklist_model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    app_context.undo_stack.undo()
    assert tab.groups.checklist_model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    group = tab.groups.group_model.rows[0]
    tab.clock.now = group.expires_at - timedelta(hours=3)
    tab.groups.refresh_warnings()
    assert "expires in 3 h" in tab.groups.warnings.text()
    later = QDateTime(group.expires_at + timedelta(days=5))
    assert tab.groups.group_model.setData(tab.groups.group_model.index(0, 5), later)
    assert "expires in" not in tab.groups.warnings.text()
    assert tab.groups.group_model.rows[0].expires_at == group.expires_at + timedelta(days=5)


def test_reset_runbook_asks_then_undo_brings_progress_back(tab, app_context, campaign_id):
    rb.finish_current(app_context.store, campaign_id)
    rb.finish_current(app_context.store, campaign_id)
    on(tab, tab.runbook)
    tab.refresh()
    when_modal(lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click())
    tab.runbook.reset_runbook()
    assert rb.load_runbook(app_context.store, campaign_id).progress()[0] == 0
    assert "0 of" in tab.runbook.run_summary.text()
    app_context.undo_stack.undo()
    assert rb.load_runbook(app_context.store, campaign_id).progress()[0] == 2


def test_main_window_has_the_group_tab(qtbot, app_context, campaign_id):
    from flashdesk.gui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Group SOP" in titles
    groups = window.tab_at(titles.index("Group SOP"))
    assert groups.groups.group_model.rowCount() == 1


def test_add_and_delete_beat_in_the_runbook_table(tab, app_context, campaign_id):
    on(tab, tab.runbook)
    total = tab.runbook.runbook_model.rowCount()
    tab.runbook.runbook_view.selectRow(0)
    beat_id = tab.runbook.add_beat()
    assert tab.runbook.runbook_model.rowCount() == total + 1
    assert tab.runbook.runbook_model.row_of(beat_id) == 1
    assert tab.runbook.runbook_model.setData(tab.runbook.runbook_model.index(1, RunbookModel.KIND), "question")
    assert tab.runbook.runbook_model.index(1, RunbookModel.KIND).data() == "question"
    tab.runbook.runbook_view.selectRow(1)
    tab.runbook.delete_beat()
    assert tab.runbook.runbook_model.rowCount() == total
    app_context.undo_stack.undo()
    assert tab.runbook.runbook_model.rowCount() == total + 1
    app_context.undo_stack.undo()  # the kind edit
    app_context.undo_stack.undo()  # the beat itself
    assert tab.runbook.runbook_model.rowCount() == total


def test_weekly_rhythm_and_sop_rows_add_and_delete(tab, app_context):
    weekly, sop = tab.daily.weekly_model.rowCount(), tab.sop.sop_model.rowCount()
    on(tab, tab.daily).add_weekly()
    on(tab, tab.sop).add_sop_item()
    assert (on(tab, tab.daily).weekly_model.rowCount(), on(tab, tab.sop).sop_model.rowCount()) == \
        (weekly + 1, sop + 1)
    on(tab, tab.daily)
    assert tab.daily.weekly_model.setData(tab.daily.weekly_model.index(weekly, 1), "21:30")
    seen: list[str] = []
    when_modal(_close_message(seen))
    assert not tab.daily.weekly_model.setData(tab.daily.weekly_model.index(weekly, 1), "9pm")
    assert "time of day" in seen[0]
    on(tab, tab.sop).sop_view.selectRow(0)
    tab.sop.delete(tab.sop.sop_view, tab.sop.sop_model.table, "x")
    assert tab.sop.sop_model.rowCount() == sop
    for _ in range(4):
        app_context.undo_stack.undo()
    assert (on(tab, tab.daily).weekly_model.rowCount(), on(tab, tab.sop).sop_model.rowCount()) == \
        (weekly, sop)
