"""Each fission model plans a visibly different campaign from playbook data: its own tasks,
Moments story, key nodes, poster template, copy drafts and reward ladder; no model plans as
before. A model's overlay is checked by every plan part when the playbook loads."""

import sqlite3

import pytest

from flashdesk.fission.service import board, model_of
from flashdesk.playbook import ModelError, default_playbook, load_playbook
from flashdesk.playbook.models import merge
from tests.fission import exports


def _plan(store, campaign_id):
    with sqlite3.connect(store.path) as db:
        def rows(sql):
            return {r[0] for r in db.execute(sql, (campaign_id,))}

        return {
            "tasks": rows("SELECT name FROM task WHERE campaign_id = ?"),
            "posts": rows("SELECT p.title FROM post p JOIN channel c ON c.id = p.channel_id "
                          "WHERE c.campaign_id = ? AND c.kind = 'moments'"),
            "nodes": rows("SELECT DISTINCT key FROM key_node WHERE campaign_id = ?"),
            "poster": rows("SELECT template FROM poster WHERE campaign_id = ?"),
            "copies": rows("SELECT title FROM copy WHERE campaign_id = ?"),
        }


def test_each_model_plans_a_visibly_different_campaign(store):
    plans = {model: _plan(store, exports.campaign(store, model, name=str(model)))
             for model in (None, "spread", "product", "service")}
    plain = plans.pop(None)
    assert plain["copies"] == set() and plain["poster"] == {"phone_promo"}
    for model, plan in plans.items():
        assert plan["tasks"] - plain["tasks"], model  # tasks of its own ...
        assert plan["posts"].isdisjoint(plain["posts"]), model  # ... a Moments story of its own
        assert plan["nodes"] > plain["nodes"], model  # the runbook keeps its nodes and gains some
        assert len(plan["copies"]) == 3, model
    for a, b in (("spread", "product"), ("product", "service"), ("spread", "service")):
        for part in ("tasks", "posts", "nodes", "poster", "copies"):
            assert plans[a][part] != plans[b][part], (a, b, part)
    assert "定裂变规则：奖励阶梯、计数口径（24 小时内退群、老客户不计）" in plans["spread"]["tasks"]
    assert {"share_call", "leaderboard"} <= plans["spread"]["nodes"]
    assert plans["product"]["poster"] == {"phone_gold"}
    assert "开课直播：讲干货，最后 10 分钟讲学员专享价" in plans["service"]["tasks"]


def test_the_model_is_remembered_with_its_rewards_and_figures(store):
    spread, service, plain = (exports.campaign(store, m, name=str(m))
                              for m in ("传播型", "service", None))
    assert (model_of(store, spread), model_of(store, service), model_of(store, plain)) == (
        "spread", "service", None)
    rules = board(store, spread).rules
    assert [(t.invites, t.reward) for t in rules.tiers] == [
        (3, "试用装一份"), (10, "正装一份"), (30, "年度礼盒一套")]
    assert board(store, service).rules.figures[0] == "members_per_promoter"
    assert board(store, plain).rules.tiers == ()


def test_models_are_named_by_key_chinese_name_or_alias():
    playbook = default_playbook()
    assert [playbook.with_model(w).model for w in ("spread", "传播型", "SHARE", "产品型",
                                                   "服务")] == [
        "spread", "spread", "spread", "product", "service"]
    assert playbook.with_model(None) is playbook
    with pytest.raises(ModelError, match="传播型 \\(spread\\)"):
        playbook.with_model("viral")


def test_merge_overlays_keyed_lists_and_replaces_others():
    base = {"task": [{"key": "a", "name": "A", "at": "D-1"}], "post": [1, 2], "n": 1}
    merged = merge(base, {"task": [{"key": "a", "name": "A2"}, {"key": "b", "name": "B"}],
                          "post": [3]})
    assert merged == {"task": [{"key": "a", "name": "A2", "at": "D-1"}, {"key": "b", "name": "B"}],
                      "post": [3], "n": 1}
    assert base["task"][0]["name"] == "A"  # the base is left as it was


def test_a_model_that_breaks_a_part_is_refused_at_load(tmp_path):
    source = default_playbook().path.read_text(encoding="utf-8")
    bad = source.replace('template = "phone_gold"', 'template = "no_such_template"')
    path = tmp_path / "bad.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(Exception, match="model product: posters.template"):
        load_playbook(path)


def test_duplicating_keeps_the_model(store):
    from datetime import datetime

    from flashdesk.campaigns.service import duplicate_campaign

    source = exports.campaign(store, "product")
    copy = duplicate_campaign(store, source, "再来一期", datetime(2026, 8, 10, 20, 0)).result
    assert model_of(store, copy) == "product"


def test_a_longer_group_life_gets_the_models_daily_nodes_too(store):
    from flashdesk.campaigns.draft import CampaignDraft
    from flashdesk.campaigns.service import get_campaign, update_campaign

    campaign_id = exports.campaign(store, "spread")

    def daily(key):
        with sqlite3.connect(store.path) as db:
            return db.execute("SELECT count(*) FROM key_node WHERE campaign_id = ? AND key = ?",
                              (campaign_id, key)).fetchone()[0]

    before = (daily("share_call"), daily("show_off"))
    draft = CampaignDraft.of(get_campaign(store, campaign_id))
    draft.lifetime_days += 2
    update_campaign(store, campaign_id, draft)
    assert (daily("share_call"), daily("show_off")) == (before[0] + 2, before[1] + 2)
