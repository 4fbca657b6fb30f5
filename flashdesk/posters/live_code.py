"""A poster's QR follows the campaign's live code (群活码, kept by the Group SOP) the way its
texts follow the campaign's fields: a linked QR element carries no payload of its own — the
payload is filled in each time the poster is loaded, so changing the live code in the Group SOP
changes every linked poster. Typing a payload by hand unlinks the element (the operator meant
that link). Until a live code is set, a linked QR shows the sample link and says so."""

from __future__ import annotations

from sqlmodel import Session

from flashdesk.groups.service import live_code_in
from flashdesk.i18n import translate

LINK_KEY = "payload_bind"  # QR element prop; its only value so far is LIVE_CODE
LIVE_CODE = "live_code"
# What a linked QR carries while the campaign has no live code (same as the playbook's sample).
PLACEHOLDER = "https://example.com/live-code"


def is_linked(element) -> bool:
    return element.kind == "qr" and element.props.get(LINK_KEY) == LIVE_CODE


def link(elements) -> None:
    """Link every QR element of a new poster to the live code."""
    for element in elements:
        if element.kind == "qr":
            element.props[LINK_KEY] = LIVE_CODE


def campaign_live_code(session: Session, campaign_id: int) -> str:
    return live_code_in(session, campaign_id)


def fill(elements, live_code: str) -> None:
    """Put the live code (or the placeholder, while none is set) on the linked QR elements."""
    for element in elements:
        if is_linked(element):
            element.props["payload"] = live_code or PLACEHOLDER


def waiting(elements) -> list:
    """Linked QR elements still carrying the placeholder: the campaign has no live code yet."""
    return [e for e in elements if is_linked(e) and e.props.get("payload") == PLACEHOLDER]


def findings(doc) -> list:
    """Checker findings the live-code link adds: a linked QR while no live code is set."""
    from flashdesk.posters.checks import WARNING, Finding

    return [Finding(WARNING, "qr", element.id,
                    translate("PosterLiveCode", "The QR follows the campaign's live code, but no "
                              "live code is set yet: it carries the sample link {url}, which "
                              "leads nowhere.").format(url=PLACEHOLDER),
                    translate("PosterLiveCode", "Paste the live code (群活码) link in the Group SOP "
                              "tab (Groups & live code); this poster follows it."))
            for element in waiting(doc.elements)]
