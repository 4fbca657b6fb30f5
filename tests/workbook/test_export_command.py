"""`flashdesk export` in the caller's process (the GUI's, or a script's): it pauses the
cyclic garbage collector while it writes, and leaves it as it found it, even when it fails."""

import gc

import pytest

from flashdesk import cli
from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store


@pytest.mark.parametrize("enabled", [True, False])
def test_export_leaves_the_collector_as_it_found_it(tmp_path, capsys, enabled):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    campaign_id = create_campaign(store, sample_draft()).result
    store.close()
    gc.freeze()  # what the caller froze stays frozen
    frozen = gc.get_freeze_count()
    if not enabled:
        gc.disable()
    try:
        code = cli.main(["export", str(campaign_id), "-o", str(tmp_path / "team.xlsx"), "--store", str(path)])
        after = [(gc.isenabled(), gc.get_freeze_count() >= frozen)]
        failed = cli.main(["export", "nope", "-o", str(tmp_path / "other.xlsx"), "--store", str(path)])
        after.append((gc.isenabled(), gc.get_freeze_count() >= frozen))
    finally:
        gc.enable()
        gc.unfreeze()
    assert code == 0 and capsys.readouterr().out.strip().endswith("team.xlsx") and failed == 2
    assert after == [(enabled, True)] * 2  # written, and refused (no such campaign)
