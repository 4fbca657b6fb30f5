"""Fixtures shared by the window's tests."""

import pytest


@pytest.fixture
def app_font(qapp):
    """The app's own font, as create_application sets it: Noto Sans CJK's lines are taller
    and its Latin wider than the default font's, so a tab asks for more room with it."""
    from flashdesk.fonts import font

    before = qapp.font()
    qapp.setFont(font(10))
    yield
    qapp.setFont(before)
