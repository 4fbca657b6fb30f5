"""The playbook as data (resources/playbooks/*.toml) and the plan it generates."""

from flashdesk.playbook.calendar import DayRef, KeyDates, key_dates
from flashdesk.playbook.loader import Phase, Playbook, PlaybookError, default_playbook, load_playbook

__all__ = ["DayRef", "KeyDates", "Phase", "Playbook", "PlaybookError", "default_playbook",
           "key_dates", "load_playbook"]
