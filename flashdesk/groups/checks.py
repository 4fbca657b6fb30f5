"""Warnings about the groups behind the live code: a group nearly full (open the next one),
a QR code about to expire or expired, no open group for launch, a group missing its QR. Each
warning names the group and what to do. The posters add theirs (a poster carrying a single
group's QR instead of the live code: flashdesk/posters/group_check.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flashdesk.campaigns.service import Campaign
from flashdesk.groups.service import rows
from flashdesk.groups.tables import ChatGroup
from flashdesk.i18n import translate
from flashdesk.playbook import Playbook, default_playbook
from flashdesk.store import Store

EXPIRY_NOTICE = timedelta(hours=24)


@dataclass(frozen=True)
class GroupWarning:
    kind: str  # near_full, expiring, expired, no_open_group, no_qr, no_live_code,
              # poster_group_qr, poster_sample_qr
    group_id: int | None
    message: str



def group_warnings(store: Store, campaign_id: int, now: datetime | None = None,
                   playbook: Playbook | None = None) -> list[GroupWarning]:
    now = now or datetime.now()
    near_full = (playbook or default_playbook()).section("groups")["near_full"]
    with store.session() as session:
        launch_at = session.get(Campaign, campaign_id).launch_at
    groups: list[ChatGroup] = rows(store, ChatGroup, campaign_id)
    found: list[GroupWarning] = []
    for group in groups:
        if group.state == "closed":
            continue
        share = group.members / group.capacity if group.capacity else 1
        if group.state == "open" and share >= near_full:
            found.append(GroupWarning("near_full", group.id, translate("GroupChecks",
                "{name} is {share:.0%} full ({members}/{capacity}): open the next group and "
                "point the live code at it.").format(name=group.name, share=share,
                                                     members=group.members, capacity=group.capacity)))
        if group.expires_at <= now:
            found.append(GroupWarning("expired", group.id, translate("GroupChecks",
                "The QR code of {name} expired on {at}: make a new one and update the live code.")
                .format(name=group.name, at=f"{group.expires_at:%m-%d %H:%M}")))
        elif group.expires_at - now <= EXPIRY_NOTICE:
            hours = max(int((group.expires_at - now).total_seconds() // 3600), 0)
            found.append(GroupWarning("expiring", group.id, translate("GroupChecks",
                "The QR code of {name} expires in {hours} h ({at}): renew it before it stops "
                "admitting scans.").format(name=group.name, hours=hours,
                                           at=f"{group.expires_at:%m-%d %H:%M}")))
        if not group.qr_payload:
            found.append(GroupWarning("no_qr", group.id, translate("GroupChecks",
                "{name} has no QR payload yet: type it or read it from a screenshot of the group QR.")
                .format(name=group.name)))
    if not any(g.state == "open" and g.created_on <= launch_at < g.expires_at for g in groups):
        found.append(GroupWarning("no_open_group", None, translate("GroupChecks",
            "No group is open with a valid QR code at launch ({at}): add or reopen a group.")
            .format(at=f"{launch_at:%m-%d %H:%M}")))
    return found
