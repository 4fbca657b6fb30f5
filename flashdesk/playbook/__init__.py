"""The playbook as data (resources/playbooks/*.toml) and the plan it generates."""

from flashdesk.playbook.calendar import DayRef, KeyDates, key_dates
from flashdesk.playbook.loader import (
    Phase,
    Playbook,
    PlaybookError,
    default_playbook,
    load_playbook,
)
from flashdesk.playbook.models import ModelError, PlanModel

__all__ = ["DayRef", "KeyDates", "ModelError", "Phase", "PlanModel", "Playbook", "PlaybookError",
           "default_playbook", "key_dates", "load_playbook"]
