"""The offer: its rules, the store, the command line, the copies it fills."""

import sqlite3
from datetime import datetime

import pytest

from flashdesk.campaigns.draft import CampaignDraft, validate
from flashdesk.campaigns.offer import OfferDraft, coupon_text, deal_lines, parse_coupon
from flashdesk.campaigns.service import (
    CampaignError,
    create_campaign,
    duplicate_campaign,
    get_campaign,
    get_draft,
    get_offer,
    update_campaign,
)
from flashdesk.cli import main
from flashdesk.copies.lint import lint
from flashdesk.copies.variables import fill
from flashdesk.groups.copy_values import values_for
from tests.change_check import assert_round_trip, dump

LAUNCH = datetime(2026, 6, 18, 20, 0)


def draft(**offer) -> CampaignDraft:
    return CampaignDraft(name="面霜快闪群", product="面霜 50g", list_price=299, deal_price=199,
                         quota=300, launch_at=LAUNCH, offer=OfferDraft(**offer))


def test_an_offer_with_a_gift_fills_copies(store):
    cid = create_campaign(store, draft(gift="面膜 5 片", gift_value=60, coupon_threshold=300,
                                       coupon_off=50, limit_per_person=2,
                                       new_member_gift="小样 1 份")).result
    values = values_for(store, cid)
    body = "{product} 群内 {deal_price} 元，再送{gift}（价值{gift_value}元），共省{saving}元；{coupon}，每人限{limit}件"
    assert fill(body, values) == "面霜 50g 群内 199 元，再送面膜 5 片（价值60元），共省160元；满300减50，每人限2件"
    assert values["new_member_gift"] == "小样 1 份"
    # the lint knows the offer's variables: an unset one is a gap to report, not an unknown name
    findings = lint("交定金{deposit}元，{balance}付尾款", values=values)
    assert [f.rule for f in findings] == ["empty_variable", "empty_variable"]


def test_saving_without_a_gift_is_the_price_cut_and_empty_without_prices(store):
    cid = create_campaign(store, draft()).result
    assert values_for(store, cid)["saving"] == "100"
    free = create_campaign(store, CampaignDraft(name="无价", product="p", launch_at=LAUNCH)).result
    values = values_for(store, free)
    assert values["saving"] == values["gift"] == values["coupon"] == ""


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"deal_price": 399}, "deal_price", "above the list price"),
    ({"offer": OfferDraft(gift_value=-5, gift="x")}, "gift_value", "negative"),
    ({"offer": OfferDraft(coupon_threshold=30, coupon_off=50)}, "coupon_threshold", "above the amount off"),
    ({"offer": OfferDraft(coupon_threshold=300)}, "coupon_off", "nothing off"),
    ({"offer": OfferDraft(coupon_off=199)}, "coupon_off", "whole deal price"),
    ({"offer": OfferDraft(limit_per_person=0)}, "limit_per_person", "at least 1"),
    ({"offer": OfferDraft(limit_per_person=301)}, "limit_per_person", "above the quota"),
    ({"offer": OfferDraft(deposit=250)}, "deposit", "below the deal price"),
    ({"offer": OfferDraft(deposit=50, balance_hours=0)}, "balance_hours", "1 to"),
    ({"offer": OfferDraft(gift_value=30)}, "gift", "no name"),
])
def test_bad_offers_are_refused_with_a_message_and_the_store_unchanged(store, change, field, words):
    cid = create_campaign(store, draft(gift="面膜", gift_value=60)).result
    bad = get_draft(store, cid)
    for key, value in change.items():
        setattr(bad, key, value)
    assert words in validate(bad)[field]
    before = dump(store)
    with pytest.raises(CampaignError, match=field):
        update_campaign(store, cid, bad)
    assert dump(store) == before


def test_coupon_text_round_trips():
    assert parse_coupon("满300减50") == (300, 50) and coupon_text(300, 50) == "满300减50"
    assert parse_coupon(" 立减 20元 ") == (0, 20) and coupon_text(0, 20) == "立减20"
    assert coupon_text(0, 0) == ""
    with pytest.raises(ValueError, match="满300减50"):
        parse_coupon("九折")


def test_editing_the_offer_is_one_undoable_change(store):
    cid = create_campaign(store, draft()).result
    after = get_draft(store, cid)
    after.offer.gift, after.offer.gift_value, after.offer.deposit = "面膜", 60, 50
    after.deal_price = 189
    assert_round_trip(store, lambda: update_campaign(store, cid, after))
    offer = get_offer(store, cid)
    assert (offer.gift, offer.deposit, get_campaign(store, cid).deal_price) == ("面膜", 50, 189)
    # a rename carries no offer: the offer stays as it was
    renamed = CampaignDraft.of(get_campaign(store, cid))
    renamed.name = "改名"
    update_campaign(store, cid, renamed)
    assert get_offer(store, cid).gift == "面膜"


def test_deposit_balance_window_follows_the_launch(store):
    cid = create_campaign(store, draft(deposit=50, balance_after_hours=2, balance_hours=22)).result
    assert values_for(store, cid)["balance"] == "6月18日 22:00–6月19日 20:00"
    lines = deal_lines(get_campaign(store, cid), get_offer(store, cid))
    assert "Deposit ¥50, balance paid 6月18日 22:00–6月19日 20:00" in lines
    copy = duplicate_campaign(store, cid, "再来一场", datetime(2026, 7, 1, 20, 0)).result
    assert values_for(store, copy)["balance"] == "7月1日 22:00–7月2日 20:00"
    assert get_offer(store, copy).deposit == 50


def test_campaign_without_prices_says_so():
    from flashdesk.campaigns.tables import Campaign

    campaign = Campaign(name="n", product="p", launch_at=LAUNCH)
    assert deal_lines(campaign, OfferDraft())[0] == "No deal price yet"


def test_new_command_takes_the_offer(tmp_path, capsys):
    path = tmp_path / "s.sqlite3"
    assert main(["new", "--store", str(path), "--name", "面霜", "--product", "面霜 50g",
                 "--launch", "2026-06-18T20:00", "--list-price", "299", "--deal-price", "199",
                 "--gift", "面膜 5 片", "--gift-value", "60", "--coupon", "满300减50",
                 "--deposit", "30", "--balance-hours", "48", "--new-member-gift", "小样",
                 "--limit", "2", "--budget", "500"]) == 0
    cid = int(capsys.readouterr().out.strip())
    row = sqlite3.connect(path).execute(
        "SELECT gift, gift_value, coupon_threshold, coupon_off, deposit, balance_hours, "
        "new_member_gift, limit_per_person, budget FROM offer WHERE campaign_id = ?", (cid,)).fetchone()
    assert row == ("面膜 5 片", 60.0, 300.0, 50.0, 30.0, 48, "小样", 2, 500.0)


@pytest.mark.parametrize(("options", "words"), [
    (["--coupon", "满50减80"], "threshold (50) must be above"),
    (["--coupon", "打九折"], "满300减50"),
    (["--limit", "0"], "at least 1"),
    (["--gift-value", "-1", "--gift", "x"], "negative"),
])
def test_new_command_refuses_a_bad_offer(tmp_path, capsys, options, words):
    path = tmp_path / "s.sqlite3"
    code = main(["new", "--store", str(path), "--name", "x", "--product", "p", "--launch",
                 "2026-06-18T20:00", "--list-price", "299", "--deal-price", "199", *options])
    err = capsys.readouterr().err
    assert code != 0 and words in err and "Traceback" not in err
    if path.exists():
        assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM campaign").fetchone() == (0,)
