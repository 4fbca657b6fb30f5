"""The poster checker: the ten poster pitfalls of the playbook as rules, plus a decode of the
QR as rendered and as a phone receives it after sharing. Each finding names its element, why
it matters and how to fix it. Runs on the same render as the export (render.paint)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from flashdesk.i18n import translate
from flashdesk.posters import live_code
from flashdesk.posters.formats import Format, PosterError, palettes
from flashdesk.posters.model import QUIET_ZONE, Element, PosterDoc, list_price_text, text_of
from flashdesk.posters.qr import SAMPLE_PAYLOAD, decode, degraded, is_wechat_group_code, level_for, qr_key, qr_symbol

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}
MAX_ELEMENTS = 9  # besides the background
TEXT_LIMIT = {"phone": 120, "a5": 180, "a4": 260}  # characters on the whole poster
MIN_MODULE_PX = 6  # phone poster, before sharing halves it
MIN_MODULE_MM = 0.5
MAX_LOGO_AREA = 0.15
PRINT_PPI_WARN, PRINT_PPI_ERROR = 300, 150
BALANCE_LIMIT = 0.12  # centre of visual weight this far (fraction of the side) off centre


@dataclass(frozen=True)
class Finding:
    severity: str
    rule: str  # format, focus, palette, contrast, text, claims, price, qr, image, balance, layout
    element_id: str | None
    why: str
    fix: str

    def line(self) -> str:
        return f"[{self.severity}] {self.rule}: {self.why} → {self.fix}"


# ---- measuring -------------------------------------------------------------------------

def luminance(qcolor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(qcolor.redF()) + 0.7152 * channel(qcolor.greenF()) \
        + 0.0722 * channel(qcolor.blueF())


def contrast_ratio(l1: float, l2: float) -> float:
    high, low = max(l1, l2), min(l1, l2)
    return (high + 0.05) / (low + 0.05)


def pixel_luminances(image):
    """Relative luminance of every pixel of a QImage, as a numpy array."""
    import numpy as np
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    array = np.frombuffer(rgb.constBits(), np.uint8, rgb.bytesPerLine() * rgb.height())
    array = array.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    values = array.reshape(rgb.height(), rgb.width(), 3) / 255.0
    linear = np.where(values <= 0.03928, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def text_blocks(element: Element, doc: PosterDoc) -> list[tuple[str, object, object, str]]:
    """(text, font, rect, colour) of each run of text an element draws."""
    from PySide6.QtCore import QRectF

    from flashdesk.posters.render import price_parts, rectf, text_font

    if element.is_text:
        return [(text_of(element, doc.values), text_font(element), rectf(element),
                 element.props.get("color", "#000000"))]
    if element.kind == "price":
        list_h, deal_h = price_parts(element)
        top = element.y + max(0.0, (element.h - list_h - deal_h) / 2)
        size = float(element.props.get("size", 100))
        return [(list_price_text(element, doc.values), text_font(element, size * 0.42),
                 QRectF(element.x, top, element.w, list_h), element.props.get("list_color", "#888888")),
                (text_of(element, doc.values, "deal_"), text_font(element),
                 QRectF(element.x, top + list_h, element.w, deal_h), element.props.get("color", "#000000"))]
    return []


def measured(text: str, font, rect, element: Element):
    from PySide6.QtGui import QFontMetricsF

    from flashdesk.posters.render import align_flags

    return QFontMetricsF(font).boundingRect(rect, int(align_flags(element).value), text)


def is_large_text(font, fmt: Format) -> bool:
    """WCAG "large": 18 pt, or 14 pt bold, on a 360-CSS-pixel-wide phone screen / page."""
    css = font.pixelSize() * 360 / fmt.width
    wght = font.Tag("wght")
    bold = font.isVariableAxisSet(wght) and font.variableAxisValue(wght) >= 700
    return css >= 24 or bold and css >= 18.66


# ---- the check -------------------------------------------------------------------------

@dataclass
class Rendered:
    """One render of the poster, and the pixels under each text just before it was drawn."""

    image: object
    under: dict[str, object]
    scale: float


def render_for_check(doc: PosterDoc, scale: float) -> Rendered:
    from flashdesk.posters.render import render_image

    under: dict[str, object] = {}

    def grab(element: Element, image) -> None:
        if element.is_text or element.kind == "price":
            x, y = round(element.x * scale), round(element.y * scale)
            w, h = max(1, round(element.w * scale)), max(1, round(element.h * scale))
            under[element.id] = image.copy(x, y, w, h)

    return Rendered(render_image(doc, scale, before=grab), under, scale)


def check(doc: PosterDoc, *, decode_qr: bool = True) -> list[Finding]:
    """Every finding for the poster, errors first. Print posters are checked at 150 dpi."""
    scale = 150 / doc.format.dpi if doc.format.is_print else 1.0
    try:
        rendered = render_for_check(doc, scale)
    except PosterError as exc:  # e.g. an empty or too long QR payload: nothing else renders
        qr_id = doc.qr_elements()[0].id if doc.qr_elements() else None
        fix = translate("PosterChecks", "Fix the QR payload in the properties.")
        return [Finding(ERROR, "qr", qr_id, str(exc), fix)]
    findings: list[Finding] = []
    findings += check_format(doc)
    findings += check_focus(doc)
    findings += check_palette(doc)
    findings += check_contrast(doc, rendered)
    findings += check_text_amount(doc)
    findings += check_claims(doc)
    findings += check_price(doc)
    for element in doc.qr_elements():
        findings += check_qr(doc, element, rendered.image if decode_qr else None, scale)
    findings += live_code.findings(doc)
    findings += check_images(doc)
    findings += check_balance(doc)
    findings += check_layout(doc)
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def check_format(doc: PosterDoc) -> list[Finding]:
    fmt, findings = doc.format, []
    if not fmt.is_print:
        if fmt.width * 16 != fmt.height * 9:
            why = translate("PosterChecks", "The phone poster is {w}×{h}, not 9:16; it will be "
                            "cropped or shown with bars in chats and Moments.")
            fix = translate("PosterChecks", "Use the phone format (1080×1920).")
            findings.append(Finding(ERROR, "format", None, why.format(w=fmt.width, h=fmt.height), fix))
        return findings
    if fmt.dpi < 300:
        why = translate("PosterChecks", "The print poster is set up at {dpi} dpi; print shops need 300.")
        fix = translate("PosterChecks", "Use the A4 or A5 format (300 dpi).")
        findings.append(Finding(ERROR, "format", None, why.format(dpi=fmt.dpi), fix))
    if fmt.mm(fmt.bleed) < 2.9:
        why = translate("PosterChecks", "The print poster has {mm:.1f} mm bleed; trimming leaves "
                        "white edges without 3 mm.")
        fix = translate("PosterChecks", "Use the A4 or A5 format, which add 3 mm bleed.")
        findings.append(Finding(ERROR, "format", None, why.format(mm=fmt.mm(fmt.bleed)), fix))
    return findings


def _text_area(element: Element, doc: PosterDoc) -> float:
    """How much room an element's text takes: its measured block, clipped to the box."""
    area = 0.0
    for text, font, rect, _ in text_blocks(element, doc):
        if text.strip():
            box = measured(text, font, rect, element)
            area += min(box.width(), rect.width()) * min(box.height(), rect.height())
    return area


