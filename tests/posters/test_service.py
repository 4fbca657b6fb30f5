"""Posters from templates, filled from the campaign, versions, and bad input."""

import pytest

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.service import duplicate_campaign, get_campaign, update_campaign
from flashdesk.posters.formats import formats, palettes, templates, templates_for
from flashdesk.posters.model import text_of
from flashdesk.posters.service import (
    PosterError,
    create_from_template,
    find_poster,
    list_posters,
    new_version,
    poster_doc,
    save_elements,
)


def test_formats_are_the_promised_sizes():
    phone, a4, a5 = formats()["phone"], formats()["a4"], formats()["a5"]
    assert (phone.width, phone.height) == (1080, 1920)
    assert (a4.width, a4.height, a4.dpi, a4.bleed) == (2480, 3508, 300, 35)
    assert (a5.width, a5.height) == (1748, 2480)
    assert len(templates_for(phone)) >= 4 and len(templates_for(a4)) >= 2
    for template in templates().values():
        assert template.palette in palettes()


def test_sample_campaign_has_a_linked_poster(store, campaign_id):
    poster = find_poster(store, campaign_id)
    doc = poster_doc(store, poster.id)
    headline = next(e for e in doc.elements if e.kind == "headline")
    assert text_of(headline, doc.values) == get_campaign(store, campaign_id).product
    campaign = get_campaign(store, campaign_id)
    draft = CampaignDraft.of(campaign)
    draft.product = "新品面霜"
    update_campaign(store, campaign_id, draft)
    doc = poster_doc(store, poster.id)
    headline = next(e for e in doc.elements if e.kind == "headline")
    assert text_of(headline, doc.values) == "新品面霜", "linked text follows the campaign"


@pytest.mark.parametrize("key", sorted(templates()))
def test_every_template_fills_from_the_campaign(store, campaign_id, key):
    fmt = "phone" if templates()[key].group == "phone" else "a4"
    poster_id = create_from_template(store, campaign_id, key, fmt, f"海报 {key}", "https://x.cn/a").result
    doc = poster_doc(store, poster_id)
    texts = " ".join(text_of(e, doc.values) for e in doc.elements if e.is_text)
    assert "{" not in texts
    assert [e.props["payload"] for e in doc.qr_elements()] == ["https://x.cn/a"]
    for element in doc.elements:
        if element.kind != "background":
            assert 0 <= element.x and element.x + element.w <= doc.format.width + 0.5
            assert 0 <= element.y and element.y + element.h <= doc.format.height + 0.5


def test_versions_keep_the_old_document(store, campaign_id):
    first = find_poster(store, campaign_id)
    second_id = new_version(store, first.id).result
    elements = poster_doc(store, second_id).elements
    elements[0].props["color"] = "#000000"
    save_elements(store, second_id, elements)
    assert find_poster(store, campaign_id).version == 2
    assert len(list_posters(store, campaign_id, latest_only=False)) == 2
    assert poster_doc(store, first.id).elements[0].props["color"] != "#000000"


def test_bad_requests_leave_the_store_alone(store, campaign_id):
    before = list_posters(store, campaign_id, latest_only=False)
    with pytest.raises(PosterError, match="not"):
        create_from_template(store, campaign_id, "phone_promo", "a4", "错格式")
    with pytest.raises(PosterError, match="already"):
        create_from_template(store, campaign_id, "phone_promo", "phone", before[0].name)
    with pytest.raises(PosterError, match="Unknown poster template"):
        create_from_template(store, campaign_id, "nope", "phone", "x")
    with pytest.raises(PosterError, match="No poster named"):
        find_poster(store, campaign_id, "不存在")
    assert len(list_posters(store, campaign_id, latest_only=False)) == len(before)


def test_duplicate_campaign_copies_posters(store, campaign_id):
    from datetime import datetime

    copy_id = duplicate_campaign(store, campaign_id, "复制", datetime(2031, 1, 1, 20)).result
    assert [p.name for p in list_posters(store, copy_id)] == \
        [p.name for p in list_posters(store, campaign_id)]
