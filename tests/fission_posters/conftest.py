"""English messages in every test of this folder."""

import pytest


@pytest.fixture(autouse=True)
def _english(qapp):
    from flashdesk import i18n

    i18n.install("en")
