"""Warm-up posts linking library copies: which copies a post may link, the mapping of the
channels area's keys onto the library's, duplicating a campaign with its links, and the
wording check of a Moments post's linked copy."""

from datetime import datetime

import pytest

from flashdesk.campaigns.service import duplicate_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import PostDraft
from flashdesk.channels.rules import channel_rules
from flashdesk.copies import service as copies
from flashdesk.copies.links import CHANNEL_OF_KIND, STAGE_OF_NODE, STAGE_OF_POST, STAGE_OF_SETUP, duplicated_link
from flashdesk.copies.service import CopyDraft, CopyError
from flashdesk.copies.tables import Copy
from flashdesk.copies.vocab import CHANNEL_BY_KEY, STAGE_BY_KEY
from flashdesk.playbook import default_playbook


def _dump(store):
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM post ORDER BY id")] + \
            [tuple(r) for r in conn.exec_driver_sql("SELECT id, times_used, deleted FROM copy ORDER BY id")]


def _moments_post(store, campaign_id):
    moments = next(c for c in service.list_channels(store, campaign_id) if c.kind == "moments")
    return next(p for p in service.list_posts(store, campaign_id) if p.channel_id == moments.id)


def _library_copy(store, body="家人们帮忙选个款，评论区告诉我～"):
    return copies.create_copy(store, CopyDraft(title="选款调研", body=body, channel="moments", stage="survey")).result


def test_every_channel_type_and_stage_maps_onto_the_library():
    section = default_playbook().section("channels")
    kinds = {t["key"] for t in section["type"]}
    assert set(CHANNEL_OF_KIND) == kinds, "every channel type of the playbook has a library channel"
    assert all(v in CHANNEL_BY_KEY and v for v in CHANNEL_OF_KIND.values())
    stages = {s["key"] for s in section["stage"]}
    assert set(STAGE_OF_POST) <= stages
    groups = default_playbook().section("groups")
    assert set(STAGE_OF_SETUP) <= {i["key"] for i in groups["setup"]}
    assert set(STAGE_OF_NODE) == {n["key"] for n in groups["node"]}
    for mapping in (STAGE_OF_POST, STAGE_OF_SETUP, STAGE_OF_NODE):
        assert all(v in STAGE_BY_KEY for v in mapping.values())


def test_link_a_library_copy_and_refuse_bad_links(store, campaign_id):
    post = _moments_post(store, campaign_id)
    copy_id = _library_copy(store)
    draft = PostDraft.of(post)
    draft.copy_id = copy_id
    service.update_post(store, post.id, draft)
    assert service.get_post(store, post.id).copy_id == copy_id

    other = duplicate_campaign(store, campaign_id, "别的活动", datetime(2026, 9, 1, 20)).result
    foreign = copies.create_copy(store, CopyDraft(title="别家专属", body="只给别的活动", campaign_id=other)).result
    gone = _library_copy(store)
    copies.set_deleted(store, gone, True)
    before = _dump(store)
    for bad, words in ((99999, "not in the copy library"), (gone, "not in the copy library"),
                       (foreign, "another campaign")):
        draft.copy_id = bad
        with pytest.raises(CopyError, match=words):
            service.update_post(store, post.id, draft)
        with pytest.raises(CopyError, match=words):
            service.check_post_draft(store, campaign_id, draft, post.id)
        with pytest.raises(CopyError, match=words):
            service.add_post(store, campaign_id, draft)
    assert _dump(store) == before


def test_a_kept_link_to_a_since_deleted_copy_does_not_block_editing(store, campaign_id):
    post = _moments_post(store, campaign_id)
    copy_id = _library_copy(store)
    draft = PostDraft.of(post)
    draft.copy_id = copy_id
    service.update_post(store, post.id, draft)
    copies.set_deleted(store, copy_id, True)
    draft.title = "改了文字"
    service.update_post(store, post.id, draft)
    assert service.get_post(store, post.id).title == "改了文字"


def test_duplicating_a_campaign_maps_its_copy_links(store, campaign_id):
    posts = service.list_posts(store, campaign_id)
    library = _library_copy(store)
    own = copies.create_copy(store, CopyDraft(title="本场专属", body="面霜专属文案", campaign_id=campaign_id)).result
    gone = copies.create_copy(store, CopyDraft(title="删掉的", body="不要了", campaign_id=campaign_id)).result
    for post, copy_id in zip(posts, (library, own, gone)):
        draft = PostDraft.of(post)
        draft.copy_id = copy_id
        service.update_post(store, post.id, draft)
    copies.set_deleted(store, gone, True)

    twin = duplicate_campaign(store, campaign_id, "再来一场", datetime(2026, 9, 1, 20)).result
    twin_posts = sorted(service.list_posts(store, twin), key=lambda p: (p.day, p.channel_id, p.position))
    old_posts = sorted(service.list_posts(store, campaign_id), key=lambda p: (p.day, p.channel_id, p.position))
    linked = {old.copy_id: new.copy_id for old, new in zip(old_posts, twin_posts) if old.copy_id}
    assert linked[library] == library
    assert linked[gone] is None
    assert linked[own] not in (None, own)
    with store.session() as s:
        mapped = s.get(Copy, linked[own])
        assert (mapped.campaign_id, mapped.title) == (twin, "本场专属")
        assert duplicated_link(s, None) is None


def test_moments_copy_wording_shows_in_the_channel_problems(store, campaign_id):
    post = _moments_post(store, campaign_id)
    assert not [p for p in service.plan_problems(store, campaign_id) if p.code == "copy_wording"]
    risky = _library_copy(store, "史上最好用的面霜，扫码进群 {live_code}")
    draft = PostDraft.of(post)
    draft.copy_id = risky
    service.update_post(store, post.id, draft)
    found = [p for p in service.plan_problems(store, campaign_id) if p.code == "copy_wording"]
    assert len(found) == 1 and found[0].post_ids == (post.id,)
    assert "选款调研" in found[0].message and (found[0].channel_id, found[0].day) == (post.channel_id, post.day)
    # the same copy on a non-Moments channel is not this check's business
    other = next(c for c in service.list_channels(store, campaign_id) if c.kind == "official_account")
    draft.channel_id = other.id
    service.update_post(store, post.id, draft, channel_rules())
    assert not [p for p in service.plan_problems(store, campaign_id) if p.code == "copy_wording"]


def test_calendar_sheet_names_the_linked_copy(store, campaign_id, tmp_path):
    from openpyxl import load_workbook

    from flashdesk.workbook.export import export_workbook

    post = _moments_post(store, campaign_id)
    copy_id = _library_copy(store)
    draft = PostDraft.of(post)
    draft.copy_id = copy_id
    service.update_post(store, post.id, draft)
    sheet = load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))["预热日历"]
    texts = [c.value for row in sheet.iter_rows(min_row=4) for c in row if isinstance(c.value, str)]
    linked = [t for t in texts if "文案：" in t]
    assert len(linked) == 1 and linked[0].endswith("\n文案：选款调研") and linked[0].startswith("12:00")
    cell = next(c for row in sheet.iter_rows(min_row=4) for c in row if c.value == linked[0])
    assert sheet.row_dimensions[cell.row].height >= 2 * 15  # two lines tall, not clipped
