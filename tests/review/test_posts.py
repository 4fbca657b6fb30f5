"""Channel contribution from the warm-up calendar: published posts' results join the review's
channel figures; a review row for the same channel and day wins (no double counting)."""

from datetime import timedelta

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.drafts import PostDraft
from flashdesk.channels.service import add_post, list_channels, list_posts, update_post
from flashdesk.review.posts import channel_days
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import save_records
from flashdesk.review.summary import review_data


def _publish(store, campaign_id, channel, day, participants, likes=0, comments=0):
    return add_post(store, campaign_id, PostDraft(
        channel_id=channel.id, day=day, stage="teaser", title="预热", status="published",
        likes=likes, comments=comments, participants=participants)).result


def test_published_posts_count_and_review_rows_win(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    before = launch - timedelta(days=1)
    first, second = list_channels(store, campaign_id)[:2]
    planned_before = review_data(store, campaign_id)
    assert planned_before.channels == []  # the sample plan's posts are not published
    _publish(store, campaign_id, first, before, 120, likes=30, comments=8)
    _publish(store, campaign_id, first, before, 80, likes=10, comments=2)
    _publish(store, campaign_id, first, launch, 50)
    _publish(store, campaign_id, second, launch, 200)

    data = review_data(store, campaign_id)
    totals = {c.channel: c for c in data.channels}
    assert totals[first.name].participants == 250 and totals[first.name].actions == 3
    assert totals[first.name].likes == 40 and totals[first.name].comments == 10
    assert data.best_channel.channel == first.name and data.best_channel.participants == 250
    assert data.posts_counted == 3 and data.reach == 450

    # the operator records the first channel's launch day: that row replaces the post (50)
    save_records(store, campaign_id, "channels", rows_from_sequences(KINDS["channels"], [
        [launch, first.name, 4, 300], [launch, "线下门店", 1, 20]]))
    data = review_data(store, campaign_id)
    totals = {c.channel: c for c in data.channels}
    assert totals[first.name].participants == 200 + 300 and totals[first.name].actions == 2 + 4
    assert totals["线下门店"].participants == 20 and totals["线下门店"].post_days == 0
    assert data.best_channel.channel == first.name
    assert data.posts_counted == 2 and data.reach == 500 + 200 + 20
    with store.session() as session:
        days = channel_days(session, campaign_id)
    by_key = {(d.channel, d.day): d for d in days}
    assert not by_key[(first.name, launch)].from_posts
    assert by_key[(first.name, before)].from_posts and by_key[(first.name, before)].actions == 2
    assert [d.day for d in days] == sorted(d.day for d in days)


def test_unpublished_posts_and_missing_counts(store, campaign_id):
    launch = get_campaign(store, campaign_id).launch_at.date()
    channel = list_channels(store, campaign_id)[0]
    post_id = add_post(store, campaign_id, PostDraft(channel_id=channel.id, day=launch,
                                                     stage="teaser", status="ready")).result
    assert review_data(store, campaign_id).channels == []
    post = next(p for p in list_posts(store, campaign_id) if p.id == post_id)
    draft = PostDraft.of(post)
    draft.status = "published"  # published without a count yet: one action, 0 participants
    update_post(store, post_id, draft)
    data = review_data(store, campaign_id)
    assert [(c.channel, c.actions, c.participants) for c in data.channels] == [
        (channel.name, 1, 0)]
    assert data.best_channel is None  # nobody took part yet


def test_outline_and_workbook_mention_the_posts(store, campaign_id, tmp_path):
    import openpyxl

    from flashdesk.review.importer import import_workbook
    from flashdesk.review.outline import draft_outline
    from flashdesk.review.service import records
    from flashdesk.workbook.export import export_workbook

    launch = get_campaign(store, campaign_id).launch_at.date()
    channel = list_channels(store, campaign_id)[0]
    _publish(store, campaign_id, channel, launch, 90, likes=12, comments=3)
    save_records(store, campaign_id, "channels", rows_from_sequences(KINDS["channels"], [
        [launch, "线下门店", 1, 20]]))
    assert "计入 1 个渠道日，共收获 12 个点赞、3 条评论" in draft_outline(store, campaign_id)
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx")
    sheet = openpyxl.load_workbook(path)[KINDS["channels"].sheet]
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "渠道合计（含已发布帖子）" in cells and channel.name in cells and 90 in cells
    # the data rows stay the recorded ones: re-importing adds no post as a review row
    import_workbook(store, campaign_id, path, on_duplicate="new")
    assert [r["channel"] for r in records(store, campaign_id, "channels")] == ["线下门店"]
