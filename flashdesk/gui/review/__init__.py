"""The Review (复盘) tab: recorded numbers in editable tables, headline figures, charts,
A/B tests and the review outline."""
