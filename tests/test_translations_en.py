"""The English UI resolves plurals ("1 warning", "5 days recorded"): English is the source
language, and its own small catalogue (<area>.en.ts/.qm) holds just the %n messages."""

import shutil
from pathlib import Path

import pytest

from flashdesk import i18n
from flashdesk.i18n import area_sources, english_forms, fill_english_plurals, lupdate

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.mark.parametrize(("context", "source", "n", "expected"), [
    ("ReviewTab", "%n day(s) recorded", 1, "1 day recorded"),
    ("ReviewTab", "%n day(s) recorded", 5, "5 days recorded"),
    ("PostersTab", ", %n warning(s)", 1, ", 1 warning"),
    ("PostersTab", ", %n warning(s)", 0, ", 0 warnings"),
    ("CopyListModel", "%n copies", 1, "1 copy"),
    ("ChannelService", "{day} is %n day(s) before warm-up starts on {start}.", 1,
     "{day} is 1 day before warm-up starts on {start}."),
])
def test_english_plurals_resolve(english, context, source, n, expected):
    assert i18n.translate(context, source, "", n) == expected


def test_chinese_keeps_one_form(qapp):
    i18n.install("zh_CN")
    try:
        assert i18n.translate("ReviewTab", "%n day(s) recorded", "", 1) == "已记录 1 天"
    finally:
        i18n.install("en")


def test_english_forms():
    assert english_forms("… and %n more bad rows.") == ("… and %n more bad row.", "… and %n more bad rows.")
    assert english_forms("Checker: %n error(s)") == ("Checker: %n error", "Checker: %n errors")


@pytest.mark.parametrize("area", sorted(area_sources(ROOT)))
def test_english_catalogue_is_current(area, tmp_path):
    """Every %n message of the sources has its English forms (python -m flashdesk.i18n)."""
    fresh = tmp_path / f"{area}.en.ts"
    lupdate(area_sources(ROOT)[area], fresh, "-target-language", "en")
    count = fill_english_plurals(fresh)
    committed = TS_DIR / f"{area}.en.ts"
    if count == 0:
        assert not committed.exists()
        return
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), \
        f"run: python -m flashdesk.i18n {area}"
    shutil.rmtree(tmp_path, ignore_errors=True)
