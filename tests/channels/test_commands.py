"""`flashdesk channels` in a real process on a real store file."""

import os
import subprocess
import sys
from pathlib import Path

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.channels.drafts import ChannelDraft
from flashdesk.channels.service import add_channel
from flashdesk.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "flashdesk", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_channels_command_prints_plan_and_problems(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    campaign_id = create_campaign(store, sample_draft()).result
    store.close()
    clean = run("channels", campaign_id, "--check", "--store", path)
    assert clean.returncode == 0, clean.stderr
    lines = clean.stdout.splitlines()
    assert lines[0].startswith("企业微信朋友圈\t")
    assert any("(D-3) 12:00\t选品调研\tplanned" in line for line in lines)
    assert not any(line.startswith("!") for line in lines)

    store = open_store(path)
    add_channel(store, campaign_id, ChannelDraft("微博"))
    store.close()
    flagged = run("channels", "618 爽肤水限定装快闪群", "--check", "--store", path)
    assert flagged.returncode == 1
    assert flagged.stdout.splitlines()[-1].startswith("! 微博 has no post planned")
    missing = run("channels", "nope", "--store", path)
    assert missing.returncode == 2 and "No campaign" in missing.stderr
