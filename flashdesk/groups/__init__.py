"""Groups: the live code and its chat groups, each group's set-up, the launch-day runbook
with its beats, the daily timetable, the set-up SOP and the crisis plans."""
