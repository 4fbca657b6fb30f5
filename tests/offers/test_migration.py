"""A store from before the offer (foundation_0002, foundation_0003) upgrades with its campaigns
and their prices intact, gains an empty offer per campaign, and takes offers and incentives."""

import sqlite3

from flashdesk.campaigns.incentives import IncentiveDraft, incentives, set_incentives
from flashdesk.campaigns.service import get_campaign, get_draft, get_offer, update_campaign
from flashdesk.groups.copy_values import values_for
from flashdesk.store import open_store
from tests.old_stores import OLD_CAMPAIGN, old_store


def test_store_before_offers_upgrades_with_prices_kept(tmp_path):
    path = old_store(tmp_path, "0001_foundation", "groups_0001")
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "offer" not in tables and "incentive" not in tables
    conn.close()

    store = open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name, product, list_price, deal_price, quota FROM campaign").fetchall() == [
        OLD_CAMPAIGN[:2] + OLD_CAMPAIGN[3:6]]
    assert conn.execute("SELECT campaign_id, gift, gift_value, coupon_off, deposit, balance_hours, "
                        "limit_per_person, budget FROM offer").fetchall() == [(1, "", 0.0, 0.0, 0.0, 24, None, 0.0)]
    assert conn.execute("SELECT COUNT(*) FROM incentive").fetchone() == (0,)
    conn.close()

    campaign = get_campaign(store, 1)
    assert (campaign.list_price, campaign.deal_price) == (299.0, 199.0)
    assert values_for(store, 1)["saving"] == "100" and values_for(store, 1)["gift"] == ""
    draft = get_draft(store, 1)
    draft.offer.gift, draft.offer.gift_value = "面膜", 40
    update_campaign(store, 1, draft)
    assert get_offer(store, 1).gift == "面膜" and values_for(store, 1)["saving"] == "140"
    set_incentives(store, 1, [IncentiveDraft("wake_up", "red_packet", 5, 1, 5, "群主")], 50)
    assert len(incentives(store, 1)) == 1
    store.close()
