"""The sample campaign a first run shows: the 618 toner launch of the playbook."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import select

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.offer import OfferDraft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import Store
from flashdesk.store.info import StoreInfo

SAMPLE_KEY = "sample_created"


def sample_draft(today: date | None = None) -> CampaignDraft:
    today = today or date.today()
    year = today.year if (today.month, today.day) < (6, 18) else today.year + 1
    return CampaignDraft(
        name="618 爽肤水限定装快闪群",
        product="爽肤水 230ml 限定装",
        industry="美妆护肤",
        list_price=340,
        deal_price=340,
        quota=500,
        launch_at=datetime(year, 6, 18, 20, 0),
        lifetime_days=3,
        notes="日常 250ml 卖 340 元；群内同价拿 230ml 限定装，再送一瓶 380ml 正装，比日常装还多 360ml。"
              "限前 500 名，借 618 大促节点。品牌价格带 200–600 元，决策门槛低。",
        offer=OfferDraft(gift="380ml 正装", gift_value=450, new_member_gift="旅行装小样 3 件",
                         limit_per_person=2, budget=800),
    )


def ensure_sample(store: Store) -> int | None:
    """On a store's first run, plan the sample campaign; never again after that, even if the
    operator deletes it. Returns its id when it was created now."""
    with store.session() as session:
        if session.exec(select(StoreInfo).where(StoreInfo.key == SAMPLE_KEY)).first():
            return None
        session.add(StoreInfo(key=SAMPLE_KEY, value=datetime.now().isoformat(timespec="seconds")))
    return create_campaign(store, sample_draft()).result
