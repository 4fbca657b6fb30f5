"""The values a copy's variables are filled with. {group_name}, {live_code} and {remaining}
come from the Group SOP, so the Group SOP (above the copy library) puts them together with
the campaign's fields and the values the operator set by hand in the library."""

from __future__ import annotations

from flashdesk.store import Store


def group_values(store: Store, campaign_id: int) -> dict[str, str]:
    """{group_name}, {live_code} and {remaining} as the Group SOP knows them now: the first
    open group of the rotation, the campaign's live-code link, quota minus sold. A value the
    groups area does not have (no open group, no link yet) is left out, so the copy shows
    the variable as empty rather than a made-up value."""
    from flashdesk.groups import service as groups
    from flashdesk.groups.tables import ChatGroup

    values = {"remaining": str(groups.quota(store, campaign_id).remaining)}
    current = next((g for g in groups.rows(store, ChatGroup, campaign_id) if g.state == "open"), None)
    if current is not None:
        values["group_name"] = current.name
    url = groups.live_code(store, campaign_id)
    if url:
        values["live_code"] = url
    return values


def values_for(store: Store, campaign_id: int) -> dict[str, str]:
    """Every variable's value for the campaign, ready to fill a copy. group_name, live_code
    and remaining come from the Group SOP unless the operator set them by hand."""
    from flashdesk.campaigns.service import get_campaign, get_offer
    from flashdesk.copies.service import variable_overrides
    from flashdesk.copies.variables import campaign_values

    campaign = get_campaign(store, campaign_id)
    return campaign_values(campaign, {**group_values(store, campaign_id),
                                      **variable_overrides(store, campaign_id)},
                           get_offer(store, campaign_id))
