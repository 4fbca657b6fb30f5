from datetime import date, datetime
from types import SimpleNamespace

import pytest

from flashdesk.paths import resource
from flashdesk.playbook import DayRef, PlaybookError, default_playbook, key_dates, load_playbook


def test_default_playbook_loads_with_every_phase():
    playbook = default_playbook()
    assert [p.key for p in playbook.phases][:5] == ["warm_up", "entry", "launch", "close", "review"]


def test_key_dates_follow_launch_and_lifetime():
    campaign = SimpleNamespace(launch_at=datetime(2026, 6, 18, 20, 0), lifetime_days=3)
    dates = key_dates(campaign)
    assert dates.warm_up_start == date(2026, 6, 15)
    assert dates.group_open == date(2026, 6, 17)
    assert dates.group_close == date(2026, 6, 21)
    assert dates.review_day == date(2026, 6, 22)
    assert dates.day_offset(date(2026, 6, 15)) == -3
    assert len(dates.days()) == 7
    assert not dates.in_window(date(2026, 6, 22))


@pytest.mark.parametrize("text,expected", [("D-3", DayRef("D", -3)), ("D0", DayRef("D", 0)),
                                           ("C+1", DayRef("C", 1)), ("D", DayRef("D", 0))])
def test_day_references(text, expected):
    assert DayRef.parse(text) == expected


def _broken(tmp_path, old: str, new: str):
    text = resource("playbooks", "flash_group.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bad.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_bad_day_reference_names_file_and_key(tmp_path):
    path = _broken(tmp_path, 'start = "D-3"', 'start = "three days before"')
    with pytest.raises(PlaybookError) as info:
        load_playbook(path)
    assert info.value.key == "phase[0].start"
    assert str(path) in str(info.value) and "day reference" in str(info.value)


def test_missing_phase_is_named(tmp_path):
    path = _broken(tmp_path, 'key = "review"', 'key = "retro"')
    with pytest.raises(PlaybookError, match="phase 'review' is missing"):
        load_playbook(path)


def test_wrong_type_is_named(tmp_path):
    path = _broken(tmp_path, "version = 1", 'version = "one"')
    with pytest.raises(PlaybookError, match=r"\[playbook.version\] should be int"):
        load_playbook(path)


def test_not_toml(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text("[[[", encoding="utf-8")
    with pytest.raises(PlaybookError, match="not valid TOML"):
        load_playbook(path)
