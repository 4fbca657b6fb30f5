"""Campaigns: one product launch each. Validation, the service over the store, the sample."""
