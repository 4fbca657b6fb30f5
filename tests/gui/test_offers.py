"""The offer and the incentives in the GUI: the campaign dialog's Offer page checks as you
type, the overview shows the deal and warns when the red packets can exceed the budget (and
stops when that is undone), the incentives editor edits in one undo step, the runbook shows
each node's red packets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from flashdesk.campaigns.incentives import IncentiveDraft, incentives, set_incentives
from flashdesk.campaigns.service import get_draft, get_offer
from flashdesk.gui.campaign_dialog import CampaignDialog
from flashdesk.gui.groups.models import RunbookModel
from flashdesk.gui.groups.tab import GroupsTab
from flashdesk.gui.incentives_dialog import IncentivesDialog, edit_incentives
from flashdesk.gui.overview import OverviewTab
from tests.gui.helpers import when_modal

NODES = {"wake_up": "叫醒红包", "order_flood": "订单刷屏", "questions": "答疑"}


def test_offer_page_checks_as_you_type_and_opens_on_the_problem(qtbot, app_context, store, campaign_id):
    dialog = CampaignDialog(None, "t", get_draft(store, campaign_id))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.gift.text() == "380ml 正装" and dialog.limit_per_person.text() == "2"
    dialog.coupon_off.setValue(50)
    assert "满减" not in dialog.coupon_hint.text() and "立减50" in dialog.coupon_hint.text()
    dialog.coupon_threshold.setValue(30)
    assert not ok.isEnabled() and "above the amount off" in dialog.problems.text()
    dialog.coupon_threshold.setValue(300)
    assert ok.isEnabled() and "满300减50" in dialog.coupon_hint.text()
    assert not dialog.balance_hours.isEnabled()
    dialog.deposit.setValue(500)  # above the deal price of 340
    assert dialog.balance_hours.isEnabled() and "below the deal price" in dialog.problems.text()
    dialog.deposit.setValue(50)
    ok.click()
    chosen = dialog.draft().offer
    assert (chosen.gift, chosen.coupon_threshold, chosen.coupon_off, chosen.deposit) == ("380ml 正装", 300, 50, 50)

    # a problem in a field not yet edited (a gift value without a gift) is found on OK,
    # which turns to the Offer page
    draft = get_draft(store, campaign_id)
    draft.offer.gift = ""
    other = CampaignDialog(None, "t", draft)
    qtbot.addWidget(other)
    other.show()
    assert other.pages.currentIndex() == 0 and other.problems.isHidden()
    other.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert other.isVisible() and other.pages.currentIndex() == 1 and "no name" in other.problems.text()
    other.gift.setText("面膜")
    other.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not other.isVisible() and other.draft().offer.gift == "面膜"


def test_overview_shows_the_deal_and_warns_over_budget(qtbot, app_context, store, campaign_id):
    app_context.select_campaign(campaign_id)
    tab = OverviewTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    assert "Gift: 380ml 正装 (worth ¥450)" in tab.deal.text()
    assert "Saves ¥450" in tab.deal.text() and "Limit 2 per person" in tab.deal.text()
    assert "Budget ¥800" in tab.budget.text() and tab.budget_warning.isHidden()
    assert "叫醒红包: Red packet × 10" in tab.incentive_list.text()
    app_context.push(set_incentives(store, campaign_id,
                                    [IncentiveDraft("wake_up", "red_packet", 100, 5, 20, "群主")], 800),
                     "over")
    assert tab.budget_warning.isVisible()
    assert "¥2000, above the budget of ¥800 by ¥1200" in tab.budget_warning.text()
    app_context.undo_stack.undo()
    assert tab.budget_warning.isHidden() and len(incentives(store, campaign_id)) == 5


def test_incentives_editor_totals_warns_and_saves_one_step(qtbot, app_context, store, campaign_id):
    dialog = IncentivesDialog(None, [IncentiveDraft("wake_up", "red_packet", 10, 2, 10, "群主")], 200,
                              NODES, {"wake_up": 1, "questions": 2})
    qtbot.addWidget(dialog)
    dialog.show()
    assert "¥100" in dialog.totals.text() and dialog.warning.isHidden()
    dialog.add_button.click()
    node, _kind, count, low, high, sender = (dialog.table.cellWidget(1, c) for c in range(6))
    node.setCurrentIndex(node.findData("questions"))
    count.setValue(10)
    high.setValue(10)
    low.setValue(20)
    assert "¥300" in dialog.totals.text() and dialog.warning.isVisible()  # 100 + 10 × 10 × 2 days
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "Row 2" in dialog.warning.text() and "swap" in dialog.warning.text()
    dialog.table.selectRow(1)
    dialog.remove_button.click()
    assert dialog.rows() == [IncentiveDraft("wake_up", "red_packet", 10, 2, 10, "群主")]

    app_context.select_campaign(campaign_id)
    steps = app_context.undo_stack.count()

    def change_budget(opened):
        opened.budget.setValue(999)
        opened.accept()

    when_modal(change_budget)
    assert edit_incentives(None, app_context)
    assert get_offer(store, campaign_id).budget == 999 and app_context.undo_stack.count() == steps + 1
    app_context.undo_stack.undo()
    assert get_offer(store, campaign_id).budget == 800


def test_runbook_shows_each_nodes_red_packets(qtbot, app_context, store, campaign_id):
    app_context.select_campaign(campaign_id)
    tab = GroupsTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.runbook)
    model = tab.runbook.runbook_model
    first = {model.lines[r][0].key: r for r in reversed(range(model.rowCount())) if model.lines[r][2]}
    cell = model.index(first["wake_up"], RunbookModel.INCENTIVE).data()
    assert cell == "红包 10 个 ¥2–10（群主）\n红包 2 个 ¥5–20（群主）"
    assert model.headerData(RunbookModel.INCENTIVE, Qt.Orientation.Horizontal) == "Red packets / draws"
    app_context.push(set_incentives(store, campaign_id, [IncentiveDraft("sign_up", "draw", 2, 10, 10, "运营")],
                                    800), "edit")
    assert model.index(first["wake_up"], RunbookModel.INCENTIVE).data() == ""
    assert model.index(first["sign_up"], RunbookModel.INCENTIVE).data() == "抽奖 2 名 ¥10（运营）"


def test_copy_library_follows_an_offer_edit(qtbot, app_context, store, campaign_id):
    from flashdesk.campaigns.service import update_campaign
    from flashdesk.gui.copies.tab import CopiesTab

    app_context.select_campaign(campaign_id)
    tab = CopiesTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.editor.values["gift"] == "380ml 正装" and tab.editor.values["coupon"] == ""
    draft = get_draft(store, campaign_id)
    draft.offer.coupon_threshold, draft.offer.coupon_off = 300, 30
    app_context.push(update_campaign(store, campaign_id, draft), "coupon")
    assert tab.editor.values["coupon"] == "满300减30"


def test_incentives_tab_goes_through_the_lines_before_the_buttons(qtbot):
    """Cells are made after the buttons: Tab went from the table to Add line, and reached the
    lines only after Cancel."""
    from tests.gui.helpers import tab_chain

    dialog = IncentivesDialog(None, [IncentiveDraft("wake_up", "red_packet", 10, 2, 10, "群主")], 200,
                              NODES, {"wake_up": 1})
    qtbot.addWidget(dialog)
    dialog.add_button.click()  # a line added later goes after the first
    focus = [w.focusProxy() or w for r in range(2) for c in range(6) for w in [dialog.table.cellWidget(r, c)]]
    chain = tab_chain(dialog)
    assert [chain.index(w) for w in focus] == sorted(chain.index(w) for w in focus)
    assert chain.index(dialog.table) < chain.index(focus[0])
    assert chain.index(focus[-1]) < chain.index(dialog.add_button)


def test_campaign_dialog_tab_goes_from_the_page_tabs_into_the_page_then_to_ok(qtbot, store, campaign_id):
    """The page tabs came after the Details fields: Tab went from Notes up to the tabs."""
    from PySide6.QtWidgets import QTabBar

    from tests.gui.helpers import tab_chain

    dialog = CampaignDialog(None, "t", get_draft(store, campaign_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.name, "the name is still where typing starts"
    for page, first, last in ((0, dialog.name, dialog.notes), (1, dialog.gift, dialog.budget)):
        dialog.pages.setCurrentIndex(page)
        chain = [w for w in tab_chain(dialog) if w.isVisible() and w.isEnabled()]
        tabs = dialog.pages.findChild(QTabBar)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        where = [chain.index(w.focusProxy() or w) for w in (tabs, first, last, ok)]
        assert where == sorted(where), page
