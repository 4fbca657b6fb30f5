"""Tasks carry out channel posts: the plan links the playbook's warm-up tasks to their posts,
a duplicate links its own posts, edits are checked and undone, and removing a post unlinks
its task until Undo puts both back."""

import copy as copying
from datetime import datetime

import pytest

from flashdesk.campaigns.service import duplicate_campaign, get_campaign
from flashdesk.channels import service as channels
from flashdesk.playbook import PlaybookError, default_playbook
from flashdesk.playbook.loader import Checker
from flashdesk.tasks import plan
from flashdesk.tasks.service import TaskDraft, TaskError, load_board, update_task

EXPECTED = {"moments_d3": ("moments", "survey"), "moments_d2": ("moments", "teaser"),
            "moments_d1": ("moments", "countdown"), "groups_survey": ("customer_groups", "survey"),
            "groups_discount": ("customer_groups", "teaser"),
            "groups_countdown": ("customer_groups", "countdown"),
            "groups_entry": ("customer_groups", "entry"), "channels_video": ("channels", "teaser"),
            "moments_wrap": ("moments", "close")}


def _linked(store, campaign_id):
    kinds = {c.id: c.kind for c in channels.list_channels(store, campaign_id)}
    posts = {p.id: p for p in channels.list_posts(store, campaign_id)}
    tasks = {t.key: t for t in load_board(store, campaign_id).tasks}
    return tasks, {key: (kinds[posts[t.post_id].channel_id], posts[t.post_id].stage, posts[t.post_id].day)
                   for key, t in tasks.items() if t.post_id is not None}


def test_plan_links_warm_up_tasks_to_their_posts_by_channel_day_and_stage(store, campaign_id):
    tasks, linked = _linked(store, campaign_id)
    launch = get_campaign(store, campaign_id).launch_at.date()
    assert {key: value[:2] for key, value in linked.items()} == EXPECTED
    assert (launch - linked["moments_d3"][2]).days == 3
    assert (launch - linked["groups_entry"][2]).days == 1  # the 19:00 entry post, not the 10:00 countdown
    assert tasks["official_article"].post_id is None


def test_duplicate_links_the_copys_own_posts(store, campaign_id):
    twin = duplicate_campaign(store, campaign_id, "双11 复刻", datetime(2026, 11, 11, 20)).result
    tasks, linked = _linked(store, twin)
    assert {key: value[:2] for key, value in linked.items()} == EXPECTED
    own = {p.id for p in channels.list_posts(store, twin)}
    assert {t.post_id for t in tasks.values() if t.post_id} <= own
    assert (datetime(2026, 11, 11).date() - linked["moments_d1"][2]).days == 1


def test_edit_picks_a_post_checks_it_and_undoes(store, campaign_id):
    tasks, _ = _linked(store, campaign_id)
    task = tasks["likers_follow_up"]
    post = next(p for p in channels.list_posts(store, campaign_id) if p.stage == "close")
    draft = TaskDraft.of(task)
    draft.post_id = post.id
    change = update_task(store, task.id, draft)
    assert {t.id: t.post_id for t in load_board(store, campaign_id).tasks}[task.id] == post.id
    change.apply(store, undo=True)
    assert {t.id: t.post_id for t in load_board(store, campaign_id).tasks}[task.id] is None
    change.apply(store, undo=False)
    assert {t.id: t.post_id for t in load_board(store, campaign_id).tasks}[task.id] == post.id

    other = duplicate_campaign(store, campaign_id, "别的活动", datetime(2026, 9, 1, 20)).result
    foreign = channels.list_posts(store, other)[0]
    draft.post_id = foreign.id
    with pytest.raises(TaskError, match="another campaign"):
        update_task(store, task.id, draft)
    assert {t.id: t.post_id for t in load_board(store, campaign_id).tasks}[task.id] == post.id


def test_removing_a_post_or_channel_unlinks_and_restore_relinks(store, campaign_id):
    tasks, _ = _linked(store, campaign_id)
    post_id = tasks["moments_d2"].post_id
    removal = channels.remove_post(store, post_id)
    assert {t.key: t.post_id for t in load_board(store, campaign_id).tasks}["moments_d2"] is None
    removal.apply(store, undo=True)
    assert {t.key: t.post_id for t in load_board(store, campaign_id).tasks}["moments_d2"] == post_id

    group_channel = channels.get_post(store, tasks["groups_entry"].post_id).channel_id
    before = {t.key: t.post_id for t in load_board(store, campaign_id).tasks}
    removal = channels.remove_channel(store, group_channel)
    after = {t.key: t.post_id for t in load_board(store, campaign_id).tasks}
    assert all(after[key] is None for key in ("groups_survey", "groups_discount",
                                              "groups_countdown", "groups_entry"))
    assert after["moments_d3"] == before["moments_d3"]
    removal.apply(store, undo=True)
    assert {t.key: t.post_id for t in load_board(store, campaign_id).tasks} == before


def test_playbook_post_reference_is_checked():
    section = copying.deepcopy(default_playbook().section("tasks"))
    item = next(t for t in section["task"] if t["key"] == "moments_d3")
    item["post"] = {"channel": "moments"}
    with pytest.raises(PlaybookError, match=r"post\.stage"):
        plan.validate(section, Checker("test.toml"))
    item["post"] = {"channel": "moments", "stage": "survey"}
    item["at"] = "L-30m"
    with pytest.raises(PlaybookError, match="on a day"):
        plan.validate(section, Checker("test.toml"))


def test_team_workbook_names_each_tasks_post(store, campaign_id, tmp_path):
    from openpyxl import load_workbook

    from flashdesk.tasks.transfer import read_workbook
    from flashdesk.workbook.export import export_workbook

    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    ws = load_workbook(path)["甘特图"]
    assert ws.cell(row=3, column=11).value == "渠道发布"
    rows = {r[1]: r[10] for r in ws.iter_rows(min_row=4, max_col=11, values_only=True)}
    assert rows["客户群：公布快闪群入口"].startswith("企业微信客户群 · ")
    assert rows["客户群：公布快闪群入口"].endswith("19:00 · 开放进群入口")
    assert rows["跟进方案：私聊回访、催单赠品、物流与售后通知"] is None
    assert len(read_workbook(path)) == len(load_board(store, campaign_id).tasks)  # still reads back
