"""The Change recorder: every write of a transaction comes back row-for-row on undo and
redo, the database's own cascades included, without Qt."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, insert, text, update
from sqlmodel import select

from flashdesk.campaigns import service as campaigns
from flashdesk.campaigns.sample import sample_draft
from flashdesk.channels.tables import Channel, Post
from flashdesk.copies.tables import Copy
from flashdesk.store.change import RecordingError
from flashdesk.tasks import service as tasks
from flashdesk.tasks.tables import Task
from tests.change_check import assert_round_trip, dump

T0 = datetime(2026, 6, 17, 9, 0)


def test_campaign_actions_round_trip(store, campaign_id):
    made = assert_round_trip(store, lambda: campaigns.create_campaign(store, sample_draft()))
    assert made.campaign_id == made.result != campaign_id
    assert {"campaign", "task", "post", "key_node"} <= made.tables
    later = sample_draft()
    later.launch_at += timedelta(days=3)
    moved = assert_round_trip(store, lambda: campaigns.update_campaign(store, campaign_id, later))
    assert moved.campaign_id == campaign_id and {"campaign", "task", "post"} <= moved.tables
    assert_round_trip(store, lambda: campaigns.duplicate_campaign(store, campaign_id, "复刻",
                                                                  T0 + timedelta(days=60)))
    assert_round_trip(store, lambda: campaigns.set_archived(store, campaign_id, True))
    gone = assert_round_trip(store, lambda: campaigns.set_deleted(store, campaign_id, True))
    assert [(r.table, r.key) for r in gone.rows] == [("campaign", (campaign_id,))]


def test_task_actions_round_trip(store, campaign_id):
    draft = tasks.TaskDraft("写文案", start=T0, end=T0 + timedelta(hours=1))
    added = assert_round_trip(store, lambda: tasks.add_task(store, campaign_id, draft))
    a = added.result
    b = tasks.add_task(store, campaign_id, tasks.TaskDraft("发朋友圈", start=T0, end=T0)).result
    linked = assert_round_trip(store, lambda: tasks.add_link(store, a, b, "FS", 30))
    assert linked.ids("task") == {b} and linked.ids("task_link") == {linked.result}
    assert_round_trip(store, lambda: tasks.move_task(store, a, T0 + timedelta(hours=5),
                                                     T0 + timedelta(hours=6)))
    assert_round_trip(store, lambda: tasks.delete_tasks(store, [a]))
    roles = tasks.list_roles(store, campaign_id)
    assert_round_trip(store, lambda: tasks.rename_roles(store, campaign_id, {roles[0].id: "小王"}))
    with_link = tasks.TaskDraft("审核", start=T0, end=T0 + timedelta(hours=1))
    both = assert_round_trip(store, lambda: tasks.add_task(store, campaign_id, with_link,
                                                           predecessors=[(b, "SS", 0)]))
    assert both.ids("task_link") and both.result in both.ids("task")


def test_a_refused_action_leaves_no_change_and_the_store_as_it_was(store, campaign_id):
    before = dump(store)
    a = tasks.add_task(store, campaign_id, tasks.TaskDraft("a", start=T0, end=T0)).result
    after_add = dump(store)
    with pytest.raises(tasks.TaskError):  # one step: a lag longer than the campaign
        tasks.add_task(store, campaign_id, tasks.TaskDraft("b", start=T0, end=T0),
                       predecessors=[(a, "FS", 60 * 24 * 365)])
    assert dump(store) == after_add != before


def test_database_cascades_and_set_null_come_back_on_undo(store, campaign_id):
    """Deleting a channel cascades to its posts (ON DELETE CASCADE) and unlinks the tasks
    that carried them out (ON DELETE SET NULL): none of that passes through the ORM."""
    with store.session() as session:
        post = session.exec(select(Post).where(Post.campaign_id == campaign_id)).first()
        task = session.exec(select(Task).where(Task.campaign_id == campaign_id)).first()
        task.post_id = post.id
        channel_id = post.channel_id

    def remove():
        with store.edit() as edit:
            edit.session.exec(delete(Channel).where(Channel.id == channel_id))
        return edit.change

    change = assert_round_trip(store, remove)
    assert {"channel", "post", "task"} <= change.tables
    assert post.id in change.ids("post") and task.id in change.ids("task")


def test_orm_delete_records_set_null_links_of_a_copy(store, campaign_id):
    with store.session() as session:
        post = session.exec(select(Post).where(Post.campaign_id == campaign_id)).first()
        copy = session.exec(select(Copy)).first()
        post.copy_id = copy.id
        copy_id = copy.id

    def remove():
        with store.edit() as edit:
            edit.session.delete(edit.session.get(Copy, copy_id))
        return edit.change

    change = assert_round_trip(store, remove)
    assert change.ids("post") == {post.id} and change.campaign_id == campaign_id  # the post's


def test_core_statements_are_recorded_and_raw_sql_is_refused(store, campaign_id):
    def bulk():
        with store.edit() as edit:
            ids = [t.id for t in tasks.load_board(store, campaign_id).tasks]
            edit.session.execute(update(Task), [{"id": i, "progress": 50} for i in ids])
            edit.session.exec(update(Task).where(Task.phase == "launch").values(status="doing"))
            edit.session.exec(insert(Channel).values(campaign_id=campaign_id, name="小红书",
                                                     kind="custom", position=99))
        return edit.change

    change = assert_round_trip(store, bulk)
    assert len(change.ids("task")) == len(tasks.load_board(store, campaign_id).tasks)
    assert change.campaign_id == campaign_id
    before = dump(store)
    with pytest.raises(RecordingError), store.edit() as edit:
        edit.session.exec(text("UPDATE task SET progress = 1"))
    with pytest.raises(RecordingError), store.edit() as edit:
        edit.session.exec(insert(Channel), params=[{"campaign_id": campaign_id, "name": "x"}])
    assert dump(store) == before


def test_changes_merge_into_one_and_a_burst_back_to_the_start_is_empty(store, campaign_id):
    task = tasks.load_board(store, campaign_id).tasks[0]
    before = dump(store)
    first = tasks.move_task(store, task.id, T0, T0 + timedelta(hours=1))
    second = tasks.move_task(store, task.id, T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    merged = first.then(second)
    merged.apply(store, undo=True)
    assert dump(store) == before
    role = tasks.list_roles(store, campaign_id)[0]
    there = tasks.rename_roles(store, campaign_id, {role.id: "小王"})
    back = tasks.rename_roles(store, campaign_id, {role.id: role.name})
    assert there.then(back).empty and not there.empty
