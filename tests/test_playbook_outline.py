"""The bundled playbook read for its phases (default_outline) is the checked playbook's
first half: same phases and sections, without importing any plan part."""

from __future__ import annotations

import subprocess
import sys

from flashdesk.playbook import default_outline, default_playbook, key_dates
from flashdesk.playbook.loader import _check_parts

PROBE = r"""
import sys
from flashdesk.playbook import default_outline, key_dates
from datetime import datetime
from types import SimpleNamespace
outline = default_outline()
key_dates(SimpleNamespace(launch_at=datetime(2027, 6, 18, 20), lifetime_days=3))
print(",".join(sorted(m for m in sys.modules if m.startswith("flashdesk.")
                      and m.rsplit(".", 1)[-1] in ("plan", "tables", "service"))))
"""


def test_the_outline_is_the_checked_playbook():
    checked = default_playbook()
    assert default_outline() is checked  # one parse: checking it keeps the outline
    assert _check_parts(default_outline()) is checked  # and it passes every part's check


def test_reading_the_outline_imports_no_plan_part_and_no_table():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip() == ""


def test_key_dates_count_from_the_outline_as_from_the_checked_playbook():
    from datetime import datetime
    from types import SimpleNamespace

    campaign = SimpleNamespace(launch_at=datetime(2027, 6, 18, 20), lifetime_days=3)
    assert key_dates(campaign) == key_dates(campaign, default_playbook())
    assert key_dates(campaign).group_close > key_dates(campaign).launch.date()