def _prominence(element: Element, doc: PosterDoc) -> float:
    """How loud an element's largest text reads: glyph size, heavier weights louder. Size, not
    area: a short headline (粽子) in big type still catches the eye before a paragraph. The
    price is the offer itself and may outsize the headline up to twice."""
    weight = (float(element.props.get("weight", 400)) / 400) ** 0.5
    sizes = [font.pixelSize() for text, font, _rect, _c in text_blocks(element, doc) if text.strip()]
    loudness = max(sizes, default=0) * weight
    return loudness / 2 if element.kind == "price" else loudness


def check_focus(doc: PosterDoc) -> list[Finding]:
    findings = []
    parts = [e for e in doc.elements if e.kind != "background"]
    if len(parts) > MAX_ELEMENTS:
        why = translate("PosterChecks", "{n} elements compete for attention; a poster seen for two "
                        "seconds needs one focus.")
        fix = translate("PosterChecks", "Keep at most {max}: merge or delete the weakest ones.")
        findings.append(Finding(WARNING, "focus", None, why.format(n=len(parts)),
                                fix.format(max=MAX_ELEMENTS)))
    texts = [e for e in parts if e.is_text or e.kind == "price"]
    headlines = [e for e in texts if e.kind == "headline"]
    if not headlines:
        if texts:
            why = translate("PosterChecks", "The poster has no headline, so nothing tells the hook first.")
            fix = translate("PosterChecks", "Add a headline with the strongest hook.")
            findings.append(Finding(WARNING, "focus", None, why, fix))
        return findings
    headline = max(headlines, key=lambda e: _prominence(e, doc))
    top = max(texts, key=lambda e: _prominence(e, doc))
    if top.id != headline.id and _prominence(top, doc) > _prominence(headline, doc) * 1.1:
        why = translate("PosterChecks", "Another text is more prominent than the headline; the eye "
                        "lands there first.")
        fix = translate("PosterChecks", "Make the headline larger or bolder, or this text smaller.")
        findings.append(Finding(WARNING, "focus", top.id, why, fix))
    return findings


