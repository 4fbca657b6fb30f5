"""The activity log dialog: who did what, and for the action selected, each row it changed with
its values before and after."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from flashdesk.campaigns.service import rename_campaign
from flashdesk.store.change import RowImage
from flashdesk.store.team import _entry, activity


def _dialog(qtbot, app_context, campaign_id):
    from flashdesk.gui.team import ActivityDialog

    app_context.select_campaign(campaign_id)
    dialog = ActivityDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_selected_action_shows_its_values_before_and_after(qtbot, app_context, campaign_id):
    rename_campaign(app_context.store, campaign_id, "双十一回购群")
    dialog = _dialog(qtbot, app_context, campaign_id)
    assert dialog.details.toPlainText() == ""  # nothing selected yet
    dialog.table.selectRow(0)  # newest first: the rename
    text = dialog.details.toPlainText()
    assert f"Campaign {campaign_id} changed — Name: 618 爽肤水限定装快闪群 → 双十一回购群" in text
    assert "updated_at" not in text  # every edit moves it: left out
    dialog.table.selectRow(dialog.table.rowCount() - 1)  # planning the campaign: rows added
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) > 20 and all(" added" in line for line in lines[:20])


def test_entries_written_before_values_were_kept_still_read(qtbot, app_context, campaign_id):
    rows = [["campaign", [campaign_id], "u", ["name", "updated_at"]]]
    with app_context.store.engine.begin() as conn:
        conn.execute(activity.insert().values(origin="old", changed_by="Anna", changed_at=datetime.now(),
                                              campaign_id=campaign_id, label="", rows=json.dumps(rows)))
    dialog = _dialog(qtbot, app_context, campaign_id)
    dialog.table.selectRow(0)
    assert dialog.details.toPlainText() == f"Campaign {campaign_id} changed — Name"


def test_a_picture_is_logged_by_its_size_and_absent_values_say_so(qtbot, app_context):
    from flashdesk.gui.team import ActivityDialog

    row = RowImage("poster_image", (3,), {"data": b"\x89PNG" * 1000, "note": None, "shown": False},
                   {"data": b"\x89PNG" * 10, "note": "主图", "shown": True})
    entry = _entry(row, undo=False)
    assert entry[3] == [["data", {"bytes": 4000}, {"bytes": 40}], ["note", None, "主图"],
                        ["shown", False, True]]
    json.dumps(entry)  # what the log stores
    dialog = ActivityDialog(app_context)
    qtbot.addWidget(dialog)
    line = dialog.row_line(("poster_image", (3,), "u", entry[3]))
    assert "data: (4000 bytes) → (40 bytes)" in line
    assert "note: (empty) → 主图" in line and "shown: no → yes" in line


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_when_is_in_the_operators_format_like_the_details(qtbot, app_context, campaign_id, language):
    from PySide6.QtCore import QLocale

    from flashdesk import i18n

    rename_campaign(app_context.store, campaign_id, "双十一回购群")
    i18n.install(language)
    try:
        dialog = _dialog(qtbot, app_context, campaign_id)
        at = dialog.entries[0]["at"]
        assert dialog.table.item(0, 0).text() == QLocale().toString(at, QLocale.FormatType.ShortFormat)
        assert dialog.table.item(0, 0).text() != f"{at:%Y-%m-%d %H:%M:%S}"
    finally:
        i18n.install("en")


def test_a_closed_log_reads_nothing_until_shown_again(qtbot, app_context, campaign_id):
    dialog = _dialog(qtbot, app_context, campaign_id)
    before = dialog.table.rowCount()
    app_context.push(rename_campaign(app_context.store, campaign_id, "开着"), "Rename while shown")
    assert dialog.table.rowCount() == before + 1
    dialog.hide()
    for name in ("关着一", "关着二"):
        app_context.push(rename_campaign(app_context.store, campaign_id, name), "Rename while closed")
    assert dialog.table.rowCount() == before + 1 and dialog.stale  # not read while closed
    dialog.show()
    assert dialog.table.rowCount() == before + 3 and not dialog.stale
    dialog.table.selectRow(0)
    assert "关着一 → 关着二" in dialog.details.toPlainText()
    assert "关着一 → 关着二" in dialog.table.item(0, 3).toolTip()  # worded on demand
