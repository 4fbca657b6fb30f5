"""The flow map dialog (View → Flow map…)."""
