"""Review (复盘): recording a campaign's numbers, summing them up, charts, A/B tests and the
review outline. No QtWidgets here; the tab in flashdesk/gui/review/ calls these services."""
