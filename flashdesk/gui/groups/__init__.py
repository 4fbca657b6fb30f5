"""The Group SOP tab: live code and groups, set-up checklists, the launch-day runbook and
its run mode, the daily timetable, the set-up SOP and the crisis plans."""
