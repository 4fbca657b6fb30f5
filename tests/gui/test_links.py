"""Cross-capability links through real widgets: the library copy picker in the post
dialog (filtered by the post's channel and stage, the preview filled), the calendar's
tooltip naming the linked copy, the use counted and undone with the edit."""

import pytest
from PySide6.QtCore import Qt

from flashdesk.channels import service
from flashdesk.copies import service as copies
from flashdesk.copies.service import CopyDraft
from flashdesk.groups.copy_values import values_for
from flashdesk.gui.channels.tab import ChannelsTab
from flashdesk.gui.copies.picker import CopyPicker
from tests.gui.helpers import when_modal


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    widget = ChannelsTab(app_context)
    qtbot.addWidget(widget)
    app_context.select_campaign(campaign_id)
    widget.resize(1400, 800)
    widget.show()
    return widget


def test_picker_filters_by_channel_and_stage_and_fills_the_preview(qtbot, store, campaign_id):
    wanted = copies.create_copy(store, CopyDraft(title="选款求助", body="{product} 选哪款？评论区见",
                                                 channel="moments", stage="survey")).result
    copies.create_copy(store, CopyDraft(title="公众号选款", body="公众号选款", channel="official_account",
                                        stage="survey")).result
    picker = CopyPicker(None, store, campaign_id, channel="moments", stage="survey", subject="选品调研")
    qtbot.addWidget(picker)
    picker.search.setText("选款")
    picker.reload()
    titles = [picker.results.item(i).text().split("\n")[0] for i in range(picker.results.count())]
    assert "选款求助" in titles and "公众号选款" not in titles
    picker.only_channel.setChecked(False)
    titles = [picker.results.item(i).text().split("\n")[0] for i in range(picker.results.count())]
    assert "公众号选款" in titles
    row = next(i for i in range(picker.results.count())
               if picker.results.item(i).data(Qt.ItemDataRole.UserRole) == wanted)
    picker.results.setCurrentRow(row)
    assert "{product}" not in picker.preview.toPlainText() and "选哪款" in picker.preview.toPlainText()
    picker.search.setText("没有这种文案的字")
    picker.reload()
    assert picker.results.count() == 0 and "No copy matches" in picker.count.text()
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()


def test_post_dialog_links_a_copy_one_undo_step(tab, qtbot):
    store = tab.context.store
    copy_id = copies.create_copy(store, CopyDraft(title="帮忙选款文案", body="家人们帮我选款，评论区告诉我",
                                                  channel="moments", stage="survey")).result
    moments = tab.matrix_model.channels[0]
    post = next(p for p in service.list_posts(store, tab.campaign_id) if p.channel_id == moments.id)
    seen = {}

    def in_picker(picker):
        seen["channel"] = picker.only_channel.isChecked() and picker.channel_key
        seen["stage"] = picker.stage_key
        picker.search.setText("帮忙选款")
        picker.reload()
        picker.accept()

    def in_post_dialog(dialog):
        when_modal(in_picker)
        dialog.pick_copy()
        seen["label"] = dialog.copy.text()
        dialog.accept()

    when_modal(in_post_dialog)
    assert tab.edit_post(post)
    assert seen == {"channel": "moments", "stage": "survey", "label": "帮忙选款文案"}
    assert service.get_post(store, post.id).copy_id == copy_id
    assert copies.get_copy(store, copy_id).times_used == 1
    assert tab.context.undo_stack.undoText() == "Link copy to post"
    index = tab.calendar_model.index_of(post.channel_id, post.day)
    tip = tab.calendar_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Copy: 帮忙选款文案" in tip and "家人们帮我选款" in tip
    tab.context.undo_stack.undo()
    assert service.get_post(store, post.id).copy_id is None
    assert copies.get_copy(store, copy_id).times_used == 0
    tab.context.undo_stack.redo()
    assert service.get_post(store, post.id).copy_id == copy_id
    assert copies.get_copy(store, copy_id).times_used == 1


def test_unlink_from_the_picker(tab, qtbot):
    store = tab.context.store
    copy_id = copies.create_copy(store, CopyDraft(title="倒计时", body="还剩一天", channel="moments")).result
    post = service.list_posts(store, tab.campaign_id)[0]
    draft = service.get_post(store, post.id)
    from flashdesk.channels.drafts import PostDraft
    linked = PostDraft.of(draft)
    linked.copy_id = copy_id
    service.update_post(store, post.id, linked)
    tab.refresh()

    def in_post_dialog(dialog):
        when_modal(lambda picker: picker.clear_button.click())
        dialog.pick_copy()
        assert dialog.copy.text() == "none linked"
        dialog.accept()

    when_modal(in_post_dialog)
    assert tab.edit_post(service.get_post(store, post.id))
    assert service.get_post(store, post.id).copy_id is None
    tab.context.undo_stack.undo()
    assert service.get_post(store, post.id).copy_id == copy_id


@pytest.fixture
def groups_tab(qtbot, app_context, campaign_id):
    from flashdesk.gui.groups.tab import GroupsTab

    app_context.select_campaign(campaign_id)
    widget = GroupsTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def test_checklist_line_picks_a_copy_one_undo_step(groups_tab, qtbot):
    page = groups_tab.groups
    store = page.context.store
    copy_id = copies.create_copy(store, CopyDraft(title="福利群公告", body="欢迎来到 {group_name}",
                                                  channel="wecom_group", stage="announcement")).result
    model = page.checklist_model
    row = next(i for i, item in enumerate(model.rows) if item.key == "announcement")
    page.checklist_view.selectRow(row)
    seen = {}

    def in_picker(picker):
        seen["filters"] = (picker.channel_key, picker.stage_key, picker.only_stage.isChecked())
        picker.search.setText("福利群公告")
        picker.reload()
        seen["preview"] = picker.preview.toPlainText()
        picker.accept()

    when_modal(in_picker)
    assert page.pick_item_copy()
    assert seen["filters"] == ("wecom_group", "announcement", True)
    assert "{group_name}" not in seen["preview"]
    row = next(i for i, item in enumerate(model.rows) if item.key == "announcement")
    assert model.rows[row].copy_id == copy_id
    assert model.data(model.index(row, 3)) == "福利群公告"
    assert copies.get_copy(store, copy_id).times_used == 1
    page.context.undo_stack.undo()
    row = next(i for i, item in enumerate(model.rows) if item.key == "announcement")
    assert model.rows[row].copy_id is None and model.data(model.index(row, 3)) == "—"
    assert copies.get_copy(store, copy_id).times_used == 0


