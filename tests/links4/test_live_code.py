"""The poster's QR follows the campaign's live code (Group SOP) the way its texts follow the
campaign: rendered and decoded with zxing, typed payloads unlink, the sample waits visibly."""

from flashdesk.groups.service import set_live_code
from flashdesk.posters import live_code
from flashdesk.posters.checks import check
from flashdesk.posters.group_check import group_warnings_from_posters
from flashdesk.posters.live_code import is_linked
from flashdesk.posters.qr import decode
from flashdesk.posters.render import render_image
from flashdesk.posters.service import (
    DEFAULT_PAYLOAD,
    create_from_template,
    find_poster,
    list_posters,
    poster_doc,
    save_elements,
)

LIVE = "https://live.example.cn/c/618"


def _qr(doc):
    return doc.qr_elements()[0]


def test_sample_poster_waits_for_the_live_code_then_carries_it(qapp, store, campaign_id):
    assert live_code.PLACEHOLDER == DEFAULT_PAYLOAD
    poster = find_poster(store, campaign_id)
    doc = poster_doc(store, poster.id)
    assert is_linked(_qr(doc)) and _qr(doc).props["payload"] == live_code.PLACEHOLDER
    waiting = [f for f in check(doc, decode_qr=False) if "no live code is set yet" in f.why]
    assert [f.element_id for f in waiting] == [_qr(doc).id]
    group_message = next(w.message for w in group_warnings_from_posters(store, campaign_id) if w.kind == "no_live_code")
    assert poster.name in group_message and live_code.PLACEHOLDER in group_message

    set_live_code(store, campaign_id, LIVE)
    doc = poster_doc(store, poster.id)
    assert _qr(doc).props["payload"] == LIVE
    assert LIVE in decode(render_image(doc))
    assert [e.props["payload"] for e in list_posters(store, campaign_id)[0].elements if e.kind == "qr"] == [LIVE]
    assert not [f for f in check(doc, decode_qr=False) if "no live code" in f.why]
    assert "no_live_code" not in {w.kind for w in group_warnings_from_posters(store, campaign_id)}

    set_live_code(store, campaign_id, "https://live.example.cn/c/619")  # changed in the Group SOP
    assert _qr(poster_doc(store, poster.id)).props["payload"] == "https://live.example.cn/c/619"


def test_a_typed_payload_unlinks_and_stays(qapp, store, campaign_id):
    poster = find_poster(store, campaign_id)
    elements = poster_doc(store, poster.id).elements
    qr = next(e for e in elements if e.kind == "qr")
    qr.props["payload"] = "https://shop.example.cn/typed"
    qr.props.pop(live_code.LINK_KEY)
    save_elements(store, poster.id, elements)
    set_live_code(store, campaign_id, LIVE)
    assert _qr(poster_doc(store, poster.id)).props["payload"] == "https://shop.example.cn/typed"
    set_live_code(store, campaign_id, "")
    assert "no_live_code" not in {w.kind for w in group_warnings_from_posters(store, campaign_id)}  # nothing waits


def test_new_posters_link_unless_given_their_own_link(qapp, store, campaign_id):
    set_live_code(store, campaign_id, LIVE)
    linked = create_from_template(store, campaign_id, "phone_promo", "phone", "跟随活码").result
    own = create_from_template(store, campaign_id, "phone_promo", "phone", "自带链接", "https://x.cn/a").result
    forced = create_from_template(store, campaign_id, "phone_promo", "phone", "指定跟随", "https://x.cn/a",
                                  link_live_code=True).result
    assert _qr(poster_doc(store, linked)).props["payload"] == LIVE
    assert _qr(poster_doc(store, own)).props["payload"] == "https://x.cn/a"
    assert not is_linked(_qr(poster_doc(store, own)))
    assert _qr(poster_doc(store, forced)).props["payload"] == LIVE
