"""Customers (客户): the people a campaign sells to, imported from the operators' own exports."""