def check_palette(doc: PosterDoc) -> list[Finding]:
    palette = palettes().get(doc.palette)
    if palette is None:
        return []
    why = translate("PosterChecks", "Palette “{name}” suits: {suits}.")
    fix = translate("PosterChecks", "Check it fits the campaign's season and theme; pick another "
                    "template if not.")
    return [Finding(INFO, "palette", None, why.format(name=palette.name, suits=palette.suits), fix)]


def check_contrast(doc: PosterDoc, rendered: Rendered) -> list[Finding]:
    """Each text colour against the pixels actually under the text (before it was drawn);
    the 10th-percentile worst pixel counts, so a busy or half-dark background is caught."""
    import numpy as np

    from flashdesk.posters.render import color

    findings = []
    for element in doc.ordered():
        under = rendered.under.get(element.id)
        if under is None:
            continue
        if element.kind == "badge":  # its text sits on its own fill
            lum = np.array([[luminance(color(element.props.get("fill"), "#FFD54F"))]])
        else:
            lum = pixel_luminances(under.scaled(min(64, under.width()), min(64, under.height())))
        worst = None
        for text, font, _rect, text_color in text_blocks(element, doc):
            if not text.strip():
                continue
            lt = luminance(color(text_color))
            ratios = (np.maximum(lum, lt) + 0.05) / (np.minimum(lum, lt) + 0.05)
            ratio = float(np.percentile(ratios, 10))
            if ratio < 3 or (ratio < 4.5 and not is_large_text(font, doc.format)):
                worst = ratio if worst is None else min(worst, ratio)
        if worst is None:
            continue
        why = translate("PosterChecks", "Text contrast against what is behind it is {ratio:.1f}:1 "
                        "(needs 3:1 for large text, 4.5:1 for body text).")
        fix = translate("PosterChecks", "Darken or lighten the text colour, or put a calmer, "
                        "stronger background behind it.")
        findings.append(Finding(ERROR if worst < 3 else WARNING, "contrast", element.id,
                                why.format(ratio=worst), fix))
    return findings


def text_amount_severity(chars: int, limit: int) -> str | None:
    """Over the limit a warning; at twice the limit a wall of text nobody reads: an error."""
    if chars <= limit:
        return None
    return ERROR if chars >= 2 * limit else WARNING


def check_text_amount(doc: PosterDoc) -> list[Finding]:
    chars = sum(len("".join(block[0].split())) for e in doc.elements for block in text_blocks(e, doc))
    limit = TEXT_LIMIT.get(doc.format.key, 260 if doc.format.is_print else 120)
    severity = text_amount_severity(chars, limit)
    if severity is None:
        return []
    why = translate("PosterChecks", "{n} characters of text; a {format} poster carries about "
                    "{limit} before nobody reads it.")
    fix = translate("PosterChecks", "Keep only the strongest hook, the price and the call to scan.")
    return [Finding(severity, "text", None, why.format(n=chars, format=doc.format.name, limit=limit), fix)]


