"""The poster document: elements with geometry in poster units (pixels of the format at its
dpi, origin at the trim's top-left; bleed lies at negative coordinates), a z order, a lock,
and kind-specific props. Stored as JSON in poster.document."""

from __future__ import annotations

import copy
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from flashdesk.posters.formats import Format, Palette, Template

TEXT_KINDS = ("headline", "subheadline", "benefits", "badge", "caption", "text")
KINDS = ("background", *TEXT_KINDS, "price", "qr", "image")
QUIET_ZONE = 4  # modules of light margin around a QR (ISO 18004)


@dataclass
class Element:
    kind: str
    x: float
    y: float
    w: float
    h: float
    z: int = 0
    locked: bool = False
    props: dict = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS

    def rect(self) -> tuple[float, float, float, float]:
        return self.x, self.y, self.w, self.h

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "x": self.x, "y": self.y, "w": self.w,
                "h": self.h, "z": self.z, "locked": self.locked, "props": self.props}

    @classmethod
    def from_json(cls, data: dict) -> Element:
        return cls(data["kind"], float(data["x"]), float(data["y"]), float(data["w"]),
                   float(data["h"]), int(data.get("z", 0)), bool(data.get("locked", False)),
                   dict(data.get("props", {})), str(data.get("id") or uuid.uuid4().hex[:8]))


@dataclass
class PosterDoc:
    """What is rendered and checked: the format, the elements, and the campaign values that
    fill linked texts (not stored in the document: they come from the campaign each time)."""

    format: Format
    elements: list[Element]
    values: dict[str, str] = field(default_factory=dict)
    palette: str = ""
    images: dict = field(default_factory=dict)  # asset id -> QImage, for image elements
    # The campaign's groups (QR payload -> group name) and live code, so the checker can tell
    # a single group's QR from the live code a poster should carry.
    group_qrs: dict = field(default_factory=dict)
    live_code: str = ""

    def ordered(self) -> list[Element]:
        return sorted(self.elements, key=lambda e: e.z)

    def element(self, element_id: str) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)

    def asset_ids(self) -> set[int]:
        keys = ("asset", "logo_asset")
        return {int(e.props[k]) for e in self.elements for k in keys if e.props.get(k)}

    def qr_elements(self) -> list[Element]:
        return [e for e in self.elements if e.kind == "qr"]

    def copy(self) -> PosterDoc:
        return PosterDoc(self.format, copy.deepcopy(self.elements), dict(self.values), self.palette,
                         dict(self.images), dict(self.group_qrs), self.live_code)


def dumps_elements(elements: list[Element]) -> str:
    return json.dumps({"elements": [e.to_json() for e in elements]}, ensure_ascii=False)


def loads_elements(text: str) -> list[Element]:
    data = json.loads(text or "{}")
    return [Element.from_json(item) for item in data.get("elements", [])]


_NAME = re.compile(r"\{(\w+)\}")


def _fill(template: str, values: dict[str, str]) -> str:
    """The template filled; a line naming a value the campaign does not have (no gift, no
    coupon, no deal price) is left out whole, never shown as "到手价 ¥" or "加赠 ".
    A name that is not a value at all stays as typed, so the operator sees the typo."""
    if any(name in values and not str(values[name]).strip() for name in _NAME.findall(template)):
        return ""

    class Missing(dict):
        def __missing__(self, key):
            return "{" + key + "}"

    return template.format_map(Missing(values))


def text_of(element: Element, values: dict[str, str], key: str = "") -> str:
    """An element's shown text: linked (`bind`) texts are filled from the campaign."""
    bind = element.props.get(f"{key}bind")
    if bind:
        return _fill(bind, values)
    return str(element.props.get(f"{key}text", ""))


def list_price_text(element: Element, values: dict[str, str]) -> str:
    """The struck-through list price, left out when it is linked and no higher than the deal
    price (a crossed-out equal price reads as a trick)."""
    if element.props.get("list_bind") and values.get("list_price") and values.get("deal_price"):
        try:
            if float(values["list_price"]) <= float(values["deal_price"]):
                return ""
        except ValueError:
            pass
    return text_of(element, values, "list_")


def _price(value: float) -> str:
    """"" for no price: a linked price line is then left out rather than showing ¥0."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if value > 0 else ""


OFFER_NAMES = ("gift", "gift_value", "gift_line", "coupon", "deposit", "balance", "deposit_line",
               "limit", "limit_line", "new_member_gift")


def campaign_values(campaign, staff: str = "", offer=None) -> dict[str, str]:
    """The fields a linked text may name: the campaign's, and its offer's (an Offer row or
    OfferDraft; empty without one)."""
    from flashdesk.campaigns.offer import offer_values

    launch: datetime = campaign.launch_at
    deal = offer_values(campaign, offer)
    return {"product": campaign.product, "campaign": campaign.name,
            "list_price": _price(campaign.list_price), "deal_price": _price(campaign.deal_price),
            "quota": str(campaign.quota), "launch_date": f"{launch.month}月{launch.day}日",
            "launch_time": f"{launch:%H:%M}", "lifetime_days": str(campaign.lifetime_days),
            "staff": staff, **{name: deal[name] for name in OFFER_NAMES}}


def instantiate(template: Template, fmt: Format, palette: Palette, payload: str) -> list[Element]:
    """Elements of a template laid out on a format, colours taken from the palette."""
    elements = []
    for z, spec in enumerate(template.elements):
        spec = dict(spec)
        kind = spec.pop("kind")
        x, y, w = spec.pop("x") * fmt.width, spec.pop("y") * fmt.height, spec.pop("w") * fmt.width
        h = w if kind == "qr" else spec.pop("h") * fmt.height
        if kind == "background":  # background reaches into the bleed
            x, y, w, h = -fmt.bleed, -fmt.bleed, fmt.full_width, fmt.full_height
        props = {}
        for key, value in spec.items():
            if key == "size":
                props["size"] = round(value * fmt.width, 1)
            elif key in ("color", "color2", "fill", "list_color", "fg", "bg") and isinstance(value, str):
                props[key] = palette.resolve(value)
            else:
                props[key] = value
        if kind == "background":
            props["fill"] = spec.get("fill", "solid")
        if kind == "qr":
            props.setdefault("payload", payload)
            props.setdefault("quiet", QUIET_ZONE)
        if kind in (*TEXT_KINDS, "price"):
            props.setdefault("align", "center")
        elements.append(Element(kind, round(x, 1), round(y, 1), round(w, 1), round(h, 1), z,
                                kind == "background", props))
    return elements


COLOR_KEYS = ("color", "color2", "fill", "list_color")


def recolor(elements: list[Element], old: Palette, new: Palette) -> list[Element]:
    """Copies of the elements with every colour that came from the old palette's roles taken
    from the new palette instead (colours the operator picked by hand stay). QR colours stay:
    their contrast is what makes them scan."""
    by_value = {value.lower(): role for role, value in old.colors.items()}
    result = copy.deepcopy(elements)
    for element in result:
        if element.kind == "qr":
            continue
        for key in COLOR_KEYS:
            value = element.props.get(key)
            role = by_value.get(str(value).lower()) if isinstance(value, str) else None
            if role and role in new.colors:
                element.props[key] = new.colors[role]
    return result
