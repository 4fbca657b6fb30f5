"""Customers declare themselves (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest

MANIFEST = Manifest(
    name="customers",
    step=8,
    tables="flashdesk.customers.tables",
    owns=("customer", "customer_tag", "customer_membership", "customer_order",
          "customer_listing", "customer_mapping", "customer_match"),
    branch="customers",
    commands=("flashdesk.customers.commands",),
)
