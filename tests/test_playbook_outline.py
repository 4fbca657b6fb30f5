"""The bundled playbook is read without any plan part's check (default_playbook): this test is
where it is checked, by every part and as every model lays over it, and reading it imports no
plan part."""

from __future__ import annotations

import subprocess
import sys

from flashdesk.paths import resource
from flashdesk.playbook import default_playbook, key_dates, load_playbook
from flashdesk.playbook.loader import _check_parts

PROBE = r"""
import sys
from flashdesk.playbook import default_playbook, key_dates
from datetime import datetime
from types import SimpleNamespace
playbook = default_playbook()
key_dates(SimpleNamespace(launch_at=datetime(2027, 6, 18, 20), lifetime_days=3))
print(",".join(sorted(m for m in sys.modules if m.startswith("flashdesk.")
                      and m.rsplit(".", 1)[-1] in ("plan", "tables", "service"))))
"""


def test_the_bundled_playbook_passes_every_parts_check():
    bundled = default_playbook()
    assert _check_parts(bundled) is bundled
    assert bundled.models  # each model's overlay was checked too
    assert load_playbook(resource("playbooks", "flash_group.toml")) == bundled


def test_reading_the_bundled_playbook_imports_no_plan_part_and_no_table():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip() == ""


def test_key_dates_count_from_the_bundled_playbook():
    from datetime import datetime
    from types import SimpleNamespace

    campaign = SimpleNamespace(launch_at=datetime(2027, 6, 18, 20), lifetime_days=3)
    assert key_dates(campaign) == key_dates(campaign, default_playbook())
    assert key_dates(campaign).group_close > key_dates(campaign).launch.date()
