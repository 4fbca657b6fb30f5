"""The Group SOP's side of the poster ↔ live-code link: while no live code is set, the posters
whose QR follows it carry a sample link, and the groups page says so next to the live-code
field (the poster checker says the same on each poster)."""

from __future__ import annotations

from flashdesk.i18n import translate
from flashdesk.store import Store


def live_code_message(store: Store, campaign_id: int) -> str:
    """'' when a live code is set or no poster follows it; else what waits for it and why."""
    from flashdesk.groups.service import live_code
    from flashdesk.posters.live_code import PLACEHOLDER, waiting
    from flashdesk.posters.service import list_posters

    if live_code(store, campaign_id).strip():
        return ""
    names = [p.name for p in list_posters(store, campaign_id) if waiting(p.elements)]
    if not names:
        return ""
    return translate("GroupChecks", "No live code (群活码) is set yet: the QR on {posters} follows it "
                     "and carries the sample link {url} until you paste the live code link above.") \
        .format(posters="、".join(f"“{name}”" for name in names), url=PLACEHOLDER)