def check_claims(doc: PosterDoc) -> list[Finding]:
    """Extreme words and exaggerated claims: the copy library's lint, on what each text
    shows. Advertising-law extreme words (最/第一/国家级…) are errors, other hits warnings."""
    from flashdesk.copies.lint import lint

    findings = []
    for element in doc.ordered():
        for text, _font, _rect, _color in text_blocks(element, doc):
            for hit in lint(text):
                if hit.rule not in ("extreme_word", "promise"):
                    continue  # punctuation and channel length rules are about copy, not posters
                why = translate("PosterChecks", "“{words}”: {reason}").format(
                    words=hit.text_in(text), reason=hit.reason)
                fix = translate("PosterChecks", "Say instead: {safer}").format(safer=hit.safer) \
                    if hit.safer else translate("PosterChecks", "Remove the claim or back it with proof.")
                severity = ERROR if hit.rule == "extreme_word" else WARNING
                findings.append(Finding(severity, "claims", element.id, why, fix))
    return findings


def check_price(doc: PosterDoc) -> list[Finding]:
    """A price linked to a campaign without a deal price is left out of the poster (it would
    read 到手价 ¥0); say so, since the poster then sells without a price."""
    if "deal_price" not in doc.values or doc.values["deal_price"].strip():
        return []
    why = translate("PosterChecks", "The campaign has no deal price yet, so the linked price is "
                    "left out of the poster.")
    fix = translate("PosterChecks", "Set the list and deal price in the campaign (Overview → "
                    "Edit details…).")
    return [Finding(WARNING, "price", e.id, why, fix) for e in doc.elements
            if e.kind == "price" and e.props.get("deal_bind") and not text_of(e, doc.values, "deal_")]


def _touches(a: Element, b: Element, gap: float) -> bool:
    return not (b.x >= a.x + a.w + gap or b.x + b.w <= a.x - gap
                or b.y >= a.y + a.h + gap or b.y + b.h <= a.y - gap)


