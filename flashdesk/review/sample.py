"""Example numbers for the sample campaign (the 618 toner launch), so a first look at the
Review tab shows what a recorded campaign looks like. Only ever added on the operator's
request (the tab's empty state offers it); a real campaign's numbers are never invented.
The examples use the campaign's own channel names and the seeded copies' titles."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.places import channel_names
from flashdesk.copies.service import Copy
from flashdesk.playbook import key_dates
from flashdesk.review.experiments import ABDraft, write_ab_test
from flashdesk.review.service import write_records
from flashdesk.review.texts import get_text, write_text
from flashdesk.store import Store
from flashdesk.store.change import Change

# group: members per day from D-1 to D+3, active share, orders per day from D-1
_GROUPS = {
    "快闪1群": ((132, 199, 196, 193, 188), 0.62, (0, 118, 31, 12, 4)),
    "快闪2群": ((96, 198, 195, 190, 184), 0.55, (0, 97, 28, 9, 3)),
    "快闪3群": ((41, 163, 160, 152, 147), 0.41, (0, 61, 17, 6, 2)),
}
# channel: (actions, participants) per day from D-3 to D0
_CHANNELS = {
    "企业微信朋友圈": ((1, 212), (1, 268), (1, 341), (1, 420)),
    "企业微信客户群": ((2, 150), (3, 236), (4, 388), (6, 510)),
    "公众号": ((1, 860), (0, 0), (1, 1240), (0, 0)),
    "视频号": ((0, 0), (1, 430), (1, 610), (1, 780)),
    "小红书": ((1, 95), (1, 120), (0, 0), (1, 140)),
}
# (seed key of the library copy whose title names the row, fallback title, day offset, participants)
_COPIES = (("invite-old-customer", "一对一邀请话术（选品调研）", -3, 186),
           ("discount-moments-teaser", "折扣预告：340 元多得 360ml", -2, 243),
           ("chain-start", "倒计时接龙", -1, 318), ("wakeup-morning", "叫醒红包开场", 0, 402),
           ("close-thanks-preview", "收尾预告下一期", 3, 97))
_MATERIALS = (("倒计时海报（9:16）", "poster", 64, 210, 38, 0),
              ("开箱视频（视频号）", "video", 122, 655, 81, 4200),
              ("成分测评长文（公众号）", "article", 47, 96, 22, 2100),
              ("限量 500 名海报", "poster", 85, 240, 19, 0))
_NOTES = {
    "before": "预热按 D-3 调研、D-2 公布折扣、D-1 倒计时三步走；公众号推文比朋友圈早一天发，带来首批意向客户。",
    "during": "20:00 叫醒红包后 10 分钟内订单刷屏，1群接龙最活跃；3群开群晚，活跃度偏低，小号暖场不够。",
    "after": "收尾时统一发了售后说明和下期预告；解散前引导加福利官企业微信，约三成成员添加。",
}
_TEST = ABDraft("邀请文案", "强调限量 500 名", "强调多得 360ml", 1200, 138, 1180, 171,
                "同一批客户随机分两半私聊发送")


def _channel_names(store: Store, campaign_id: int) -> list[str]:
    """The campaign's own channels (its publicity matrix, in order) take the example
    channels' numbers one for one; a campaign without channels keeps the example names."""
    with store.session() as session:
        names = channel_names(session, campaign_id)
    return names or list(_CHANNELS)


def _copy_titles(store: Store, campaign_id: int) -> dict[str, str]:
    """Titles of the seeded library copies the examples stand for (this campaign's adapted
    copy first), so the rows read like the copies the operator can see in the library.
    The rows are not linked: example numbers must not reach the library's results."""
    keys = [key for key, *_ in _COPIES]
    c = Copy.__table__.c
    with store.session() as session:
        found = session.execute(select(c.seed_key, c.title).where(
            c.seed_key.in_(keys), c.deleted.is_(False),
            (c.campaign_id == campaign_id) | c.campaign_id.is_(None))
            .order_by(c.campaign_id.is_(None), c.id)).all()
    titles: dict[str, str] = {}
    for key, title in found:
        if title not in titles.values():
            titles.setdefault(key, title)
    return titles


def add_sample_numbers(store: Store, campaign_id: int) -> Change:
    """Record the example numbers, shifted to this campaign's dates, in one transaction.
    Rows and notes already recorded win over the examples."""
    dates = key_dates(get_campaign(store, campaign_id))
    launch, start = dates.launch_day, dates.warm_up_start
    daily = []
    for label, (members, share, orders) in _GROUPS.items():
        for offset, (count, sold) in enumerate(zip(members, orders), start=-1):
            day = launch + timedelta(days=offset)
            if dates.in_window(day):
                daily.append({"day": day, "group_label": label, "members": count,
                              "active": min(count, round(count * share * (1.3 if offset == 0 else 1))),
                              "orders": sold, "revenue": sold * 340})
    names = _channel_names(store, campaign_id)
    channels = [{"day": start + timedelta(days=i), "channel": names[n], "actions": a,
                 "participants": p}
                for n, per_day in enumerate(_CHANNELS.values()) if n < len(names)
                for i, (a, p) in enumerate(per_day)
                if a and dates.in_window(start + timedelta(days=i))]
    titles = _copy_titles(store, campaign_id)
    copies = [{"title": titles.get(key, title), "used_on": launch + timedelta(days=offset)
               if dates.in_window(launch + timedelta(days=offset)) else None,
               "participants": n} for key, title, offset, n in _COPIES]
    materials = [dict(zip(("name", "kind", "shares", "likes", "comments", "reads"), m))
                 for m in _MATERIALS]
    notes = [key for key in _NOTES if not get_text(store, campaign_id, key)]
    with store.edit(campaign_id) as edit:
        for kind, rows in (("daily", daily), ("channels", channels), ("copies", copies),
                           ("materials", materials)):
            write_records(edit.session, campaign_id, kind, rows, on_duplicate="recorded")
        for key in notes:
            write_text(edit.session, campaign_id, key, _NOTES[key])
        write_ab_test(edit.session, campaign_id, _TEST)
    return edit.change
