"""Channel rows and posts: edits, reorder, remove and restore, paste from Excel, and bad
input refused with the store unchanged."""

import re
from datetime import date, time, timedelta

import pytest

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelDraft, ChannelError, PostDraft


def _names(store, campaign_id):
    return [c.name for c in service.list_channels(store, campaign_id)]


def _state(store, campaign_id):
    return ([c.model_dump() for c in service.list_channels(store, campaign_id)],
            [p.model_dump() for p in service.list_posts(store, campaign_id)])


def test_add_edit_move_remove_restore(store, campaign_id):
    new = service.add_channel(store, campaign_id, ChannelDraft("社区团长群", forms=("poster", "copy_link"),
                                                               direction="团长转发\n附海报"), position=1).result
    assert _names(store, campaign_id)[:3] == ["企业微信朋友圈", "社区团长群", "企业微信客户群"]
    service.set_channel_field(store, new, "owner", "小周")
    service.set_channel_field(store, new, "forms", ["video"])
    row = service.list_channels(store, campaign_id)[1]
    assert (row.owner, row.forms, row.direction) == ("小周", "video", "团长转发\n附海报")
    assert service.move_channel(store, new, 7).result == 1
    assert _names(store, campaign_id)[-1] == "社区团长群"
    assert [c.position for c in service.list_channels(store, campaign_id)] == list(range(8))

    before = _state(store, campaign_id)
    moments = service.list_channels(store, campaign_id)[0]
    removal = service.remove_channel(store, moments.id)
    assert "企业微信朋友圈" not in _names(store, campaign_id)
    assert all(p.channel_id != moments.id for p in service.list_posts(store, campaign_id))
    removal.apply(store, undo=True)
    assert _state(store, campaign_id) == before


@pytest.mark.parametrize("draft, message", [
    (ChannelDraft("公众号"), "already in the matrix"),
    (ChannelDraft(" 公众号 "), "already in the matrix"),
    (ChannelDraft("   "), "empty"),
    (ChannelDraft("微博", notes="长" * 5001), "5001 characters"),
    (ChannelDraft("微博", forms=("radio",)), "not a publicity form"),
])
def test_bad_channel_is_refused_and_nothing_changes(store, campaign_id, draft, message):
    before = _state(store, campaign_id)
    with pytest.raises(ChannelError, match=message):
        service.add_channel(store, campaign_id, draft)
    assert _state(store, campaign_id) == before


def test_renaming_onto_another_row_is_refused(store, campaign_id):
    first = service.list_channels(store, campaign_id)[0]
    with pytest.raises(ChannelError, match="公众号"):
        service.set_channel_field(store, first.id, "name", "公众号")
    assert _names(store, campaign_id)[0] == "企业微信朋友圈"


def test_paste_rows_from_excel(store, campaign_id):
    text = ('渠道\t宣发形式\t宣发内容方向\t备注\t负责人\r\n'
            '微博\t海报、视频\t"热搜话题\n带话题标签"\t=先发测试\t阿May\r\n'
            'B站\tvideo\t开箱测评\t\t\r\n')
    ids = service.paste_channels(store, campaign_id, text, position=2).result
    rows = service.list_channels(store, campaign_id)
    assert [r.id for r in rows[2:4]] == ids
    assert (rows[2].name, rows[2].forms, rows[2].direction, rows[2].notes, rows[2].owner) == \
        ("微博", "poster,video", "热搜话题\n带话题标签", "=先发测试", "阿May")
    assert rows[3].kind == "custom" and rows[3].forms == "video"
    wide = service.paste_channels(store, campaign_id, "知乎专栏\t图文推文\t\t\t\t\t\t\n").result
    assert service.list_channels(store, campaign_id)[-1].id == wide[0]


@pytest.mark.parametrize("text, message", [
    ("微博\t海报\n抖音、快手\t视频\n", "Row 2: A channel named “抖音、快手”"),
    ("微博\t海报\n小红书\t直播\n", "Row 2: “直播” is not a publicity form"),
    ("微博\t海报\n微博\t视频\n", "Row 2: A channel named “微博”"),
    ("a\tb\tc\td\te\tf\n", "6 columns"),
    ("渠道\t宣发形式\n微博\t海报\n小红书\t直播\n", "Row 3: “直播”"),
    ("\n\t\n", "Nothing to paste"),
    ("\t海报\n", "Row 1: Channel type is empty"),
])
def test_bad_paste_pastes_nothing(store, campaign_id, text, message):
    before = _state(store, campaign_id)
    with pytest.raises(ChannelError) as caught:
        service.paste_channels(store, campaign_id, text)
    assert message in str(caught.value)
    assert _state(store, campaign_id) == before


