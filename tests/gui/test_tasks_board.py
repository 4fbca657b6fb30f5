"""The task board through qtbot: real store, real widgets offscreen. Drags move, resize and
link; keys edit; every edit is one undo step; edits update items in place."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from flashdesk.gui.tasks.tab import TasksTab
from flashdesk.tasks.service import load_board
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    app_context.select_campaign(campaign_id)
    widget = TasksTab(app_context)
    launch = widget.state.campaign.launch_at
    widget.now = lambda: launch - timedelta(hours=1)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _key(tab, key):
    return next(t for t in tab.state.tasks.values() if t.key == key)


def _point(tab, task_id, where="center"):
    bar = tab.view.bars[task_id]
    tab.view.ensureVisible(bar.rect, 200, 50)
    rect = bar.rect
    x = {"center": rect.center().x(), "right": rect.right() - 2, "knob": bar.knob.rect().center().x()}[where]
    return tab.view.mapFromScene(x, rect.center().y())


def _stored(tab, task_id):
    return next(t for t in load_board(tab.context.store, tab.state.campaign.id).tasks if t.id == task_id)


def test_board_shows_the_plan_with_arrows_and_critical_path(tab):
    board = load_board(tab.context.store, tab.state.campaign.id)
    assert tab.model.rowCount() == len(board.tasks) == len(tab.view.bars)
    assert len(tab.view.arrows) == len(board.links)
    close = _key(tab, "group_close")
    assert close.id in tab.state.critical
    assert tab.view.bars[close.id].milestone
    assert tab.view.bars[close.id].pen().color().name() == "#c0392b"


def test_drag_moves_a_bar_snapped_and_pushes_successors_then_undo(tab, qtbot):
    tab.set_zoom("hour")  # 60 px per hour, snapping to 15 minutes
    chain = _key(tab, "sign_up_chain")
    countdown = _key(tab, "countdown")
    before = (chain.start, countdown.start)
    item = tab.view.bars[chain.id]
    arrows = dict(tab.view.arrows)
    start = _point(tab, chain.id)
    qtbot.mousePress(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.view.viewport(), start + QPoint(50, 0))
    qtbot.mouseMove(tab.view.viewport(), start + QPoint(92, 0))  # 92 min → snapped to 1h30
    qtbot.mouseRelease(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(92, 0))
    assert _stored(tab, chain.id).start == before[0] + timedelta(minutes=90)
    assert _stored(tab, countdown.id).start == before[0] + timedelta(minutes=150)  # FS pushed
    assert tab.view.bars[chain.id] is item and tab.view.arrows == arrows  # updated in place
    assert tab.state.tasks[countdown.id].start == before[0] + timedelta(minutes=150)
    tab.context.undo_stack.undo()
    assert (_stored(tab, chain.id).start, _stored(tab, countdown.id).start) == before
    assert tab.state.tasks[chain.id].start == before[0]
    tab.context.undo_stack.redo()
    assert _stored(tab, countdown.id).start == before[0] + timedelta(minutes=150)


def test_drag_the_end_resizes(tab, qtbot):
    tab.set_zoom("hour")
    task = _key(tab, "service_desk")
    start = _point(tab, task.id, "right")
    qtbot.mousePress(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.view.viewport(), start + QPoint(58, 0))
    qtbot.mouseRelease(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(58, 0))
    stored = _stored(tab, task.id)
    assert stored.start == task.start and stored.end == task.end + timedelta(hours=1)
    assert tab.context.undo_stack.undoText().startswith("Resize")


def test_drag_from_the_knob_to_another_bar_links_them(tab, qtbot):
    tab.set_zoom("hour")
    order, service_desk = _key(tab, "order_flood"), _key(tab, "service_desk")
    links = len(tab.state.links)
    tab.select_task(order.id)
    _point(tab, service_desk.id)
    start = _point(tab, order.id, "knob")
    target = tab.view.mapFromScene(tab.view.bars[service_desk.id].rect.center())
    qtbot.mousePress(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.view.viewport(), target)
    qtbot.mouseRelease(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert len(tab.state.links) == links + 1 == len(tab.view.arrows)
    new = max(tab.state.links.values(), key=lambda k: k.id)
    assert (new.predecessor_id, new.successor_id, new.kind) == (order.id, service_desk.id, "FS")
    assert _stored(tab, service_desk.id).start == order.end  # pushed behind order flood
    tab.context.undo_stack.undo()
    assert len(load_board(tab.context.store, tab.state.campaign.id).links) == links
    assert len(tab.view.arrows) == links and _stored(tab, service_desk.id).start == service_desk.start


def test_a_link_that_closes_a_loop_is_refused_with_the_names(tab, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    tab.link_tasks(_key(tab, "countdown").id, _key(tab, "launch_open").id)
    assert shown and "开售" in shown[0] and "产品倒计时" in shown[0]
    assert tab.context.undo_stack.count() == 0


def test_arrow_keys_delete_and_undo_bring_back_task_and_links(tab, qtbot):
    tab.set_zoom("day")  # arrows move by an hour
    task = _key(tab, "group_setup")
    tab.select_task(task.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Right)
    assert _stored(tab, task.id).start == task.start + timedelta(hours=1)
    links = len(tab.state.links_of(task.id))
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert task.id not in tab.state.tasks and task.id not in tab.view.bars
    assert tab.model.rowCount() == len(tab.state.tasks)
    tab.context.undo_stack.undo()
    assert task.id in tab.view.bars
    assert len([k for k in tab.state.links_of(task.id) if k.id in tab.view.arrows]) == links
    tab.context.undo_stack.undo()
    assert _stored(tab, task.id).start == task.start


def test_f2_edits_in_the_dialog_with_predecessors(tab, qtbot):
    task = _key(tab, "moments_wrap")
    tab.select_task(task.id)

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("朋友圈收尾晒单")
        dialog.findChild(QLineEdit, "predecessors").setText(f"{tab.state.number[_key(tab, 'delivery').id]}SS+1h")
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    stored = _stored(tab, task.id)
    assert stored.name == "朋友圈收尾晒单"
    incoming = [k for k in tab.state.links_of(task.id) if k.successor_id == task.id]
    assert [(k.predecessor_id, k.kind, k.lag_minutes) for k in incoming] == [
        (_key(tab, "delivery").id, "SS", 60)]
    tab.context.undo_stack.undo()
    assert _stored(tab, task.id).name == task.name
    assert [k.predecessor_id for k in tab.state.links_of(task.id) if k.successor_id == task.id] == [
        _key(tab, "order_flood").id]


def test_filter_by_owner_and_phase(tab):
    role = next(r for r in tab.state.roles.values() if r.key == "designer")
    tab.owner_filter.setCurrentIndex(tab.owner_filter.findData(role.id))
    assert tab.model.rowCount() == len(tab.view.bars) == \
        sum(1 for t in tab.state.tasks.values() if t.role_id == role.id) > 0
    tab.owner_filter.setCurrentIndex(0)
    tab.phase_filter.setCurrentIndex(tab.phase_filter.findData("review"))
    assert tab.model.rowCount() == 3


def test_load_view_and_zoom_buttons(tab):
    tab.zoom_buttons["week"].click()
    assert tab.view.scale_.zoom == "week"
    tab.page_combo.setCurrentIndex(1)
    assert tab.pages.currentIndex() == 1 and len(tab.load.rows) == 5
    busiest = max(count for _name, segments in tab.load.rows for *_span, count in segments)
    assert busiest >= 2  # on launch day several of one owner's tasks overlap


def test_paste_rows_is_one_undo_step_and_bad_rows_add_nothing(tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    count = len(tab.state.tasks)
    QApplication.clipboard().setText("序号\t任务\t阶段\t负责人\t开始\t结束\n"
                                     "1\t临时加群公告\t进群\t运营\t06-17 09:00\t06-17 10:00\n"
                                     "2\t公告审核\t\t文案\t06-17 10:00\t06-17 10:30\t\t\t\t1FS\n")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.state.tasks) == count + 2 == tab.model.rowCount()
    assert tab.context.undo_stack.undoText() == "Add 2 tasks"
    tab.context.undo_stack.undo()
    assert len(tab.state.tasks) == count == len(load_board(tab.context.store, tab.state.campaign.id).tasks)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    QApplication.clipboard().setText("1\t坏行\t\t没有这个人\t06-17 09:00\t06-17 10:00\n")
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown and "没有这个人" in shown[0] and len(tab.state.tasks) == count


def test_chart_exports_png_and_pdf_pages(tab, tmp_path):
    import pypdfium2
    from PySide6.QtGui import QImage

    from flashdesk.gui.tasks.export import save_pdf, save_png

    tab.set_zoom("day")
    png = save_png(tab.view, tmp_path / "chart.png")
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 38 * 24
    pages = save_pdf(tab.view, tmp_path / "chart.pdf", "A4")
    pdf = pypdfium2.PdfDocument(str(tmp_path / "chart.pdf"))
    assert len(pdf) == pages >= 1
    width, height = pdf[0].get_size()
    assert width > height  # landscape
    text = pdf[0].get_textpage().get_text_range()
    assert "开售" in text and "D0" in text



def test_export_dialog_says_what_it_exports_and_on_how_many_pages(tab, tmp_path):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from flashdesk.gui.tasks.export import ExportDialog, save_pdf

    tab.set_zoom("week")  # a narrow chart: its rows continue over pages
    dialog = ExportDialog(tab, tab.state, tab.view)
    said = [label.text() for label in dialog.findChildren(QLabel)]
    first, last = (QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat) for moment in tab.state.extent())
    assert tab.state.campaign.name in said and f"{len(tab.state.tasks)} tasks, none filtered out" in said
    assert f"{first} – {last}" in said and "Week" in said
    choices = {dialog.kind.itemData(i): dialog.kind.itemText(i) for i in range(dialog.kind.count())}
    pages = {paper: save_pdf(tab.view, tmp_path / f"{paper}.pdf", paper) for paper in ("A4", "A3")}
    assert pages["A4"] > 1
    for paper, count in pages.items():
        assert choices[paper] == f"PDF, {paper} landscape, {count} pages"
    assert choices["png"].startswith("PNG image, ") and choices["png"].endswith(" pixels")
    assert dialog.go.text() == "Export…"
    dialog.kind.setCurrentIndex(dialog.kind.findData("print"))
    assert dialog.go.text() == "Print…"

    tab.phase_filter.setCurrentIndex(tab.phase_filter.findData("warm_up"))
    said = [label.text() for label in ExportDialog(tab, tab.state, tab.view).findChildren(QLabel)]
    assert f"{len(tab.state.order)} of {len(tab.state.tasks)} tasks, filtered by phase Warm-up" in said


def test_export_dialog_fits_the_screen_with_the_longest_campaign_name(qtbot, app_context, campaign_id):
    from PySide6.QtWidgets import QLabel

    from flashdesk.campaigns.service import rename_campaign
    from flashdesk.gui.tasks.export import ExportDialog

    name = ("爽肤水限定装快闪群" * 23)[:200]  # as long as a campaign's name may be
    rename_campaign(app_context.store, campaign_id, name)
    app_context.select_campaign(campaign_id)
    board = TasksTab(app_context)
    qtbot.addWidget(board)
    dialog = ExportDialog(board, board.state, board.view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    [label] = [label for label in dialog.findChildren(QLabel) if label.text() == name]
    assert label.height() >= label.heightForWidth(label.width()), "the name is cut"


def test_export_shows_the_wait_while_the_dialog_lays_out_and_not_after(tab, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from flashdesk.gui.tasks import export

    seen = []
    lay_out = export.png_size

    def laid_out(view):  # where the dialog lays out every bar
        cursor = QGuiApplication.overrideCursor()
        seen.append(("laying out", cursor and cursor.shape()))
        return lay_out(view)

    def answer(dialog):
        seen.append((type(dialog).__name__, QGuiApplication.overrideCursor()))
        dialog.reject()

    monkeypatch.setattr(export, "png_size", laid_out)
    when_modal(answer)
    tab.export_chart()
    # the wait cursor while the dialog is made, gone once it is up
    assert seen == [("laying out", Qt.CursorShape.WaitCursor), ("ExportDialog", None)]
    assert QGuiApplication.overrideCursor() is None


def test_launch_day_opens_by_the_hour_and_ctrl_wheel_zooms(qtbot, app_context, campaign_id):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from flashdesk.campaigns.service import get_campaign

    launch = get_campaign(app_context.store, campaign_id).launch_at
    widget = TasksTab(app_context)  # no campaign yet
    widget.now = lambda: launch - timedelta(hours=3)
    qtbot.addWidget(widget)
    app_context.select_campaign(campaign_id)
    assert widget.view.scale_.zoom == "hour" and widget.zoom_buttons["hour"].isChecked()
    widget.show()
    qtbot.waitExposed(widget)
    center = QPointF(widget.view.viewport().rect().center())
    event = QWheelEvent(center, widget.view.viewport().mapToGlobal(center), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget.view.viewport(), event)
    assert widget.view.scale_.zoom == "day" and widget.zoom_buttons["day"].isChecked()


def test_owner_rename_is_one_undo_step(tab):
    from flashdesk.gui.tasks.owners import OwnersDialog

    role = next(r for r in tab.state.roles.values() if r.key == "copywriter")

    def rename(dialog):
        assert isinstance(dialog, OwnersDialog)
        dialog.edits[role.id].setText("小王")
        dialog.accept()
    when_modal(rename)
    tab.rename_owners()
    countdown = _key(tab, "countdown")
    assert tab.state.role_name(countdown) == "小王"
    assert tab.owner_filter.findText("小王") > 0
    tab.context.undo_stack.undo()
    assert tab.state.role_name(_key(tab, "countdown")) == "文案"


def test_print_preview_paints_the_pages(tab):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from flashdesk.gui.tasks.export import print_preview

    seen = []

    def close(dialog):
        seen.append(type(dialog))
        dialog.reject()
    when_modal(close)
    print_preview(tab, tab.view)
    assert seen == [QPrintPreviewDialog]


def test_context_menu_removes_a_link_as_one_undo_step(tab):
    task = _key(tab, "countdown")
    actions = tab.task_menu_actions(task.id)
    texts = [text for text, _slot in actions]
    assert texts[:4] == ["Edit…", "Mark done", "New task after it", "Delete"]
    removal = next((text, slot) for text, slot in actions if text.startswith("Remove link"))
    links = len(tab.state.links)
    removal[1]()
    assert len(tab.state.links) == links - 1 == len(load_board(tab.context.store, tab.state.campaign.id).links)
    assert tab.context.undo_stack.undoText().startswith("Unlink")
    tab.context.undo_stack.undo()
    assert len(tab.state.links) == links and len(tab.view.arrows) == links


def test_mark_done_clears_the_overdue_flag(tab):
    task = _key(tab, "moments_d3")
    tab.now = lambda: task.deadline + timedelta(hours=1)
    assert tab.state.overdue(tab.state.tasks[task.id], tab.now())
    dict(tab.task_menu_actions(task.id))["Mark done"]()
    stored = _stored(tab, task.id)
    assert stored.status == "done" and stored.progress == 100
    assert not tab.state.overdue(tab.state.tasks[task.id], tab.now())
    assert tab.view.bars[task.id].pen().style() != Qt.PenStyle.DashLine
    tab.context.undo_stack.undo()
    assert _stored(tab, task.id).status == "todo"


def test_editing_a_successor_of_a_deleted_task_keeps_the_dormant_link(tab, qtbot):
    pred, succ = _key(tab, "wake_up_packet"), _key(tab, "launch_open")
    tab.select_task(pred.id)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.delete_selected()
    tab.select_task(succ.id)

    def accept(dialog):
        assert dialog.findChild(QLineEdit, "predecessors").text() == ""
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(accept)
    tab.edit_selected()
    tab.context.undo_stack.undo()  # the edit
    tab.context.undo_stack.undo()  # the delete
    assert any(k.predecessor_id == pred.id and k.successor_id == succ.id
               for k in load_board(tab.context.store, tab.state.campaign.id).links)


def test_import_a_team_workbook(tab, tmp_path):
    from flashdesk.workbook.export import export_workbook

    path = export_workbook(tab.context.store, tab.state.campaign.id, tmp_path / "team.xlsx")
    count, links = len(tab.state.tasks), len(tab.state.links)
    tab.import_file(str(path))
    assert len(tab.state.tasks) == 2 * count and len(tab.state.links) == 2 * links
    assert tab.context.undo_stack.undoText() == f"Add {count} task{'s' if count != 1 else ''}"
    tab.context.undo_stack.undo()
    assert len(tab.state.tasks) == count == tab.model.rowCount()


def test_new_task_with_a_bad_predecessor_adds_nothing(tab, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    count = len(tab.state.tasks)

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("太晚的任务")
        dialog.findChild(QLineEdit, "predecessors").setText("1FS+100d")
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(fill)
    tab.add_task()
    assert shown and "longer than the whole campaign" in shown[0]
    assert len(tab.state.tasks) == count == len(load_board(tab.context.store, tab.state.campaign.id).tasks)
    assert tab.context.undo_stack.count() == 0


def test_new_task_with_predecessor_then_undo_redo(tab):
    count = len(tab.state.tasks)
    number = tab.state.number[_key(tab, "countdown").id]

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("加推一轮倒计时")
        dialog.findChild(QLineEdit, "predecessors").setText(f"{number}FS+30m")
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(fill)
    tab.select_task(_key(tab, "countdown").id)
    tab.add_task()
    new = next(t for t in tab.state.tasks.values() if t.name == "加推一轮倒计时")
    assert new.start == _key(tab, "countdown").end + timedelta(minutes=30)
    assert tab.state.row[new.id] == tab.state.row[_key(tab, "countdown").id] + 1
    tab.context.undo_stack.undo()
    assert len(tab.state.tasks) == count and new.id not in tab.view.bars
    tab.context.undo_stack.redo()
    assert new.id in tab.state.tasks and new.id in tab.view.bars
    assert any(k.successor_id == new.id for k in tab.state.links_of(new.id) if k.id in tab.view.arrows)


def test_new_task_dialog_opens_clean_and_checks_on_ok(tab):
    """No red on open; OK with no name names the problem and stays open; a name adds it."""
    from PySide6.QtWidgets import QLabel

    count, seen = len(tab.state.tasks), {}

    def fill(dialog):
        problem = dialog.findChild(QLabel, "problem")
        ok = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok)
        seen["open"] = (problem.text(), ok.isEnabled())
        ok.click()
        seen["after ok"] = (problem.text(), dialog.isVisible())
        dialog.findChild(QLineEdit, "name").setText("补发一条预告")
        ok.click()
    when_modal(fill)
    tab.add_task()
    assert seen["open"] == ("", True)
    assert seen["after ok"][0] and seen["after ok"][1]
    assert len(tab.state.tasks) == count + 1
    assert any(t.name == "补发一条预告" for t in tab.state.tasks.values())


def test_the_dialog_shows_a_long_name_from_its_start(tab):
    """A name wider than its field opened scrolled to its end: "框架：用户在哪看到→…" for 搭框架."""
    from flashdesk.tasks.service import TaskDraft, update_task

    task = _key(tab, "moments_wrap")
    draft = TaskDraft.of(task)
    draft.name = "搭框架：用户在哪看到→怎么进群→群里做什么→付多少→什么促成下单→晒单→复购"
    update_task(tab.context.store, task.id, draft)
    tab.reload()
    seen = {}

    def look(dialog):
        name = dialog.findChild(QLineEdit, "name")
        seen.update(wider=name.fontMetrics().horizontalAdvance(name.text()) > name.width(),
                    start=name.cursorRect().left() < name.fontMetrics().averageCharWidth() * 2)
        dialog.reject()
    when_modal(look)
    tab.edit_task(task.id)
    assert seen == {"wider": True, "start": True}


def test_tab_follows_the_form_from_progress_to_status_to_milestone(tab):
    from tests.gui.helpers import tab_chain

    seen = []

    def look(dialog):
        seen.extend(w.objectName() for w in tab_chain(dialog)
                    if w.objectName() in ("progress", "status", "milestone", "keyNode"))
        dialog.reject()
    when_modal(look)
    tab.edit_task(_key(tab, "moments_wrap").id)
    assert seen == ["progress", "status", "milestone", "keyNode"]
