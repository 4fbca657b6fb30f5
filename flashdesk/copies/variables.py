"""Variables in a copy body, such as {product} or {deal_price}, filled from the campaign.

A variable is a name in braces. An unknown name is an error that says where it stands
(line and column), so the editor can mark it and the command line can point at it. The offer's
variables ({gift}, {coupon} …) come from the campaign's offer and are empty where it has none,
which the copy lint reports. Values for group_name, live_code and remaining have no source on
the campaign itself: the Group SOP supplies them (flashdesk.groups.copy_values) and the
operator may set them by hand per campaign (CopyVariable), which wins. {nickname} is the
person a follow-up message is written to (flashdesk.customers.followups fills it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashdesk.errors import UserError
from flashdesk.i18n import translate

PATTERN = re.compile(r"\{([^{}\s]*)\}")

QT_TRANSLATE_NOOP = lambda context, text: text  # noqa: E731  (marks text for lupdate)

# name -> description (translated for the UI); order is the order the editor offers them
VARIABLES: dict[str, str] = {
    "product": QT_TRANSLATE_NOOP("CopyVariables", "product name"),
    "list_price": QT_TRANSLATE_NOOP("CopyVariables", "list price (yuan)"),
    "deal_price": QT_TRANSLATE_NOOP("CopyVariables", "deal price in the group (yuan)"),
    "saving": QT_TRANSLATE_NOOP("CopyVariables", "what the buyer saves: list price minus deal "
                                "price, plus the gift's value (empty when none)"),
    "gift": QT_TRANSLATE_NOOP("CopyVariables", "the gift buyers get on top (offer)"),
    "gift_value": QT_TRANSLATE_NOOP("CopyVariables", "the gift's value (yuan)"),
    "coupon": QT_TRANSLATE_NOOP("CopyVariables", "the coupon, e.g. 满300减50 or 立减20"),
    "deposit": QT_TRANSLATE_NOOP("CopyVariables", "the pre-sale deposit (yuan)"),
    "balance": QT_TRANSLATE_NOOP("CopyVariables", "when the balance is paid (pre-sale)"),
    "limit": QT_TRANSLATE_NOOP("CopyVariables", "pieces one buyer may take"),
    "new_member_gift": QT_TRANSLATE_NOOP("CopyVariables", "what a new member gets for joining"),
    "quota": QT_TRANSLATE_NOOP("CopyVariables", "number of slots"),
    "remaining": QT_TRANSLATE_NOOP("CopyVariables", "slots left (quota minus sold in Group SOP)"),
    "launch": QT_TRANSLATE_NOOP("CopyVariables", "launch date and time"),
    "deadline": QT_TRANSLATE_NOOP("CopyVariables", "the day the group closes"),
    "group_name": QT_TRANSLATE_NOOP("CopyVariables", "the open flash group's name"),
    "live_code": QT_TRANSLATE_NOOP("CopyVariables", "live code link for joining (Group SOP)"),
    "campaign": QT_TRANSLATE_NOOP("CopyVariables", "campaign name"),
    "nickname": QT_TRANSLATE_NOOP("CopyVariables", "the person's nickname (each follow-up "
                                  "message is filled for its person)"),
}
OPERATOR_SET = ("group_name", "live_code", "remaining")
# filled per person (the customers' follow-up messages), never from the campaign: elsewhere
# (the editor's preview, an exported copy) the placeholder stays as typed
PER_PERSON = ("nickname",)


def describe(name: str) -> str:
    return translate("CopyVariables", VARIABLES[name])


@dataclass(frozen=True)
class Placeholder:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class UnknownVariable:
    name: str
    start: int
    end: int
    line: int
    column: int

    def message(self) -> str:
        return translate("CopyVariables", "Unknown variable {{{name}}} at line {line}, column "
                         "{column}. Known: {known}.").format(
            name=self.name, line=self.line, column=self.column,
            known=", ".join("{" + n + "}" for n in VARIABLES))


class VariableError(UserError):
    def __init__(self, problem: UnknownVariable):
        super().__init__(problem.message())
        self.problem = problem


def placeholders(body: str) -> list[Placeholder]:
    return [Placeholder(m.group(1), m.start(), m.end()) for m in PATTERN.finditer(body)]


def unknown_variables(body: str) -> list[UnknownVariable]:
    found = []
    for p in placeholders(body):
        if p.name not in VARIABLES:
            line = body.count("\n", 0, p.start) + 1
            column = p.start - (body.rfind("\n", 0, p.start) + 1) + 1
            found.append(UnknownVariable(p.name, p.start, p.end, line, column))
    return found


def fill(body: str, values: dict[str, str], *, strict: bool = True) -> str:
    """The body with every variable replaced. strict: an unknown variable raises
    VariableError naming its place; otherwise it is left as typed (for a live preview)."""
    if strict:
        unknown = unknown_variables(body)
        if unknown:
            raise VariableError(unknown[0])
    return PATTERN.sub(lambda m: values.get(m.group(1), m.group(0)) if m.group(1) in VARIABLES
                       else m.group(0), body)


def _money(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def _when(moment) -> str:
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def campaign_values(campaign, overrides: dict[str, str] | None = None,
                    offer=None) -> dict[str, str]:
    """Every variable's value for a campaign and its offer (an Offer row or OfferDraft; the
    offer's variables are empty without one); operator-set values come from overrides."""
    from flashdesk.campaigns.offer import offer_values
    from flashdesk.campaigns.offer import saving as offer_saving
    from flashdesk.playbook import key_dates

    dates = key_dates(campaign)
    saving = offer_saving(campaign, offer)
    deal = offer_values(campaign, offer)
    close = dates.group_close
    values = {
        "product": campaign.product,
        "list_price": _money(campaign.list_price),
        "deal_price": _money(campaign.deal_price),
        "saving": _money(saving) if saving > 0 else "",
        **{name: deal[name] for name in ("gift", "gift_value", "coupon", "deposit", "balance",
                                         "limit", "new_member_gift")},
        "quota": str(campaign.quota),
        "remaining": "",
        "launch": _when(campaign.launch_at),
        "deadline": f"{close.month}月{close.day}日",
        "group_name": "",
        "live_code": "",
        "campaign": campaign.name,
    }
    for name, value in (overrides or {}).items():
        if name in values:
            values[name] = value
    return values
