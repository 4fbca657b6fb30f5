"""One plan across the sheets: the Gantt's launch-night key-node tasks start when the
runbook's nodes do (also after the playbook's offsets change), post tasks never start after
the post they carry out (the customer-group ones at it), and the checker refuses a key-node
task that brings its own time."""

import copy as copying
from dataclasses import replace
from datetime import timedelta

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.channels.service import list_posts
from flashdesk.groups.runbook import load_runbook
from flashdesk.playbook import default_playbook
from flashdesk.playbook.loader import Checker, PlaybookError
from flashdesk.tasks.plan import RUNBOOK_NODES, validate
from flashdesk.tasks.service import load_board


def test_gantt_key_nodes_start_when_the_runbook_nodes_do(store, campaign_id):
    tasks = {t.key_node: t for t in load_board(store, campaign_id).tasks if t.key_node}
    nodes = {n.key: n for n in load_runbook(store, campaign_id).nodes}
    for task_node, runbook_node in RUNBOOK_NODES.items():
        assert tasks[task_node].start == nodes[runbook_node].at, task_node
    assert f"{tasks['order_flood'].start:%H:%M}" == "20:15"


def test_key_node_times_follow_the_groups_playbook(store):
    playbook = default_playbook()
    groups = copying.deepcopy(playbook.section("groups"))
    next(n for n in groups["node"] if n["key"] == "order_flood")["offset"] = 25
    moved = replace(playbook, sections={**playbook.sections, "groups": groups})
    campaign_id = create_campaign(store, sample_draft(), playbook=moved).result
    board = load_board(store, campaign_id)
    task = next(t for t in board.tasks if t.key_node == "order_flood")
    assert task.start == board.campaign.launch_at + timedelta(minutes=25)


def test_post_tasks_never_start_after_their_post(store, campaign_id):
    posts = {p.id: p for p in list_posts(store, campaign_id)}
    linked = [t for t in load_board(store, campaign_id).tasks if t.post_id]
    assert len(linked) >= 8
    for task in linked:
        post = posts[task.post_id]
        at = task.start.replace(hour=post.time_of_day.hour, minute=post.time_of_day.minute)
        assert task.start <= at, task.key
        if task.key.startswith("groups_"):
            assert task.start == at, task.key


def test_a_key_node_task_with_its_own_time_is_refused():
    section = copying.deepcopy(default_playbook().section("tasks"))
    item = next(t for t in section["task"] if t.get("key_node") == "order_flood")
    item["at"] = "L+10m"
    with pytest.raises(PlaybookError, match="groups.node"):
        validate(section, Checker("test.toml"))
