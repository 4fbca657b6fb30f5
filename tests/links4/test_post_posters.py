"""Warm-up posts ↔ posters with real posters: the link is checked, the problems list names a
post whose poster has checker errors (or was deleted), duplicate-as-template maps the link."""

from datetime import timedelta

import pytest

from flashdesk.campaigns.service import duplicate_campaign, get_campaign
from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelError, PostDraft
from flashdesk.channels.posters import linked_posters, poster_choices
from flashdesk.posters.service import (
    create_from_template,
    find_poster,
    list_posters,
    new_version,
    poster_doc,
    save_elements,
    set_deleted,
)


def _post(store, campaign_id):
    return service.list_posts(store, campaign_id)[0]


def _link(store, post, poster_id):
    draft = PostDraft.of(post)
    draft.poster_id = poster_id
    service.update_post(store, post.id, draft)


def _break(store, poster_id):
    """A quiet zone of one module: a checker error."""
    elements = poster_doc(store, poster_id).elements
    next(e for e in elements if e.kind == "qr").props["quiet"] = 1
    save_elements(store, poster_id, elements)


def test_link_checked_and_store_unchanged_on_refusal(qapp, store, campaign_id):
    post = _post(store, campaign_id)
    poster = find_poster(store, campaign_id)
    _link(store, post, poster.id)
    assert service.get_post(store, post.id).poster_id == poster.id
    other = duplicate_campaign(store, campaign_id, "别的活动", get_campaign(store, campaign_id).launch_at
                               + timedelta(days=30)).result
    foreign = find_poster(store, other).id
    for bad in (foreign, 99999, "1"):
        with pytest.raises(ChannelError):
            _link(store, service.get_post(store, post.id), bad)
        assert service.get_post(store, post.id).poster_id == poster.id


def test_problem_names_the_post_whose_poster_has_errors(qapp, store, campaign_id):
    post = _post(store, campaign_id)
    poster = find_poster(store, campaign_id)
    _link(store, post, poster.id)
    assert not [p for p in service.plan_problems(store, campaign_id) if p.code == "poster_errors"]
    _break(store, poster.id)
    problems = [p for p in service.plan_problems(store, campaign_id) if p.code == "poster_errors"]
    assert [p.post_ids for p in problems] == [(post.id,)]
    assert poster.name in problems[0].message and "checker errors (1)" in problems[0].message
    assert poster_choices(store, campaign_id)[0].errors == 1
    set_deleted(store, poster.id, True)
    problems = [p for p in service.plan_problems(store, campaign_id) if p.code == "poster_errors"]
    assert "deleted" in problems[0].message
    assert linked_posters(store, [poster.id])[poster.id].deleted


def test_error_counts_are_kept_per_poster_content(qapp, store, campaign_id):
    from flashdesk.channels import posters

    poster = find_poster(store, campaign_id)
    before = len(posters._ERRORS)
    linked_posters(store, [poster.id])
    linked_posters(store, [poster.id])
    assert len(posters._ERRORS) == before + 1  # the second call rendered nothing
    _break(store, poster.id)
    assert linked_posters(store, [poster.id])[poster.id].errors == 1
    assert len(posters._ERRORS) == before + 2


def test_duplicate_maps_the_poster_link(qapp, store, campaign_id):
    posts = service.list_posts(store, campaign_id)
    poster = find_poster(store, campaign_id)
    flyer = create_from_template(store, campaign_id, "print_flyer", "a4", "门店传单").result
    _link(store, posts[0], poster.id)
    _link(store, posts[1], flyer)
    newer = new_version(store, poster.id).result  # posts[0] links v1; the duplicate keeps the newest
    launch = get_campaign(store, campaign_id).launch_at + timedelta(days=30)
    target = duplicate_campaign(store, campaign_id, "复制活动", launch).result
    twins = {p.name: p.id for p in list_posters(store, target)}
    linked = {p.poster_id for p in service.list_posts(store, target) if p.poster_id is not None}
    assert linked == {twins["裂变海报"], twins["门店传单"]}
    assert newer not in linked and poster.id not in linked
    assert all(p.campaign_id == target for p in list_posters(store, target))


def test_calendar_sheet_names_the_linked_poster(qapp, store, campaign_id, tmp_path):
    from openpyxl import load_workbook

    from flashdesk.workbook.export import export_workbook

    post = _post(store, campaign_id)
    poster = find_poster(store, campaign_id)
    _link(store, post, poster.id)
    _break(store, poster.id)
    ws = load_workbook(export_workbook(store, campaign_id, tmp_path / "team.xlsx"))["预热日历"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value and "海报：" in str(c.value)]
    assert texts == [f"{texts[0].split(chr(10))[0]}\n海报：{poster.name} · v1（检查错误 1 个）"]
    assert texts[0].startswith(f"{post.time_of_day:%H:%M}")
