from datetime import datetime

import pytest

from flashdesk.campaigns.draft import CampaignDraft, parse_launch, validate
from flashdesk.campaigns.sample import ensure_sample
from flashdesk.campaigns.service import (
    CampaignError,
    create_campaign,
    duplicate_campaign,
    find_campaign,
    get_campaign,
    list_campaigns,
    set_archived,
    set_deleted,
    update_campaign,
)


def draft(**changes) -> CampaignDraft:
    base = CampaignDraft(name="双11 面霜快闪群", product="面霜", list_price=299, deal_price=199,
                         quota=300, launch_at=datetime(2026, 11, 11, 20, 0), lifetime_days=2)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize("changes,field", [
    ({"name": ""}, "name"),
    ({"name": "x" * 10_000}, "name"),
    ({"name": "bad\x07name"}, "name"),
    ({"list_price": -1}, "list_price"),
    ({"deal_price": 400}, "deal_price"),
    ({"quota": 0}, "quota"),
    ({"lifetime_days": 0}, "lifetime_days"),
    ({"lifetime_days": 8}, "lifetime_days"),
    ({"launch_at": datetime(1999, 1, 1)}, "launch_at"),
    ({"notes": "n" * 5001}, "notes"),
])
def test_validation_names_the_field(changes, field):
    assert field in validate(draft(**changes))


def test_good_draft_is_valid():
    assert validate(draft()) == {}


def test_bad_draft_writes_nothing(store):
    with pytest.raises(CampaignError) as info:
        create_campaign(store, draft(quota=0, name="")).result
    assert set(info.value.errors) == {"quota", "name"}
    assert list_campaigns(store) == []


def test_parse_launch():
    assert parse_launch("2026-06-18T20:00") == datetime(2026, 6, 18, 20, 0)
    assert parse_launch("2026-06-18") == datetime(2026, 6, 18, 20, 0)
    with pytest.raises(ValueError, match="2026-06-18T20:00"):
        parse_launch("next friday")


def test_create_update_archive_delete(store):
    campaign_id = create_campaign(store, draft()).result
    update_campaign(store, campaign_id, draft(name="改名后", launch_at=datetime(2026, 11, 12, 20)))
    assert get_campaign(store, campaign_id).name == "改名后"
    set_archived(store, campaign_id, True)
    assert [c.id for c in list_campaigns(store, include_archived=False)] == []
    set_deleted(store, campaign_id, True)
    assert list_campaigns(store) == []
    with pytest.raises(CampaignError, match="does not exist"):
        get_campaign(store, campaign_id)
    set_deleted(store, campaign_id, False)
    assert get_campaign(store, campaign_id).name == "改名后"


def test_duplicate_shifts_launch(store):
    source = create_campaign(store, draft()).result
    copy = duplicate_campaign(store, source, "复刻", datetime(2026, 12, 12, 20, 0)).result
    assert get_campaign(store, copy).launch_at == datetime(2026, 12, 12, 20, 0)
    assert get_campaign(store, copy).product == "面霜"


def test_find_by_id_or_exact_name(store):
    first = create_campaign(store, draft()).result
    assert find_campaign(store, str(first)).id == first
    assert find_campaign(store, "双11 面霜快闪群").id == first
    create_campaign(store, draft()).result
    with pytest.raises(CampaignError, match="give the id"):
        find_campaign(store, "双11 面霜快闪群")
    with pytest.raises(CampaignError, match="No campaign"):
        find_campaign(store, "nope")


def test_sample_is_created_once(store):
    first = ensure_sample(store)
    assert get_campaign(store, first).quota == 500
    assert get_campaign(store, first).list_price == 340
    set_deleted(store, first, True)
    assert ensure_sample(store) is None
    assert list_campaigns(store) == []


def test_a_second_connection_waits_for_the_first_writer(tmp_path):
    """Two windows on one store: while one holds a write transaction, the other's new campaign
    waits for it (busy timeout) instead of failing, then lands; both are kept."""
    import threading
    import time

    from sqlalchemy import text

    from flashdesk.store import open_store

    path = tmp_path / "shared.sqlite3"
    window_a, window_b = open_store(path), open_store(path)
    created = {}
    with window_a.engine.begin() as conn:
        conn.execute(text("INSERT INTO store_info(key, value) VALUES ('holder', 'a')"))
        writer = threading.Thread(target=lambda: created.setdefault(
            "id", create_campaign(window_b, draft(name="等锁的活动")).result))
        writer.start()
        time.sleep(0.5)
        assert writer.is_alive() and "id" not in created  # blocked on a's write lock
    writer.join(10)
    assert not writer.is_alive()
    assert [c.name for c in list_campaigns(window_a)] == ["等锁的活动"]
    assert get_campaign(window_a, created["id"]).product == "面霜"
    window_a.close()
    window_b.close()
