"""Posters against the groups: a poster must carry the live code (群活码), which rotates
full or expired groups away, never one group's own QR, which stops admitting at 200 members
and dies after 7 days. Also flags a poster still carrying the posters' sample link once the
live code is set, and posters waiting for a live code (live_code_check.py). The Group SOP lists
these next to its own warnings; they live with the posters, which sit above the groups."""

from __future__ import annotations

from dataclasses import dataclass

from flashdesk.groups import service as groups
from flashdesk.groups.checks import GroupWarning
from flashdesk.i18n import translate
from flashdesk.store import Store


@dataclass(frozen=True)
class PosterQr:
    """One QR element of the newest version of a campaign's poster."""

    poster_id: int
    poster: str
    element_id: str
    payload: str


def poster_qrs(store: Store, campaign_id: int) -> list[PosterQr]:
    from flashdesk.posters.service import list_posters

    return [PosterQr(poster.id, poster.name, element.id, str(element.props.get("payload", "")))
            for poster in list_posters(store, campaign_id)
            for element in poster.elements if element.kind == "qr"]


def group_warnings_from_posters(store: Store, campaign_id: int) -> list[GroupWarning]:
    """The posters' Group SOP warnings: poster QRs that are not the live code, and posters
    waiting for one (kind "no_live_code")."""
    from flashdesk.posters.live_code_check import live_code_message

    found = poster_warnings(store, campaign_id, groups.rows(store, groups.ChatGroup, campaign_id),
                            groups.live_code(store, campaign_id))
    if message := live_code_message(store, campaign_id):
        found.append(GroupWarning("no_live_code", None, message))
    return found


def poster_warnings(store: Store, campaign_id: int, groups: list, live_code: str) -> list:
    """GroupWarning (kind "poster_group_qr" or "poster_sample_qr") for each poster QR that
    is a single group's code or the sample link; `groups` are the campaign's groups."""
    from flashdesk.posters.qr import SAMPLE_PAYLOAD, is_wechat_group_code, qr_key

    by_payload = {qr_key(g.qr_payload): g for g in groups if g.qr_payload.strip()}
    live = qr_key(live_code)
    if live:
        fix = translate("GroupChecks", "Put the live code ({url}) on the poster instead.").format(url=live_code)
    else:
        fix = translate("GroupChecks", "Set the campaign's live code, then put it on the poster.")

    def warning(kind: str, group_id: int | None, problem: str):
        # one sentence after the other: a space in English, none in Chinese
        joined = translate("GroupChecks", "{problem} {fix}").format(problem=problem, fix=fix)
        return GroupWarning(kind, group_id, joined)

    found = []
    for qr in poster_qrs(store, campaign_id):
        payload = qr_key(qr.payload)
        if not payload or payload == live:
            continue
        group = by_payload.get(payload)
        if group is not None:
            found.append(warning("poster_group_qr", group.id, translate("GroupChecks",
                "Poster “{poster}” carries the QR of {group} instead of the live code: it stops "
                "admitting at {capacity} members and expires on {at}.").format(
                    poster=qr.poster, group=group.name, capacity=group.capacity,
                    at=f"{group.expires_at:%m-%d %H:%M}")))
        elif is_wechat_group_code(payload):
            found.append(warning("poster_group_qr", None, translate("GroupChecks",
                "Poster “{poster}” carries a single WeChat group's QR (none of this campaign's "
                "groups) instead of the live code.").format(poster=qr.poster)))
        elif live and payload == qr_key(SAMPLE_PAYLOAD):
            found.append(warning("poster_sample_qr", None, translate("GroupChecks",
                "Poster “{poster}” still carries the sample link {payload}, not the live code.")
                .format(poster=qr.poster, payload=qr.payload)))
    return found
