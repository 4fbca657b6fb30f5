"""Posters against groups: a poster carrying one group's QR (read from a real QR screenshot)
instead of the live code is a group warning naming poster and group; the poster's rendered
QR really holds that payload; the live code on the poster clears it."""

from datetime import datetime

import qrcode

from flashdesk.groups import service as groups
from flashdesk.groups.qr import decode_group_qr
from flashdesk.groups.tables import ChatGroup
from flashdesk.posters import service as posters
from flashdesk.posters.group_check import group_warnings_from_posters, poster_qrs
from flashdesk.posters.qr import SAMPLE_PAYLOAD, decode
from flashdesk.posters.render import render_image

GROUP_URL = "https://weixin.qq.com/g/AQYAAFlinks2TestGroup1"
LIVE = "https://work.weixin.qq.com/gm/live-code-618"
NOW = datetime(2026, 6, 1, 12, 0)


def _poster_warnings(store, campaign_id):
    return [w for w in group_warnings_from_posters(store, campaign_id) if w.kind.startswith("poster_")]


def _group_from_screenshot(store, campaign_id, tmp_path):
    shot = tmp_path / "group-qr.png"
    qrcode.make(GROUP_URL, box_size=8, border=4).get_image().convert("RGB").save(shot)
    group = groups.rows(store, ChatGroup, campaign_id)[0]
    groups.edit(store, ChatGroup, group.id, **groups.new_qr_fields(decode_group_qr(shot), NOW))
    return groups.rows(store, ChatGroup, campaign_id)[0]


def test_sample_campaign_has_no_poster_warning(store, campaign_id):
    assert [q.poster for q in poster_qrs(store, campaign_id)] == ["裂变海报"]
    assert _poster_warnings(store, campaign_id) == []  # sample link, but no live code set yet


def test_poster_with_a_groups_qr_is_warned_until_it_carries_the_live_code(qapp, store, campaign_id, tmp_path):
    group = _group_from_screenshot(store, campaign_id, tmp_path)
    poster_id = posters.create_from_template(store, campaign_id, "phone_promo", "phone", "进群海报",
                                             GROUP_URL).result
    rendered = render_image(posters.poster_doc(store, poster_id))
    assert GROUP_URL in decode(rendered)  # the poster really carries the group's code

    [warning] = _poster_warnings(store, campaign_id)
    assert (warning.kind, warning.group_id) == ("poster_group_qr", group.id)
    assert "进群海报" in warning.message and group.name in warning.message
    assert "06-08" in warning.message  # the group's QR expiry, 7 days after it was read

    groups.set_live_code(store, campaign_id, LIVE)
    found = _poster_warnings(store, campaign_id)
    # the sample poster's QR follows the live code, so only the group-QR poster is left
    assert {(w.kind, w.group_id) for w in found} == {("poster_group_qr", group.id)}
    assert all(LIVE in w.message for w in found)

    for poster in posters.list_posters(store, campaign_id):
        version = posters.new_version(store, poster.id).result
        elements = posters.get_poster(store, version).elements
        for element in elements:
            if element.kind == "qr":
                element.props["payload"] = LIVE
        posters.save_elements(store, version, elements)
    assert _poster_warnings(store, campaign_id) == []


def test_a_foreign_group_code_is_warned_without_a_group(store, campaign_id):
    posters.create_from_template(store, campaign_id, "phone_promo", "phone", "旧群海报",
                                 "https://weixin.qq.com/g/SomeOtherGroup")
    [warning] = _poster_warnings(store, campaign_id)
    assert (warning.kind, warning.group_id) == ("poster_group_qr", None)
    assert "旧群海报" in warning.message


def test_closed_groups_qr_still_counts(store, campaign_id, tmp_path):
    group = _group_from_screenshot(store, campaign_id, tmp_path)
    groups.edit(store, ChatGroup, group.id, state="closed")
    posters.create_from_template(store, campaign_id, "phone_promo", "phone", "进群海报", GROUP_URL)
    assert [w.group_id for w in _poster_warnings(store, campaign_id)] == [group.id]


def test_poster_checker_names_the_group_and_the_live_code(qapp, store, campaign_id, tmp_path):
    from flashdesk.posters.checks import check

    group = _group_from_screenshot(store, campaign_id, tmp_path)
    poster_id = posters.create_from_template(store, campaign_id, "phone_promo", "phone", "进群海报",
                                             GROUP_URL).result
    [finding] = [f for f in check(posters.poster_doc(store, poster_id)) if f.rule == "qr"
                 and f.severity == "warning"]
    assert group.name in finding.why and "live code" in finding.fix
    sample = posters.find_poster(store, campaign_id, "裂变海报").id
    # no live code yet: only the "set the live code first" warning, not "put it here instead"
    assert not [f for f in check(posters.poster_doc(store, sample))
                if f.fix.startswith("Put the campaign's live code")]

    groups.set_live_code(store, campaign_id, LIVE)
    [finding] = [f for f in check(posters.poster_doc(store, poster_id)) if group.name in f.why]
    assert LIVE in finding.fix
    doc = posters.poster_doc(store, sample)
    assert not [f for f in check(doc.copy()) if "sample link" in f.why]  # it follows the live code
    qr = next(e for e in doc.elements if e.kind == "qr")  # typed by hand: no longer follows it
    qr.props.pop("payload_bind", None)
    qr.props["payload"] = SAMPLE_PAYLOAD
    assert [f.fix for f in check(doc.copy()) if "sample link" in f.why] == [
        f"Put the campaign's live code ({LIVE}) here instead."]