def test_picking_without_a_selection_explains(groups_tab, qtbot):
    page = groups_tab.groups
    page.checklist_view.clearSelection()
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    assert not page.pick_item_copy()
    assert seen and "Select a line" in seen[0]


def test_key_node_picks_a_copy(groups_tab, qtbot):
    from flashdesk.gui.groups.models import RunbookModel

    page = groups_tab.runbook
    groups_tab.pages.setCurrentWidget(page)  # a page out of sight catches up when shown
    store = page.context.store
    copies.create_copy(store, CopyDraft(title="叫醒红包开场", body="红包来啦", stage="wake_up")).result
    page.refresh()
    page.runbook_view.selectRow(0)
    node = page.runbook_model.lines[0][0]
    seen = {}

    def in_picker(picker):
        seen["stage"] = picker.stage_key
        picker.search.setText("叫醒红包开场")
        picker.reload()
        picker.accept()

    when_modal(in_picker)
    assert page.pick_node_copy()
    assert seen["stage"] == "wake_up" and node.key == "wake_up"
    model = page.runbook_model
    assert model.data(model.index(0, RunbookModel.COPY)) == "叫醒红包开场"
    assert model.data(model.index(0, RunbookModel.COPY), Qt.ItemDataRole.ToolTipRole) == "红包来啦"
    assert page.context.undo_stack.undoText() == "Link copy to key node"
    page.context.undo_stack.undo()
    assert page.runbook_model.data(page.runbook_model.index(0, RunbookModel.COPY)) == "—"


def test_copy_preview_follows_the_sold_count_and_values_dialog_shows_the_group_sop(
        qtbot, app_context, campaign_id, groups_tab):
    from flashdesk.gui.copies.tab import CopiesTab

    copies_tab = CopiesTab(app_context)
    qtbot.addWidget(copies_tab)
    copies_tab.show()
    assert copies_tab.editor.values["remaining"] == "500"
    groups_tab.groups.quota_box.sold.setValue(130)  # one undo step in the groups area
    assert copies_tab.editor.values["remaining"] == "370"
    seen = {}

    def look(dialog):
        seen["field"] = dialog.fields["remaining"].text()
        seen["placeholder"] = dialog.fields["remaining"].placeholderText()
        seen["group"] = dialog.fields["group_name"].placeholderText()
        dialog.fields["remaining"].setText("最后几份")
        dialog.accept()

    when_modal(look)
    copies_tab.variables_button.click()
    assert seen["field"] == "" and seen["placeholder"] == "From Group SOP: 370"
    assert seen["group"].startswith("From Group SOP: ") and seen["group"].endswith("福利1群")
    assert values_for(app_context.store, campaign_id)["remaining"] == "最后几份"
    app_context.undo_stack.undo()  # the hand-set value goes, the Group SOP's comes back
    assert values_for(app_context.store, campaign_id)["remaining"] == "370"
    app_context.undo_stack.undo()  # the sold count
    assert copies_tab.editor.values["remaining"] == "500"


def test_deleting_a_linked_copy_asks_first(qtbot, app_context, campaign_id):
    from flashdesk.copies.links import link_counts
    from flashdesk.copies.service import CopyError
    from flashdesk.groups import service as groups
    from flashdesk.groups.tables import KeyNode
    from flashdesk.gui.copies.tab import CopiesTab

    store = app_context.store
    copy_id = copies.create_copy(store, CopyDraft(title="只此一条的叫醒话术", body="醒醒", stage="wake_up")).result
    node = groups.rows(store, KeyNode, campaign_id)[0]
    groups.edit(store, KeyNode, node.id, copy_id=copy_id)
    assert link_counts(store, copy_id) == {"key_node": 1}
    tab = CopiesTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.search.setText("只此一条的叫醒话术")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    assert tab.current_id == copy_id
    seen = []

    def answer(box, button):
        seen.append(box.text())
        box.button(button).click()

    when_modal(lambda box: answer(box, box.StandardButton.No))
    tab.delete_copy()
    assert "1 key node" in seen[0] and not copies.get_copy(store, copy_id).deleted
    when_modal(lambda box: answer(box, box.StandardButton.Yes))
    tab.delete_copy()
    with pytest.raises(CopyError):
        copies.get_copy(store, copy_id)
    assert groups.rows(store, KeyNode, campaign_id)[0].copy_id == copy_id  # the link is kept
    app_context.undo_stack.undo()
    assert not copies.get_copy(store, copy_id).deleted


def test_picker_counts_one_copy_in_the_singular(qtbot, store, campaign_id):
    copies.create_copy(store, CopyDraft(title="独一份", body="只有这一条", channel="moments", stage="survey"))
    picker = CopyPicker(None, store, campaign_id, channel="moments", stage="survey", subject="选品调研")
    qtbot.addWidget(picker)
    picker.search.setText("独一份")
    picker.reload()
    assert picker.results.count() == 1 and picker.count.text() == "1 copy"