def check_qr(doc: PosterDoc, element: Element, image, scale: float) -> list[Finding]:
    """The QR rules, then (given the check render) both decodes."""
    from flashdesk.posters.render import color, qr_geometry

    fmt, props = doc.format, element.props
    payload = str(props.get("payload", ""))
    symbol = qr_symbol(payload, level_for(props))
    quiet = int(props.get("quiet", QUIET_ZONE))
    _left, _top, module = qr_geometry(element, symbol.size)
    findings = []

    def add(severity: str, why: str, fix: str) -> None:
        findings.append(Finding(severity, "qr", element.id, why, fix))

    bigger = translate("PosterChecks", "Make the QR larger or the link shorter.")
    others = [e for e in doc.elements if e.id != element.id and e.kind != "background"]
    if any(_touches(element, other, module) for other in others):
        add(ERROR, translate("PosterChecks", "Another element overlaps or touches the QR code; "
                             "covered or crowded codes fail to scan."),
            translate("PosterChecks", "Move it away so the QR keeps its own clear area."))
    if quiet < QUIET_ZONE:
        why = translate("PosterChecks", "The quiet zone is {n} modules; scanners need {min} light "
                        "modules around the code.")
        fix = translate("PosterChecks", "Set the quiet zone back to {min}.")
        add(ERROR, why.format(n=quiet, min=QUIET_ZONE), fix.format(min=QUIET_ZONE))
    if fmt.is_print:
        if fmt.mm(module) < MIN_MODULE_MM:
            why = translate("PosterChecks", "One module is {mm:.2f} mm; below 0.5 mm print blurs it.")
            add(ERROR, why.format(mm=fmt.mm(module)), bigger)
        side_mm = fmt.mm(module * symbol.size)
        if fmt.min_qr_mm and side_mm < fmt.min_qr_mm:
            why = translate("PosterChecks", "The code is {mm:.0f} mm wide; on {format} people scan "
                            "from a distance and need at least {min:.0f} mm.")
            add(ERROR, why.format(mm=side_mm, format=fmt.name, min=fmt.min_qr_mm),
                translate("PosterChecks", "Enlarge the QR element."))
    elif module < MIN_MODULE_PX - 0.05:
        why = translate("PosterChecks", "One module is {px:.1f} px; below {min} px the code breaks "
                        "up once the poster is shared and compressed.")
        add(ERROR, why.format(px=module, min=MIN_MODULE_PX), bigger)
    fg, bg = color(props.get("fg"), "#000000"), color(props.get("bg"), "#FFFFFF")
    if luminance(fg) > luminance(bg):
        add(WARNING, translate("PosterChecks", "The code is inverted (light modules on a dark "
                               "ground); many scanners do not read it."),
            translate("PosterChecks", "Use dark modules on a light ground."))
    ratio = contrast_ratio(luminance(fg), luminance(bg))
    if ratio < 3:
        why = translate("PosterChecks", "The modules contrast {ratio:.1f}:1 with their ground; below "
                        "3:1 scanners miss them.")
        add(ERROR, why.format(ratio=ratio), translate("PosterChecks", "Use near-black modules on white."))
    side = float(props.get("logo_side", 0.22))
    if props.get("logo_asset") and side * side > MAX_LOGO_AREA:
        why = translate("PosterChecks", "The logo covers {pct:.0f} % of the code; error correction H "
                        "repairs at most about 15 %.")
        add(ERROR, why.format(pct=side * side * 100), translate("PosterChecks", "Make the logo smaller."))
    live_fix = (translate("PosterChecks", "Put the campaign's live code ({url}) here instead.")
                .format(url=doc.live_code) if doc.live_code else
                translate("PosterChecks", "Use a live code (群活码) that rotates groups automatically."))
    group = doc.group_qrs.get(qr_key(payload))
    if group:
        add(WARNING, translate("PosterChecks", "This is the QR of {group}, one of the campaign's "
                               "groups: it expires after 7 days and stops admitting at 200 members.")
            .format(group=group), live_fix)
    elif is_wechat_group_code(payload):
        add(WARNING, translate("PosterChecks", "This is a single WeChat group's QR: it expires after "
                               "7 days and stops admitting at 200 members."), live_fix)
    elif doc.live_code and qr_key(payload) == qr_key(SAMPLE_PAYLOAD):
        add(WARNING, translate("PosterChecks", "The QR still holds the sample link, not the "
                               "campaign's live code."), live_fix)
    if image is not None:
        # as rendered: the code with its surroundings (other content cannot help it decode)
        pad = element.w * 0.15
        box = [round(v * scale) for v in (element.x - pad, element.y - pad,
                                          element.w + 2 * pad, element.h + 2 * pad)]
        if payload not in decode(image.copy(*box)):
            add(ERROR, translate("PosterChecks", "The rendered poster does not decode to the entered "
                                 "payload."),
                translate("PosterChecks", "Enlarge the QR, raise its contrast, and clear what covers it."))
        elif payload not in decode(degraded(image)):
            add(ERROR, translate("PosterChecks", "After sharing (downscaled to 540 px wide, JPEG "
                                 "quality 60) the code no longer decodes."),
                translate("PosterChecks", "Enlarge the QR or shorten the link."))
    return findings


def effective_ppi(element: Element, image, fmt: Format) -> float:
    """Image pixels per inch of the printed element (a background covers: larger scale)."""
    sx, sy = element.w / image.width(), element.h / image.height()
    scale = max(sx, sy) if element.kind == "background" else min(sx, sy)
    return fmt.dpi / scale if scale else math.inf


def check_images(doc: PosterDoc) -> list[Finding]:
    fmt, findings = doc.format, []
    smaller = translate("PosterChecks", "Use a larger original or make the image smaller.")
    for element in doc.elements:
        shows_image = element.kind == "image" or element.props.get("fill") == "image"
        asset = element.props.get("asset") if shows_image else None
        if not asset:
            continue
        image = doc.images.get(int(asset))
        if image is None or image.isNull():
            findings.append(Finding(ERROR, "image", element.id,
                                    translate("PosterChecks", "The image is missing from the store."),
                                    translate("PosterChecks", "Import the image again.")))
            continue
        if fmt.is_print:
            ppi = effective_ppi(element, image, fmt)
            if ppi < PRINT_PPI_WARN:
                why = translate("PosterChecks", "The image prints at {ppi:.0f} ppi; below 300 it "
                                "looks soft, below 150 blurry.")
                severity = ERROR if ppi < PRINT_PPI_ERROR else WARNING
                findings.append(Finding(severity, "image", element.id, why.format(ppi=ppi), smaller))
        elif effective_ppi(element, image, Format("", "", 1, 1, 1)) < 1:  # shown above 1:1
            why = translate("PosterChecks", "The image is shown larger than its pixels; it is "
                            "upscaled and looks blurry.")
            findings.append(Finding(WARNING, "image", element.id, why, smaller))
    return findings


