"""The generator: the playbook's seven channel types and their warm-up posts, dated from the
launch, moving with the launch and the lifetime, copied as a template."""

from datetime import time, timedelta

import pytest

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import duplicate_campaign, get_campaign, update_campaign
from flashdesk.channels.rules import channel_rules
from flashdesk.channels.service import list_channels, list_posts
from flashdesk.playbook import PlaybookError, load_playbook


def _by_channel(store, campaign_id):
    names = {c.id: c.kind for c in list_channels(store, campaign_id)}
    plan = {}
    for post in list_posts(store, campaign_id):
        plan.setdefault(names[post.channel_id], []).append((post.day, post.stage))
    return plan


def test_new_campaign_gets_the_seven_channel_types(store, campaign_id):
    channels = list_channels(store, campaign_id)
    assert [c.kind for c in channels] == ["moments", "customer_groups", "official_account",
                                          "channels", "short_video", "deal_platforms", "content_apps"]
    assert [c.position for c in channels] == list(range(7))
    moments = channels[0]
    assert moments.name == "企业微信朋友圈"
    assert moments.forms.split(",") == ["copy_link", "video", "poster", "screenshot"]
    assert "一天只排一条" in moments.direction
    assert channels[5].forms == "group_buy"


def test_posts_are_dated_from_the_launch(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    plan = _by_channel(store, campaign_id)
    d = lambda n: launch + timedelta(days=n)  # noqa: E731
    assert plan["moments"][:3] == [(d(-3), "survey"), (d(-2), "teaser"), (d(-1), "countdown")]
    assert plan["moments"][-1] == (d(3), "close")  # C0 with a three-day lifetime
    assert [stage for _, stage in plan["customer_groups"]] == ["survey", "teaser", "countdown", "entry"]
    assert plan["customer_groups"][-1][0] == d(-1)
    assert [stage for _, stage in plan["official_account"]] == ["survey", "benefits", "reservation", "launch"]
    assert all(kind in plan for kind in ("channels", "short_video", "deal_platforms", "content_apps"))
    first = list_posts(store, campaign_id)[0]
    assert first.status == "planned" and first.likes is None and first.copy_id is None


def test_moving_the_launch_moves_the_calendar(store, campaign_id):
    campaign = get_campaign(store, campaign_id)
    before = _by_channel(store, campaign_id)
    draft = CampaignDraft.of(campaign)
    draft.launch_at = campaign.launch_at + timedelta(days=10)
    update_campaign(store, campaign_id, draft)
    after = _by_channel(store, campaign_id)
    for kind, posts in before.items():
        assert after[kind] == [(day + timedelta(days=10), stage) for day, stage in posts]


def test_changing_the_lifetime_moves_only_close_posts(store, campaign_id):
    campaign = get_campaign(store, campaign_id)
    launch = campaign.launch_at.date()
    draft = CampaignDraft.of(campaign)
    draft.lifetime_days = 1
    update_campaign(store, campaign_id, draft)
    plan = _by_channel(store, campaign_id)
    assert plan["moments"][-1] == (launch + timedelta(days=1), "close")
    assert plan["moments"][0] == (launch - timedelta(days=3), "survey")


def test_duplicate_as_template_shifts_and_resets(store, campaign_id):
    from flashdesk.channels.drafts import PostDraft
    from flashdesk.channels.service import update_post

    post = list_posts(store, campaign_id)[0]
    draft = PostDraft.of(post)
    draft.status, draft.likes, draft.followed_up = "published", 40, True
    update_post(store, post.id, draft)
    source = get_campaign(store, campaign_id)
    copy_id = duplicate_campaign(store, campaign_id, "复制", source.launch_at + timedelta(days=30)).result
    original, copied = _by_channel(store, campaign_id), _by_channel(store, copy_id)
    assert copied == {k: [(d + timedelta(days=30), s) for d, s in v] for k, v in original.items()}
    assert [c.name for c in list_channels(store, copy_id)] == [c.name for c in list_channels(store, campaign_id)]
    assert {p.status for p in list_posts(store, copy_id)} == {"planned"}
    assert all(p.likes is None and not p.followed_up for p in list_posts(store, copy_id))


def test_playbook_with_a_bad_channels_section_is_refused(tmp_path):
    from flashdesk.paths import resource

    text = resource("playbooks", "flash_group.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('stage = "countdown"\ntitle = "明晚', 'stage = "nap"\ntitle = "明晚'),
                   encoding="utf-8")
    with pytest.raises(PlaybookError, match="nap"):
        load_playbook(bad)
    bad.write_text(text.replace('forms = ["article", "video"]', 'forms = ["article", "radio"]'),
                   encoding="utf-8")
    with pytest.raises(PlaybookError, match="radio"):
        load_playbook(bad)


def test_rules_are_read_from_the_playbook():
    rules = channel_rules()
    assert rules.entry_stages() == {"entry"}
    assert rules.type_of("moments").one_post_per_day
    assert rules.type_of("moments").posts[0].time_of_day == time(12, 0)
    assert rules.form_key("视频") == "video" and rules.form_key("直播") is None
