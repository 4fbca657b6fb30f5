"""The group announcement says the deal in one clause: equal prices never read "340 元（日常
340 元）", the gift and the coupon are named, a campaign without prices says so."""

from datetime import datetime

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.offer import OfferDraft
from flashdesk.groups.service import text_values
from flashdesk.groups.texts import deal_phrase


def _campaign(list_price, deal_price):
    return CampaignDraft(name="T", product="P", list_price=list_price, deal_price=deal_price,
                         launch_at=datetime(2026, 6, 18, 20))


def test_equal_prices_with_a_gift_name_the_gift_not_the_list_price():
    phrase = deal_phrase(_campaign(340, 340), OfferDraft(gift="380ml 正装", gift_value=450))
    assert phrase == "到手价 340 元，加赠 380ml 正装（价值 ¥450）"


def test_a_price_cut_and_a_coupon():
    phrase = deal_phrase(_campaign(399, 299), OfferDraft(coupon_threshold=300, coupon_off=50))
    assert phrase.startswith("到手价 299 元（日常 399 元），再享") and "满300减50" in phrase


def test_no_price_yet():
    assert deal_phrase(_campaign(0, 0), None) == "价格开抢时公布"


def test_the_sample_announcement_reads_the_gift(store, campaign_id):
    assert text_values(store, campaign_id)["deal"] == "到手价 340 元，加赠 380ml 正装（价值 ¥450）"
