"""An empty list says why it is empty and where its rows come from, in both languages: a blank
table looked broken."""

from PySide6.QtWidgets import QApplication

from flashdesk import i18n
from flashdesk.gui.customers.tab import CustomersTab
from flashdesk.gui.fission.preview import InvitePreview
from flashdesk.gui.fission.tab import FissionTab
from tests.fission import exports
from tests.gui.helpers import when_modal


def test_no_customers_says_to_import_and_a_filter_says_so(qtbot, app_context, campaign_id):
    i18n.install("zh_CN")
    try:
        app_context.select_campaign(campaign_id)
        tab = CustomersTab(app_context)
        qtbot.addWidget(tab)
        tab.show()
        tab.refresh()
        assert tab.people_model.total == 0
        assert "导入" in tab.person.toPlainText()
        tab.tag.setText("老客")
        tab.refresh_people()
        assert "筛选" in tab.person.toPlainText()
    finally:
        i18n.install("en")


def test_no_invites_says_where_they_come_from_until_they_come(qtbot, app_context, tmp_path):
    campaign_id = exports.campaign(app_context.store)
    app_context.select_campaign(campaign_id)
    tab = FissionTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    QApplication.processEvents()
    assert tab.no_invites.isVisible() and "Import invites" in tab.no_invites.text()
    when_modal(lambda dialog: dialog.import_button.click())
    assert tab.import_file(exports.invite_export(tmp_path), InvitePreview)
    assert tab.invites_model.rowCount() > 0 and not tab.no_invites.isVisible()