def check_balance(doc: PosterDoc) -> list[Finding]:
    """Centre of visual weight (element areas; text by its measured block) against the
    centre of the page. Informational: some layouts are meant to lean."""
    total = cx = cy = 0.0
    for element in doc.elements:
        if element.kind == "background":
            continue
        is_text = element.is_text or element.kind == "price"
        weight = _text_area(element, doc) if is_text else element.w * element.h
        total += weight
        cx += weight * (element.x + element.w / 2)
        cy += weight * (element.y + element.h / 2)
    if not total:
        return []
    dx = cx / total / doc.format.width - 0.5
    dy = cy / total / doc.format.height - 0.5
    findings = []
    if abs(dx) > BALANCE_LIMIT:
        side = translate("PosterChecks", "left") if dx < 0 else translate("PosterChecks", "right")
        why = translate("PosterChecks", "The visual weight leans to the {side} ({pct:.0f} % off centre).")
        fix = translate("PosterChecks", "Balance it with an element on the other side, or centre "
                        "the layout.")
        findings.append(Finding(INFO, "balance", None, why.format(side=side, pct=abs(dx) * 100), fix))
    if abs(dy) > BALANCE_LIMIT * 1.5:
        side = translate("PosterChecks", "top") if dy < 0 else translate("PosterChecks", "bottom")
        why = translate("PosterChecks", "The visual weight sits in the {side} part ({pct:.0f} % off "
                        "centre).")
        fix = translate("PosterChecks", "Spread the content over the page.")
        findings.append(Finding(INFO, "balance", None, why.format(side=side, pct=abs(dy) * 100), fix))
    return findings


def _text_problem(element: Element, doc: PosterDoc) -> Finding | None:
    """Overflow or missing glyphs of one element's texts (the first one found)."""
    from PySide6.QtGui import QFontMetricsF

    for text, font, rect, _ in text_blocks(element, doc):
        if not text.strip():
            continue
        box = measured(text, font, rect, element)
        if box.height() > rect.height() + 1 or box.width() > rect.width() + 1:
            return Finding(ERROR, "layout", element.id,
                           translate("PosterChecks", "The text does not fit its box and is cut off."),
                           translate("PosterChecks", "Shorten it, make the font smaller or the box larger."))
        metrics = QFontMetricsF(font)
        missing = sorted({c for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))})
        if missing:
            why = translate("PosterChecks", "The font has no glyph for: {chars}; they would print as "
                            "boxes or in another font.")
            return Finding(ERROR, "layout", element.id, why.format(chars=" ".join(missing)),
                           translate("PosterChecks", "Replace those characters."))
    return None


def check_layout(doc: PosterDoc) -> list[Finding]:
    """Overflowing text, glyphs the font lacks, elements outside the safe area or the page."""
    fmt, findings = doc.format, []
    for element in doc.elements:
        if element.kind == "background":
            continue
        problem = _text_problem(element, doc)
        if problem is not None:
            findings.append(problem)
        outside = element.x < -0.5 or element.y < -0.5 or element.x + element.w > fmt.width + 0.5 \
            or element.y + element.h > fmt.height + 0.5
        unsafe = element.x < fmt.safe or element.y < fmt.safe \
            or element.x + element.w > fmt.width - fmt.safe \
            or element.y + element.h > fmt.height - fmt.safe
        if outside and element.kind != "image":  # images may run into the bleed
            findings.append(Finding(ERROR, "layout", element.id,
                                    translate("PosterChecks", "The element reaches outside the page "
                                              "and will be cut."),
                                    translate("PosterChecks", "Move it inside the page.")))
        elif fmt.safe and not outside and unsafe:
            findings.append(Finding(WARNING, "layout", element.id,
                                    translate("PosterChecks", "The element is outside the safe area; "
                                              "trimming or phone screen corners may cut it."),
                                    translate("PosterChecks", "Move it inside the dashed safe-area line.")))
    return findings
