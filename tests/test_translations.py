"""The zh_CN translation stays complete: every tr()/translate() string of every area has a
Chinese translation, and the compiled .qm files match their .ts."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from flashdesk.i18n import area_sources, lrelease, lupdate

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
AREAS = area_sources(ROOT)


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished") \
                    or not (translation.text or "").strip() and not list(translation):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_has_a_chinese_translation(area, tmp_path):
    committed = TS_DIR / f"{area}.zh_CN.ts"
    assert committed.exists(), f"run: python -m flashdesk.i18n {area}"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    lupdate(AREAS[area], fresh)
    missing = _untranslated(fresh)
    assert not missing, f"{len(missing)} untranslated in {area}: " + "; ".join(missing[:10])


@pytest.mark.parametrize("area", sorted(AREAS))
def test_compiled_translation_is_current(area, tmp_path):
    ts = TS_DIR / f"{area}.zh_CN.ts"
    qm = tmp_path / "fresh.qm"
    lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        f"{ts.name} changed since its .qm was built: python -m flashdesk.i18n {area}"
