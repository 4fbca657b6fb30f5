"""Every channel and post action returns a Change that undoes and redoes it row-for-row."""

from datetime import time, timedelta

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelDraft, PostDraft
from flashdesk.copies.service import CopyQuery, find_copies
from flashdesk.tasks.service import load_board
from tests.change_check import assert_round_trip


def test_channel_actions_round_trip(store, campaign_id):
    added = assert_round_trip(store, lambda: service.add_channel(
        store, campaign_id, ChannelDraft("社区团长群", forms=("poster",)), position=1))
    assert added.campaign_id == campaign_id and "channel" in added.tables
    new = added.result
    assert_round_trip(store, lambda: service.set_channel_field(store, new, "owner", "小周"))
    assert_round_trip(store, lambda: service.move_channel(store, new, 5))
    assert_round_trip(store, lambda: service.add_playbook_channel(store, campaign_id, "moments", 0))
    assert_round_trip(store, lambda: service.paste_channels(store, campaign_id, "知乎\t图文笔记\n微博\t\n"))
    rows = service.list_channels(store, campaign_id)
    removal = assert_round_trip(store, lambda: service.remove_channels(store, [rows[0].id, rows[2].id]))
    assert "post" in removal.tables  # the posts went by the database's cascade


def test_post_actions_round_trip_with_copy_use_and_task_links(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    channel = service.list_channels(store, campaign_id)[3]
    copy = find_copies(store, CopyQuery(campaign_id=campaign_id))[0]
    draft = PostDraft(channel.id, launch + timedelta(days=1), "close", time(18, 30), "晒单",
                      copy_id=copy.id)
    added = assert_round_trip(store, lambda: service.add_post(store, campaign_id, draft))
    assert {"post", "copy"} <= added.tables  # linking a copy counts a use of it, in the same step
    edited = PostDraft.of(service.get_post(store, added.result))
    edited.status, edited.likes = "published", 12
    assert_round_trip(store, lambda: service.update_post(store, added.result, edited))
    carried = next(t for t in load_board(store, campaign_id).tasks if t.post_id is not None)
    removal = assert_round_trip(store, lambda: service.remove_post(store, carried.post_id))
    assert carried.id in removal.ids("task")  # ON DELETE SET NULL unlinked it