def test_posts_add_edit_remove(store, campaign_id):
    campaign = get_campaign(store, campaign_id)
    launch = campaign.launch_at.date()
    channel = service.list_channels(store, campaign_id)[3]
    post_id = service.add_post(store, campaign_id, PostDraft(channel.id, launch + timedelta(days=1), "close",
                                                            time(18, 30), "晒单", owner="小李")).result
    post = service.get_post(store, post_id)
    assert (post.anchor, post.status, post.owner) == ("D", "planned", "小李")
    last = service.add_post(store, campaign_id, PostDraft(channel.id, launch + timedelta(days=3), "close")).result
    assert service.get_post(store, last).anchor == "C"
    draft = PostDraft.of(post)
    draft.status, draft.likes, draft.comments, draft.participants = "published", 12, 3, 40
    service.update_post(store, post_id, draft)
    assert service.get_post(store, post_id).likes == 12
    removal = service.remove_post(store, post_id)
    assert post_id not in {p.id for p in service.list_posts(store, campaign_id)}
    removal.apply(store, undo=True)
    assert service.get_post(store, post_id).participants == 40


def test_post_outside_the_window_says_why_and_where(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    channel = service.list_channels(store, campaign_id)[0]
    before = _state(store, campaign_id)
    with pytest.raises(ChannelError) as early:
        service.add_post(store, campaign_id, PostDraft(channel.id, launch - timedelta(days=5), "survey"))
    # "2 days" with the English plural catalogue installed, "2 day(s)" without a translator
    assert "D-5" in str(early.value) and re.search(r"2 day(s|\(s\)) before warm-up starts", str(early.value))
    assert "D-3" in str(early.value) and "D+3" in str(early.value)
    with pytest.raises(ChannelError, match=r"D\+4.*after the group closes"):
        service.add_post(store, campaign_id, PostDraft(channel.id, launch + timedelta(days=4), "close"))
    assert _state(store, campaign_id) == before


@pytest.mark.parametrize("change, message", [
    ({"stage": "nap"}, "not a post stage"),
    ({"status": "done"}, "not a post status"),
    ({"likes": 5}, "published first"),
    ({"status": "published", "comments": -1}, "0 or more"),
    ({"title": "字" * 5001}, "5001 characters"),
])
def test_bad_post_is_refused(store, campaign_id, change, message):
    post = service.list_posts(store, campaign_id)[0]
    draft = PostDraft.of(post)
    for key, value in change.items():
        setattr(draft, key, value)
    before = _state(store, campaign_id)
    with pytest.raises(ChannelError, match=message):
        service.update_post(store, post.id, draft)
    assert _state(store, campaign_id) == before


def test_post_on_another_campaigns_channel_is_refused(store, campaign_id):
    from flashdesk.campaigns.draft import CampaignDraft
    from flashdesk.campaigns.service import create_campaign

    other = create_campaign(store, CampaignDraft(name="别的", product="面霜",
                                                 launch_at=get_campaign(store, campaign_id).launch_at)).result
    foreign = service.list_channels(store, other)[0]
    with pytest.raises(ChannelError, match="channel of this campaign"):
        service.add_post(store, campaign_id, PostDraft(foreign.id, date.today(), "survey"))


def test_removing_several_rows_restores_their_order(store, campaign_id):
    before = _state(store, campaign_id)
    ids = [c.id for c in service.list_channels(store, campaign_id)][1:4]
    removal = service.remove_channels(store, ids)
    assert len(service.list_channels(store, campaign_id)) == 4
    removal.apply(store, undo=True)
    assert _state(store, campaign_id) == before


def test_add_a_playbook_channel_again(store, campaign_id):
    new = service.add_playbook_channel(store, campaign_id, "moments", position=1).result
    rows = service.list_channels(store, campaign_id)
    assert (rows[1].id, rows[1].name, rows[1].kind) == (new, "企业微信朋友圈 2", "moments")
    assert rows[1].forms == rows[0].forms and rows[1].direction == rows[0].direction
    posts = [(p.day, p.stage) for p in service.list_posts(store, campaign_id) if p.channel_id == new]
    assert posts == [(p.day, p.stage) for p in service.list_posts(store, campaign_id)
                     if p.channel_id == rows[0].id]
    assert service.list_channels(store, campaign_id)[-1].name == "小红书、知乎"
    with pytest.raises(ChannelError, match="not a channel type"):
        service.add_playbook_channel(store, campaign_id, "radio")
