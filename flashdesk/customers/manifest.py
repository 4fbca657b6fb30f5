"""Customers declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="customers",
    step=8,
    tables="flashdesk.customers.tables",
    owns=("customer", "customer_tag", "customer_membership", "customer_order",
          "customer_listing", "customer_mapping", "customer_match", "customer_follow_up",
          "customer_forgotten"),
    branch="customers",
    sheets=("flashdesk.workbook.customers_followups", "flashdesk.workbook.customers_list"),
    # the follow-up workbook is written by the workbook layer, so its command lives there
    commands=("flashdesk.customers.commands", "flashdesk.workbook.followups_command"),
    tab="flashdesk.gui.customers.tab:CustomersTab",
    tab_title=QT_TRANSLATE_NOOP("CustomersTab", "Customers"),
    labels="flashdesk.gui.customers.labels",
)
