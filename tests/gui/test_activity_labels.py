"""The activity log speaks the operator's words: every table of the store names its rows and
every column the details show (a new table or column fails here until it is labelled), and a
real edit reads "Task 12 changed — Status: To do → Done" in English and Chinese."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlmodel import select

from flashdesk import i18n
from flashdesk.capabilities import manifests
from flashdesk.channels.service import list_channels, set_channel_field
from flashdesk.customers.importer import import_rows
from flashdesk.customers.rows import mapping_for, parse, read_sheet
from flashdesk.customers.shapes import shape_key
from flashdesk.tasks.service import TaskDraft, move_task, update_task
from tests.customers import exports


@pytest.fixture
def words(qapp):
    from flashdesk.gui.labels import Vocabulary

    return Vocabulary()


def test_every_table_names_its_rows_and_every_column_it_shows(words):
    from flashdesk.gui.labels import common_columns

    common = common_columns()
    for table in words.metadata.sorted_tables:
        labels = words.labels.get(table.name)
        assert labels and labels.row, f"{table.name}: no row label in its capability's labels module"
        unlabelled = [column.name for column in table.columns
                      if not column.primary_key and words.shown(table.name, column.name)
                      and column.name not in labels.columns and column.name not in common]
        assert not unlabelled, f"{table.name}: label these columns or leave them out: {unlabelled}"


def test_labels_name_only_what_exists(words):
    """A renamed or dropped column leaves no stale label behind."""
    assert all(manifest.labels for manifest in manifests() if manifest.owns)
    for name, labels in words.labels.items():
        table = words.metadata.tables[name]
        named = set(labels.columns) | set(labels.values) | labels.hidden | labels.bare
        assert named <= set(table.columns.keys()), f"{name}: {named - set(table.columns.keys())}"


def _task_id(store, campaign_id):
    from flashdesk.tasks.tables import Task

    with store.session() as session:
        task = session.exec(select(Task).where(Task.campaign_id == campaign_id).order_by(Task.id)).first()
        return task.id, TaskDraft.of(task)


def _edits(store, campaign_id, tmp_path):
    """A task done and moved a day, a channel's direction rewritten, a member list imported."""
    task_id, draft = _task_id(store, campaign_id)
    update_task(store, task_id, dataclasses.replace(draft, status="done", progress=100))
    start = draft.start + timedelta(days=1)
    move_task(store, task_id, start, draft.end + timedelta(days=1))
    channel = list_channels(store, campaign_id)[0]
    set_channel_field(store, channel.id, "direction", "晒单")
    path = exports.member_list(tmp_path)
    sheet = read_sheet(path)
    kind, mapping = mapping_for(sheet, None, None)
    import_rows(store, parse(sheet, kind, mapping), shape=shape_key(sheet.headings),
                headings={f: sheet.headings[i] for f, i in mapping.items()}, campaign_id=campaign_id,
                label=path.stem, file_name=path.name)
    return task_id, start, channel.id


def _details(qtbot, app_context, campaign_id, language) -> list[str]:
    """Each action's details, oldest first, in the log opened in `language`."""
    from flashdesk.gui.team import ActivityDialog

    i18n.install(language)
    app_context.select_campaign(campaign_id)
    dialog = ActivityDialog(app_context)
    qtbot.addWidget(dialog)
    texts = []
    for row in reversed(range(dialog.table.rowCount())):
        dialog.table.selectRow(row)
        texts.append(dialog.details.toPlainText())
    return texts


@pytest.mark.parametrize(("language", "done", "moved", "start_label", "channel", "person", "member", "columns"), [
    ("en", "Task {id} changed — Progress: 0 → 100; Status: To do → Done", "Task {id} changed — ", "Start: ",
     "Channel {id} changed — Content direction: ", "Customer 1 added", "Group membership 1 added",
     "Remembered columns of an export added"),
    ("zh_CN", "任务 · {id} 已修改 — 进度：0 → 100；状态：待办 → 完成", "任务 · {id} 已修改 — ", "开始：",
     "渠道 · {id} 已修改 — 宣发内容方向：", "客户 · 1 已添加", "入群记录 · 1 已添加",
     "记住的导出列已添加"),
])
def test_the_log_reads_in_the_operators_words(qtbot, app_context, campaign_id, tmp_path, language, done,
                                              moved, start_label, channel, person, member, columns):
    from PySide6.QtCore import QLocale

    task_id, start, channel_id = _edits(app_context.store, campaign_id, tmp_path)
    try:
        *_, status_edit, move, channel_edit, imported = _details(qtbot, app_context, campaign_id, language)
        assert status_edit == done.format(id=task_id)
        first = move.splitlines()[0]  # the task moved; those after it follow
        assert first.startswith(moved.format(id=task_id))
        assert start_label in first  # the operator's format:
        assert f"→ {QLocale().toString(start, QLocale.FormatType.ShortFormat)}" in first
        assert channel_edit.startswith(channel.format(id=channel_id)) and channel_edit.endswith(" → 晒单")
        lines = imported.splitlines()
        assert person in lines and member in lines and columns in lines
        assert "customer_" not in imported and "campaign_id" not in imported
    finally:
        i18n.install("en")


def test_links_read_as_rows_json_by_name_and_long_texts_on_one_line(qtbot, app_context):
    from flashdesk.gui.team import ActivityDialog

    dialog = ActivityDialog(app_context)
    qtbot.addWidget(dialog)
    line = dialog.row_line(("post", (7,), "u", [["copy_id", None, 12], ["title", "第一行\n第二行", "晒单"]]))
    assert line == "Post 7 changed — Copy: (empty) → copy 12; Content: 第一行 第二行 → 晒单"
    assert dialog.row_line(("poster", (1,), "u", [["document", "{}", '{"elements": []}']])) == \
        "Poster 1 changed — Design"



@pytest.mark.parametrize(("language", "line", "tip"), [
    ("en", "Link between tasks 4 changed — Link type: Finish to start (FS) → Start to start (SS)",
     ["FS: Finish to start", "SS: Start to start", "FF: Finish to finish", "SF: Start to finish"]),
    ("zh_CN", "任务依赖 · 4 已修改 — 依赖类型：完成-开始（FS） → 开始-开始（SS）",
     ["FS: 完成-开始", "SS: 开始-开始", "FF: 完成-完成", "SF: 开始-完成"]),
])
def test_a_link_type_reads_as_the_task_dialog_names_it(qtbot, app_context, campaign_id, language, line, tip):
    from flashdesk.gui.tasks.dialog import TaskDialog
    from flashdesk.gui.tasks.state import BoardState
    from flashdesk.gui.team import ActivityDialog
    from flashdesk.tasks.service import load_board

    i18n.install(language)
    try:
        log = ActivityDialog(app_context)
        qtbot.addWidget(log)
        assert log.row_line(("task_link", (4,), "u", [["kind", "FS", "SS"]])) == line
        # the predecessors field, where the operator writes the codes, names them the same way
        state = BoardState(load_board(app_context.store, campaign_id))
        task = next(iter(state.tasks.values()))
        dialog = TaskDialog(None, "", state, TaskDraft.of(task), task.id)
        qtbot.addWidget(dialog)
        assert dialog.predecessors.toolTip().splitlines()[1:] == tip
    finally:
        i18n.install("en")
