"""The window on a team store (PostgreSQL): every tab opens on the sample plan, the copy
library finds 福利, and an edit made there is one undo step that undoes on the server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from flashdesk import i18n
from flashdesk.campaigns.sample import ensure_sample
from flashdesk.campaigns.service import get_campaign, rename_campaign
from flashdesk.gui.context import AppContext
from flashdesk.gui.main_window import MainWindow
from flashdesk.store import open_store


@pytest.fixture
def team_window(qtbot, pg_store_url, tmp_path):
    from flashdesk.fonts import register_fonts

    register_fonts()
    i18n.install("en")
    store = open_store(pg_store_url)
    campaign_id = ensure_sample(store)
    context = AppContext(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window, campaign_id
    context.undo_stack.clear()
    window.close()  # before the test's database goes: nothing may reach for it after
    qtbot.wait(50)
    store.close()


def test_every_tab_opens_on_the_team_store(team_window, qtbot):
    window, campaign_id = team_window
    assert window.context.campaign_id == campaign_id
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert window.tab_at(index).isVisible()
    copies = next(window.tab_at(i) for i in range(window.tabs.count())
                  if type(window.tab_at(i)).__name__ == "CopiesTab")
    copies.search.setText("福利")
    copies._search_timer.stop()  # the typing pause, skipped
    copies.reload()
    titles = [row.title for row in copies.model.rows]
    assert titles and all("福利" in (row.title + row.body) for row in copies.model.rows)


def test_an_edit_on_the_team_store_is_one_undo_step(team_window):
    window, campaign_id = team_window
    context = window.context
    before = get_campaign(context.store, campaign_id).name
    context.push(rename_campaign(context.store, campaign_id, "团队的 618"), "Rename")
    assert get_campaign(context.store, campaign_id).name == "团队的 618"
    context.undo_stack.undo()
    assert get_campaign(context.store, campaign_id).name == before
    context.undo_stack.redo()
    assert get_campaign(context.store, campaign_id).name == "团队的 618"
