"""Building posters for tests: a poster document straight from a template, no store."""

from __future__ import annotations

from flashdesk.posters.formats import formats, palettes, templates
from flashdesk.posters.model import PosterDoc, instantiate

VALUES = {"product": "爽肤水 230ml 限定装", "campaign": "618", "list_price": "399",
          "deal_price": "299",
          "quota": "500", "launch_date": "6月18日", "launch_time": "20:00", "lifetime_days": "3",
          "staff": "", "gift": "380ml 正装", "gift_value": "450",
          "gift_line": "加赠 380ml 正装（价值 ¥450）", "coupon": "满300减30", "deposit": "",
          "balance": "", "deposit_line": "", "limit": "2", "limit_line": "每人限购 2 件",
          "new_member_gift": "旅行装小样 3 件"}


def make_doc(template: str = "phone_promo", fmt: str = "phone",
             payload: str = "https://example.com/live/abc") -> PosterDoc:
    t = templates()[template]
    elements = instantiate(t, formats()[fmt], palettes()[t.palette], payload)
    return PosterDoc(formats()[fmt], elements, dict(VALUES), t.palette)


def element(doc: PosterDoc, kind: str):
    return next(e for e in doc.elements if e.kind == kind)
