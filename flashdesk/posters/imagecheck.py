"""Checking any poster image (PNG/JPEG made anywhere): format, QR decode as rendered and as
shared, module size, quiet zone, contrast, print resolution. Text contrast needs the layers,
so for a flat image only the QR and the page are judged."""

from __future__ import annotations

from pathlib import Path

from flashdesk.i18n import translate
from flashdesk.posters.checks import ERROR, INFO, MIN_MODULE_MM, MIN_MODULE_PX, WARNING, Finding
from flashdesk.posters.formats import formats
from flashdesk.posters.qr import degraded, is_wechat_group_code

A_SERIES = 2 ** 0.5


def _gray(image):
    import numpy as np
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(gray.constBits(), np.uint8, gray.bytesPerLine() * gray.height())
    return data.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()].copy()  # own the pixels


def _luminance(value: float) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def check_image(path: Path | str) -> list[Finding]:
    import zxingcpp

    from flashdesk.posters.assets import read_image

    image, _size, _note = read_image(path)
    w, h = image.width(), image.height()
    dpi = round(image.dotsPerMeterX() * 0.0254)
    findings: list[Finding] = []
    ratio = h / w
    is_print = abs(ratio - A_SERIES) < 0.02 * A_SERIES
    if abs(ratio - 16 / 9) < 0.005:
        if w < 1080:
            findings.append(Finding(WARNING, "format", None,
                                    translate("PosterImageCheck", "The poster is {w}×{h}; under 1080 px wide it looks soft on "
                                       "phones.").format(w=w, h=h), translate("PosterImageCheck", "Export at 1080×1920.")))
    elif is_print:
        if dpi < 300:
            findings.append(Finding(WARNING, "image", None,
                                    translate("PosterImageCheck", "The image says {dpi} dpi; print needs 300 dpi at the printed "
                                       "size.").format(dpi=dpi), translate("PosterImageCheck", "Export the print poster at 300 dpi.")))
    else:
        findings.append(Finding(ERROR, "format", None,
                                translate("PosterImageCheck", "The image is {w}×{h}: neither a 9:16 phone poster nor an A4/A5 "
                                   "page.").format(w=w, h=h),
                                translate("PosterImageCheck", "Use 1080×1920 for phones, A4 or A5 for print.")))
    gray = _gray(image)
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.QRCode, try_invert=False)
    if not found:
        inverted = zxingcpp.read_barcodes(gray, formats=zxingcpp.QRCode, try_invert=True)
        if inverted:
            findings.append(Finding(WARNING, "qr", None,
                                    translate("PosterImageCheck", "The QR is inverted (light modules on a dark ground); many "
                                       "scanners do not read it."), translate("PosterImageCheck", "Use dark modules on a light ground.")))
        else:
            findings.append(Finding(ERROR, "qr", None, translate("PosterImageCheck", "No QR code decodes in this image."),
                                    translate("PosterImageCheck", "Enlarge the QR, raise its contrast, and clear what covers it.")))
        return findings
    shared = {r.text for r in zxingcpp.read_barcodes(_gray(degraded(image)), formats=zxingcpp.QRCode,
                                                      try_invert=False)}
    for result in found:
        findings += _qr_findings(result, gray, shared, dpi if is_print else 0, h, w)
    findings.append(Finding(INFO, "contrast", None,
                            translate("PosterImageCheck", "Text contrast cannot be measured on a flat image."),
                            translate("PosterImageCheck", "Check the poster in FlashDesk's designer for text contrast.")))
    return findings


def _qr_findings(result, gray, shared: set[str], dpi: int, h: int, w: int) -> list[Finding]:
    import numpy as np

    p = result.position
    xs = [p.top_left.x, p.top_right.x, p.bottom_right.x, p.bottom_left.x]
    ys = [p.top_left.y, p.top_right.y, p.bottom_right.y, p.bottom_left.y]
    x0, x1, y0, y1 = min(xs), max(xs) + 1, min(ys), max(ys) + 1
    modules = 17 + 4 * int(result.extra.get("Version", 1) or 1)
    module = (x1 - x0) / modules
    findings: list[Finding] = []

    def add(severity, why, fix):
        findings.append(Finding(severity, "qr", None, why, fix))

    symbol = gray[y0:y1, x0:x1].astype(float)
    dark, light = np.percentile(symbol, 5), np.percentile(symbol, 95)
    ratio = (_luminance(light) + 0.05) / (_luminance(dark) + 0.05)
    if ratio < 3:
        add(ERROR, translate("PosterImageCheck", "The QR modules contrast {ratio:.1f}:1 with their ground; below 3:1 scanners "
                      "miss them.").format(ratio=ratio), translate("PosterImageCheck", "Use near-black modules on white."))
    edge = max(1, round(module / 2))  # detected corners may sit a pixel off on smoothed edges
    q = max(1, round(4 * module) - edge)
    ring = gray[max(0, y0 - q):min(h, y1 + q), max(0, x0 - q):min(w, x1 + q)].astype(float)
    mask = np.ones(ring.shape, bool)
    top, left = y0 - max(0, y0 - q), x0 - max(0, x0 - q)
    mask[max(0, top - edge):top + (y1 - y0) + edge, max(0, left - edge):left + (x1 - x0) + edge] = False
    clipped = y0 - q < 0 or x0 - q < 0 or y1 + q > h or x1 + q > w
    threshold = (dark + light) / 2
    if clipped or (ring[mask] < threshold).mean() > 0.01:
        add(ERROR, translate("PosterImageCheck", "The quiet zone is not clear: scanners need 4 light modules around the code."),
            translate("PosterImageCheck", "Keep other elements and dark background away from the code."))
    if dpi:
        mm = module / dpi * 25.4
        side_mm = (x1 - x0) / dpi * 25.4
        if mm < MIN_MODULE_MM:
            add(ERROR, translate("PosterImageCheck", "One module is {mm:.2f} mm; below 0.5 mm print blurs it.").format(mm=mm),
                translate("PosterImageCheck", "Make the QR larger or the link shorter."))
        need = min(f.min_qr_mm for f in formats().values() if f.is_print)
        if side_mm < need:
            add(ERROR, translate("PosterImageCheck", "The code is {mm:.0f} mm wide; printed posters need at least {min:.0f} mm.")
                .format(mm=side_mm, min=need), translate("PosterImageCheck", "Enlarge the QR."))
    elif module < MIN_MODULE_PX - 0.05:
        add(ERROR, translate("PosterImageCheck", "One module is {px:.1f} px; below {min} px the code breaks up once the poster "
                      "is shared and compressed.").format(px=module, min=MIN_MODULE_PX),
            translate("PosterImageCheck", "Make the QR larger or the link shorter."))
    if result.text not in shared:
        add(ERROR, translate("PosterImageCheck", "After sharing (downscaled to 540 px wide, JPEG quality 60) the code no longer "
                      "decodes."), translate("PosterImageCheck", "Enlarge the QR or shorten the link."))
    if is_wechat_group_code(result.text):
        add(WARNING, translate("PosterImageCheck", "This is a single WeChat group's QR: it expires after 7 days and stops "
                        "admitting at 200 members."),
            translate("PosterImageCheck", "Use a live code (群活码) that rotates groups automatically."))
    add(INFO, translate("PosterImageCheck", "The QR decodes to: {text}").format(text=result.text),
        translate("PosterImageCheck", "Make sure this is the link you meant."))
    return findings
