"""Poster tests read English messages: start each in English, whatever an earlier test of
another area left installed."""

import pytest


@pytest.fixture(autouse=True)
def _english(qapp):
    from flashdesk import i18n

    i18n.install("en")
