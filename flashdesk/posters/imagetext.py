"""The text rules on a flat poster image (one a designer sent, not made in FlashDesk): the
lines read by OCR go through the same copy lint and text-amount rule as the app's own
posters, and each line's contrast is measured against the pixels around its strokes."""

from __future__ import annotations

from flashdesk.i18n import translate
from flashdesk.posters.checks import (
    ERROR,
    TEXT_LIMIT,
    WARNING,
    Finding,
    text_amount_severity,
)
from flashdesk.posters.ocr import TextBox

LINE_PER_GLYPH = 1.25  # an OCR line box is about this much taller than the type size
LARGE_CSS_PX = 24  # WCAG "large" on a 360-CSS-pixel-wide screen, as checks.is_large_text


def text_findings(image, format_key: str, boxes: list[TextBox]) -> list[Finding]:
    findings = _claims(boxes) + _amount(boxes, format_key)
    for box in boxes:
        finding = _contrast(box, image)
        if finding is not None:
            findings.append(finding)
    return findings


def _claims(boxes: list[TextBox]) -> list[Finding]:
    from flashdesk.copies.lint import lint

    findings = []
    for box in boxes:
        for hit in lint(box.text):
            if hit.rule not in ("extreme_word", "promise"):
                continue
            why = translate("PosterChecks", "“{words}”: {reason}").format(
                words=hit.text_in(box.text), reason=hit.reason)
            fix = translate("PosterChecks", "Say instead: {safer}").format(safer=hit.safer) \
                if hit.safer else translate("PosterChecks", "Remove the claim or back it with proof.")
            findings.append(Finding(ERROR if hit.rule == "extreme_word" else WARNING, "claims",
                                    None, why, fix))
    return findings


def _amount(boxes: list[TextBox], format_key: str) -> list[Finding]:
    chars = sum(len("".join(box.text.split())) for box in boxes)
    limit = TEXT_LIMIT[format_key]
    severity = text_amount_severity(chars, limit)
    if severity is None:
        return []
    why = translate("PosterImageCheck", "About {n} characters of text; a poster like this carries "
                    "about {limit} before nobody reads it.")
    fix = translate("PosterChecks", "Keep only the strongest hook, the price and the call to scan.")
    return [Finding(severity, "text", None, why.format(n=chars, limit=limit), fix)]


def _contrast(box: TextBox, image) -> Finding | None:
    """The ground is the median of a ring just outside the line's box (inside it, bold
    strokes may cover half the pixels); the text is the far end of the pixels inside
    (darkest or lightest, whichever lies further from the ground)."""
    import numpy as np

    from flashdesk.posters.checks import pixel_luminances

    x0, y0, x1, y1 = box.box
    if (x1 - x0) * (y1 - y0) < 16:
        return None
    pad = max(2, (y1 - y0) // 4)
    ox0, oy0 = max(0, x0 - pad), max(0, y0 - pad)
    ox1, oy1 = min(image.width(), x1 + pad), min(image.height(), y1 + pad)
    around = pixel_luminances(image.copy(ox0, oy0, ox1 - ox0, oy1 - oy0))
    inside = np.zeros(around.shape, bool)
    inside[y0 - oy0:y1 - oy0, x0 - ox0:x1 - ox0] = True
    ring = around[~inside]
    ground = float(np.median(ring if ring.size else around))
    pixels = around[inside]
    dark, light = float(np.percentile(pixels, 1)), float(np.percentile(pixels, 99))
    text = dark if _ratio(dark, ground) >= _ratio(light, ground) else light
    ratio = _ratio(text, ground)
    large = (y1 - y0) / LINE_PER_GLYPH * 360 / image.width() >= LARGE_CSS_PX
    if ratio >= 4.5 or (large and ratio >= 3):
        return None
    why = translate("PosterImageCheck", "“{text}” contrasts {ratio:.1f}:1 with what is behind it "
                    "(needs 3:1 for large text, 4.5:1 for body text).")
    fix = translate("PosterChecks", "Darken or lighten the text colour, or put a calmer, "
                    "stronger background behind it.")
    return Finding(ERROR if ratio < 3 else WARNING, "contrast", None,
                   why.format(text=box.text[:20], ratio=ratio), fix)


def _ratio(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
