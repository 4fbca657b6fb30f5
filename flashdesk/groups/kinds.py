"""The groups' fixed vocabularies, apart from the tables that store them: checking the
playbook (groups/plan.py) needs them without loading the ORM."""

GROUP_STATES = ("open", "full", "closed")
BEAT_STATES = ("pending", "done", "skipped")
BEAT_KINDS = ("say", "announce", "question", "helper", "congratulate", "post")
# the group days a timetable slot comes on: every day from launch day to the close day, launch
# day only, or the days after launch day
SLOT_DAYS = ("all", "launch", "after")
