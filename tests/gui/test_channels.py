"""The Channels tab through real widgets offscreen on a real store: matrix edits (in place,
multi-line, forms), drag reorder, paste, the calendar's post dialog, the problems list
selecting its cell, and every edit undone and redone."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QListWidget, QPlainTextEdit

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import get_campaign, update_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import PostDraft
from flashdesk.gui.channels.tab import ChannelsTab
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    widget = ChannelsTab(app_context)
    qtbot.addWidget(widget)
    app_context.select_campaign(campaign_id)
    widget.resize(1400, 800)
    widget.show()
    return widget


def _names(tab):
    return [c.name for c in service.list_channels(tab.context.store, tab.campaign_id)]


def test_shows_the_planned_matrix_and_calendar(tab):
    assert tab.matrix_model.rowCount() == 7
    assert tab.matrix_model.data(tab.matrix_model.index(0, 1)) == "Copy + link, Video, Poster, Screenshot"
    model = tab.calendar_model
    assert model.columnCount() == 7  # D-3 .. D+3 (three-day lifetime)
    assert model.headerData(0, Qt.Orientation.Horizontal).endswith("D-3")
    assert model.headerData(3, Qt.Orientation.Horizontal).endswith("D0")
    moments_d3 = model.index(0, 0).data()
    assert "12:00 Product survey" in moments_d3
    assert tab.problem_list.count() == 0 and tab.problems_title.text() == "No problems found"


def test_in_place_edit_is_one_undo_step(tab):
    stack = tab.context.undo_stack
    index = tab.matrix_model.index(0, 4)
    assert tab.matrix_model.setData(index, "小周")
    assert service.list_channels(tab.context.store, tab.campaign_id)[0].owner == "小周"
    assert tab.matrix_model.index(0, 4).data() == "小周"
    stack.undo()
    assert service.list_channels(tab.context.store, tab.campaign_id)[0].owner == ""
    stack.redo()
    assert tab.matrix_model.index(0, 4).data() == "小周"


def test_multi_line_cell_edited_in_place(tab, qtbot):
    index = tab.matrix_model.index(1, 3)
    tab.matrix.setCurrentIndex(index)
    tab.matrix.edit(index)
    editor = tab.matrix.findChild(QPlainTextEdit)
    assert editor is not None
    editor.setPlainText("第一行\n第二行")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.list_channels(tab.context.store, tab.campaign_id)[1].notes == "第一行\n第二行"


def test_forms_multi_select(tab, qtbot):
    index = tab.matrix_model.index(3, 1)
    tab.matrix.edit(index)
    editor = tab.matrix.findChild(QListWidget, "formsEditor")
    ticked = {editor.item(i).text(): editor.item(i).checkState() for i in range(editor.count())}
    assert ticked["Video"] == Qt.CheckState.Checked and ticked["Poster"] == Qt.CheckState.Unchecked
    poster = next(editor.item(i) for i in range(editor.count()) if editor.item(i).text() == "Poster")
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.visualItemRect(poster).center())
    assert poster.checkState() == Qt.CheckState.Checked
    editor.setCurrentItem(poster)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert poster.checkState() == Qt.CheckState.Checked
    tab.matrix.itemDelegateForColumn(1).setModelData(editor, tab.matrix_model, index)
    assert service.list_channels(tab.context.store, tab.campaign_id)[3].forms == "video,poster"
    tab.context.undo_stack.undo()
    assert service.list_channels(tab.context.store, tab.campaign_id)[3].forms == "video"


def test_too_long_text_is_refused_with_a_message(tab):
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    assert not tab.matrix_model.setData(tab.matrix_model.index(0, 3), "长" * 5001)
    assert "5001" in messages[0]
    assert service.list_channels(tab.context.store, tab.campaign_id)[0].notes == ""
    assert tab.context.undo_stack.count() == 0


def test_drag_reorder_and_undo(tab):
    model = tab.matrix_model
    before = _names(tab)
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # drop above row 3
    assert _names(tab) == before[1:3] + [before[0]] + before[3:]
    assert [model.channel_at(i).name for i in range(7)] == _names(tab)
    tab.context.undo_stack.undo()
    assert _names(tab) == before
    tab.matrix.setCurrentIndex(model.index(6, 0))
    tab.move_current(-1)
    assert _names(tab)[5] == before[6]


def test_paste_rows_from_excel_with_ctrl_v(tab, qtbot):
    tab.matrix.setCurrentIndex(tab.matrix_model.index(0, 0))
    QGuiApplication.clipboard().setText('微博\t海报、视频\t"话题\n抽奖"\t\t阿May\nB站\t视频\t开箱\t\t\n')
    qtbot.keyClick(tab.matrix, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _names(tab)[:3] == ["企业微信朋友圈", "微博", "B站"]
    assert tab.matrix_model.index(1, 2).data() == "话题\n抽奖"
    # new channels have no post yet: the problems list says so
    assert tab.problem_list.count() == 2
    tab.context.undo_stack.undo()
    assert len(_names(tab)) == 7
    tab.context.undo_stack.redo()
    assert _names(tab)[1:3] == ["微博", "B站"]


def test_bad_paste_pastes_nothing(tab):
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    assert tab.paste_rows("微博\t海报\n公众号\t图文推文\n") is None
    assert "Row 2" in messages[0] and "公众号" in messages[0]
    assert len(_names(tab)) == 7 and tab.context.undo_stack.count() == 0


def test_add_and_remove_channel(tab, qtbot):
    tab.matrix.setCurrentIndex(tab.matrix_model.index(6, 0))
    tab.add_channel()
    assert _names(tab)[-1] == "New channel"
    tab.add_channel()
    assert _names(tab)[-1] == "New channel 2"
    tab.matrix.setCurrentIndex(tab.matrix_model.index(0, 0))
    tab.matrix.selectRow(0)
    tab.remove_channels()
    assert "企业微信朋友圈" not in _names(tab)
    tab.context.undo_stack.undo()
    assert _names(tab)[0] == "企业微信朋友圈"
    assert "12:00 Product survey" in tab.calendar_model.index(0, 0).data()


def test_copy_rows_for_excel(tab):
    tab.matrix.selectRow(2)
    text = tab.copy_rows()
    assert text.startswith("公众号\tArticle, Video\t\"四步推文")
    assert QGuiApplication.clipboard().text() == text


def test_post_dialog_adds_a_post_and_checks_fire(tab, qtbot):
    model = tab.calendar_model
    index = model.index(0, 0)  # Moments, D-3: already holds the survey post

    def fill(dialog):
        dialog.text.setPlainText("第二条朋友圈")
        dialog.stage.setCurrentIndex(dialog.stage.findData("draw"))
        dialog.accept()

    when_modal(fill)
    tab.add_post(*model.cell(index))
    assert len(model.cells[model.cell(index)]) == 2
    assert [p.code for p in tab.problems] == ["crowded_day"]
    # the problems list selects the cell
    tab.views.setCurrentIndex(0)
    tab.select_problem(tab.problem_list.item(0))
    assert tab.views.currentIndex() == 1 and tab.calendar.currentIndex() == index
    tab.context.undo_stack.undo()
    assert tab.problem_list.count() == 0


def test_post_dialog_refuses_a_day_outside_the_window(tab, qtbot):
    seen = []

    def fill(dialog):
        dialog.day.setDate(dialog.day.date().addDays(-5))
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.error.text()))
        dialog.reject()

    when_modal(fill)
    assert tab.add_post(*tab.calendar_model.cell(tab.calendar_model.index(1, 0))) is None
    assert seen[0][0] and "before warm-up starts" in seen[0][1]
    assert tab.context.undo_stack.count() == 0


def test_publish_with_results_then_follow_up(tab, qtbot):
    moments_d3 = tab.calendar_model.cells[tab.calendar_model.cell(tab.calendar_model.index(0, 0))][0]

    def publish(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("published"))
        dialog.results["likes"].setValue(12)
        dialog.accept()

    when_modal(publish)
    assert tab.edit_post(moments_d3)
    post = service.get_post(tab.context.store, moments_d3.id)
    assert (post.status, post.likes, post.comments) == ("published", 12, None)
    assert [p.code for p in tab.problems] == ["follow_up"]
    index = tab.calendar_model.index(0, 0)
    tooltip = tab.calendar_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.count("⚠") == 1 and "Likes 12 · comments — · participants —" in tooltip

    def follow_up(dialog):
        dialog.followed_up.setChecked(True)
        dialog.accept()

    when_modal(follow_up)
    tab.edit_post(service.get_post(tab.context.store, moments_d3.id))
    assert tab.problems == []
    tab.context.undo_stack.undo()
    assert [p.code for p in tab.problems] == ["follow_up"]


def test_remove_post_and_undo(tab):
    tab.calendar.setCurrentIndex(tab.calendar_model.index(1, 0))  # customer groups, D-3
    tab.remove_current_post()
    assert tab.calendar_model.index(1, 0).data() == ""
    tab.context.undo_stack.undo()
    assert "10:00 Product survey" in tab.calendar_model.index(1, 0).data()


def test_calendar_follows_a_moved_launch(tab):
    campaign = get_campaign(tab.context.store, tab.campaign_id)
    draft = CampaignDraft.of(campaign)
    draft.launch_at = campaign.launch_at + timedelta(days=2)
    tab.context.publish(update_campaign(tab.context.store, tab.campaign_id, draft))
    first_day = tab.calendar_model.days[0]
    assert first_day == (campaign.launch_at + timedelta(days=2)).date() - timedelta(days=3)
    assert "12:00 Product survey" in tab.calendar_model.index(0, 0).data()


def test_shortened_lifetime_shows_a_post_after_close(tab):
    campaign = get_campaign(tab.context.store, tab.campaign_id)
    channel = service.list_channels(tab.context.store, tab.campaign_id)[3]
    service.add_post(tab.context.store, tab.campaign_id,
                     PostDraft(channel.id, campaign.launch_at.date() + timedelta(days=2), "close"))
    draft = CampaignDraft.of(campaign)
    draft.lifetime_days = 1
    tab.context.publish(update_campaign(tab.context.store, tab.campaign_id, draft))
    assert [p.code for p in tab.problems] == ["after_close"]
    day = campaign.launch_at.date() + timedelta(days=2)
    assert tab.calendar_model.days[-1] == day  # the grid stretches to show it
    tab.select_problem(tab.problem_list.item(0))
    assert tab.calendar_model.cell(tab.calendar.currentIndex()) == (channel.id, day)


def test_calendar_keys_enter_opens_and_delete_removes(tab, qtbot):
    index = tab.calendar_model.index(2, 1)  # official account, D-2
    tab.calendar.setFocus()
    tab.calendar.setCurrentIndex(index)
    titles = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(tab.calendar, Qt.Key.Key_Return)
    assert titles == ["Edit post"]
    qtbot.keyClick(tab.calendar, Qt.Key.Key_Delete)
    assert tab.calendar_model.index(2, 1).data() == ""
    tab.context.undo_stack.undo()
    assert "08:00 Selling points" in tab.calendar_model.index(2, 1).data()


def test_editing_while_data_changes_reloads_after_the_editor_closes(tab, qtbot):
    index = tab.matrix_model.index(0, 4)
    tab.matrix.setCurrentIndex(index)
    tab.matrix.edit(index)
    tab.context.publish(service.set_channel_field(tab.context.store,
                                                  tab.matrix_model.channels[1].id, "owner", "阿May"))
    assert tab.matrix_model.index(1, 4).data() == ""  # not reset under the open editor
    tab.matrix.setCurrentIndex(tab.matrix_model.index(2, 0))  # leaves the editor
    qtbot.waitUntil(lambda: tab.matrix_model.index(1, 4).data() == "阿May")


def test_quick_status_change_is_undoable(tab):
    post = tab.calendar_model.cells[tab.calendar_model.cell(tab.calendar_model.index(0, 1))][0]
    tab.set_status(post, "ready")
    assert service.get_post(tab.context.store, post.id).status == "ready"
    assert "Offer preview · ready" in tab.calendar_model.index(0, 1).data()
    tab.context.undo_stack.undo()
    assert service.get_post(tab.context.store, post.id).status == "planned"


def test_main_window_has_the_channels_tab(qtbot, app_context, campaign_id):
    from flashdesk.gui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Channels" in titles
    channels = window.tab_at(titles.index("Channels"))
    assert channels.matrix_model.rowCount() == 0  # hidden: not loaded yet
    window.tabs.setCurrentIndex(titles.index("Channels"))
    assert channels.matrix_model.rowCount() == 7


def test_drag_a_post_to_another_day_and_undo(tab, qtbot):
    model = tab.calendar_model
    service.add_post(tab.context.store, tab.campaign_id,
                     PostDraft(model.channels[0].id, model.days[0], "draw", title="抽奖"))
    tab.refresh()
    assert [p.code for p in tab.problems] == ["crowded_day"]
    # press the second chip of Moments D-3, as the view does, then drop on D+1
    source = model.index(0, 0)
    rect = tab.calendar.visualRect(source)
    from PySide6.QtCore import QPoint

    qtbot.mousePress(tab.calendar.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.center().x(), rect.top() + 3 + 25 + 5))
    qtbot.mouseRelease(tab.calendar.viewport(), Qt.MouseButton.LeftButton,
                       pos=QPoint(rect.center().x(), rect.top() + 3 + 25 + 5))
    assert model.drag_chip == 1
    moved = model.cells[model.cell(source)][1]
    mime = model.mimeData([source])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 4))
    assert service.get_post(tab.context.store, moved.id).day == model.days[4]
    assert tab.problems == [] and tab.calendar.currentIndex() == model.index(0, 4)
    tab.context.undo_stack.undo()
    assert service.get_post(tab.context.store, moved.id).day == model.days[0]


def test_drag_out_of_the_window_is_refused(tab, qtbot):
    from flashdesk.campaigns.draft import CampaignDraft

    channel = service.list_channels(tab.context.store, tab.campaign_id)[3]
    campaign = get_campaign(tab.context.store, tab.campaign_id)
    late = service.add_post(tab.context.store, tab.campaign_id,
                            PostDraft(channel.id, campaign.launch_at.date() + timedelta(days=3), "close")).result
    draft = CampaignDraft.of(campaign)
    draft.lifetime_days = 2
    update_campaign(tab.context.store, tab.campaign_id, draft)  # the close post follows C0
    tab.refresh()
    model = tab.calendar_model
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    source = model.index_of(channel.id, campaign.launch_at.date() + timedelta(days=2))
    mime = model.mimeData([source])
    assert int(bytes(mime.data("application/x-flashdesk-post")).decode()) == late
    tab.move_post(late, channel.id, campaign.launch_at.date() + timedelta(days=5))
    assert "after the group closes" in messages[0]
    assert service.get_post(tab.context.store, late).day == campaign.launch_at.date() + timedelta(days=2)


def test_add_from_playbook_menu_and_undo(tab):
    actions = tab.playbook_button.menu().actions()
    assert [a.text() for a in actions][0] == "企业微信朋友圈" and len(actions) == 7
    tab.matrix.setCurrentIndex(tab.matrix_model.index(0, 0))
    actions[0].trigger()
    assert _names(tab)[1] == "企业微信朋友圈 2"
    assert "12:00 Product survey" in tab.calendar_model.index(1, 0).data()
    assert tab.problems == []  # a Moments row with its own posts: nothing to fix
    tab.context.undo_stack.undo()
    assert len(_names(tab)) == 7
    tab.context.undo_stack.redo()
    assert _names(tab)[1] == "企业微信朋友圈 2" and tab.calendar_model.index(1, 0).data()


@pytest.mark.parametrize("language, size, wraps", [("en", (1024, 700), True), ("en", (1400, 900), True),
                                                   ("zh_CN", (1024, 700), False),
                                                   ("en", (1920, 1080), False)])
def test_calendar_chips_show_their_whole_label(qtbot, app_context, campaign_id, language, size, wraps,
                                               app_font):
    """English stage names are longer than a 138 px day: the chip wraps its label onto a second
    line inside the cell instead of cutting it with "…"; where the label fits (Chinese, a wide
    window) every chip stays one line."""
    from PySide6.QtWidgets import QApplication

    from flashdesk import i18n
    from flashdesk.gui.channels.models import POSTS_ROLE
    from tests.gui.helpers import show_tab, window_on

    i18n.install(language)
    try:
        window = window_on(qtbot, app_context, campaign_id, *size, language)
        tab = window.tab_at(show_tab(window, "ChannelsTab", settle=5))
        tab.views.setCurrentIndex(1)
        for _ in range(5):
            QApplication.processEvents()
        calendar, model = tab.calendar, tab.calendar_model
        delegate, metrics = calendar.itemDelegate(), calendar.fontMetrics()
        heights = set()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                cell = calendar.visualRect(index)
                for post, chip, room, label in delegate.chips(cell, index.data(POSTS_ROLE) or [], metrics):
                    assert label == model.post_line(post)
                    needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, label)
                    assert needed.width() <= room.width() and needed.height() <= room.height(), label
                    assert cell.contains(chip), f"{label}: the chip leaves its cell"
                    heights.add(chip.height())
        assert (heights != {delegate.CHIP}) == wraps
        index = model.index(1, 2)  # customer groups D-1: countdown, then group entry open
        chips = delegate.chips(calendar.visualRect(index), index.data(POSTS_ROLE), metrics)
        assert len(chips) == 2
        for pressed, (_post, chip, _room, _label) in enumerate(chips):
            qtbot.mousePress(calendar.viewport(), Qt.MouseButton.LeftButton, pos=chip.bottomLeft() + QPoint(9, -2))
            qtbot.mouseRelease(calendar.viewport(), Qt.MouseButton.LeftButton, pos=chip.bottomLeft() + QPoint(9, -2))
            assert model.drag_chip == pressed, "a press on a chip's last line drags that post"
    finally:
        i18n.install("en")
