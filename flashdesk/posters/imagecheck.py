"""Checking any poster image (PNG/JPEG made anywhere): format, QR decode as rendered and as
shared, module size, quiet zone, contrast, print resolution; and, read by OCR, its text:
extreme words, amount, contrast of each line (imagetext.py)."""

from __future__ import annotations

from pathlib import Path

from flashdesk.i18n import translate
from flashdesk.posters.checks import (
    ERROR,
    INFO,
    MIN_MODULE_MM,
    MIN_MODULE_PX,
    SEVERITY_ORDER,
    WARNING,
    Finding,
)
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


def check_image(path: Path | str, *, read_text: bool = True) -> list[Finding]:
    """Every finding for the image; read_text=False skips the OCR (QR and page only)."""
    from flashdesk.posters.assets import read_image

    image, _size, _note = read_image(path)
    w, h = image.width(), image.height()
    dpi = round(image.dotsPerMeterX() * 0.0254)
    is_print = _is_print_page(w, h, dpi)
    findings = _page_findings(w, h, dpi) + _qr_image_findings(image, dpi if is_print else 0)
    if read_text:
        from flashdesk.posters.imagetext import text_findings
        from flashdesk.posters.ocr import read_text as ocr

        findings += text_findings(image, _format_key(w, dpi, is_print), ocr(image))
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def _is_print_page(w: int, h: int, dpi: int) -> bool:
    """An A-series shape is a print page when it holds A5 at 300 dpi, or when its dpi prints it
    at A4 or A5 size (a print export at too few dpi, which is warned about). A phone image
    cropped to about that shape (1080×1500) is neither: at 300 dpi it prints 91 mm wide."""
    if abs(h / w - A_SERIES) >= 0.02 * A_SERIES:
        return False
    pages = [f for f in formats().values() if f.is_print]
    if w >= min(f.width for f in pages):
        return True
    printed_mm = w / dpi * 25.4 if dpi else 0
    return any(abs(printed_mm - f.mm(width)) <= 0.03 * f.mm(width)
               for f in pages for width in (f.width, f.full_width))


def _format_key(width: int, dpi: int, is_print: bool) -> str:
    """The format whose text limit applies: A4 or A5 by printed width, else the phone's."""
    if not is_print:
        return "phone"
    return "a5" if dpi and width / dpi * 25.4 < 180 else "a4"


def _qr_image_findings(image, print_dpi: int) -> list[Finding]:
    import zxingcpp

    findings: list[Finding] = []
    h, w = image.height(), image.width()
    gray = _gray(image)
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.QRCode, try_invert=False)
    if not found:
        if zxingcpp.read_barcodes(gray, formats=zxingcpp.QRCode, try_invert=True):
            why = translate("PosterImageCheck", "The QR is inverted (light modules on a dark ground); "
                            "many scanners do not read it.")
            fix = translate("PosterImageCheck", "Use dark modules on a light ground.")
            findings.append(Finding(WARNING, "qr", None, why, fix))
        else:
            why = translate("PosterImageCheck", "No QR code decodes in this image.")
            fix = translate("PosterImageCheck", "Enlarge the QR, raise its contrast, and clear what "
                            "covers it.")
            findings.append(Finding(ERROR, "qr", None, why, fix))
        return findings
    shared = {r.text for r in zxingcpp.read_barcodes(_gray(degraded(image)), formats=zxingcpp.QRCode,
                                                      try_invert=False)}
    for result in found:
        findings += _qr_findings(result, gray, shared, print_dpi, h, w)
    return findings


def _page_findings(w: int, h: int, dpi: int) -> list[Finding]:
    """9:16 phone poster (at least 1080 wide) or an A-series page at 300 dpi."""
    ratio = h / w
    if abs(ratio - 16 / 9) < 0.005:
        if w >= 1080:
            return []
        why = translate("PosterImageCheck", "The poster is {w}×{h}; under 1080 px wide it looks soft "
                        "on phones.")
        return [Finding(WARNING, "format", None, why.format(w=w, h=h),
                        translate("PosterImageCheck", "Export at 1080×1920."))]
    if _is_print_page(w, h, dpi):
        if dpi >= 300:
            return []
        why = translate("PosterImageCheck", "The image says {dpi} dpi; print needs 300 dpi at the "
                        "printed size.")
        return [Finding(WARNING, "image", None, why.format(dpi=dpi),
                        translate("PosterImageCheck", "Export the print poster at 300 dpi."))]
    why = translate("PosterImageCheck", "The image is {w}×{h}: neither a 9:16 phone poster nor an "
                    "A4/A5 page.")
    return [Finding(ERROR, "format", None, why.format(w=w, h=h),
                    translate("PosterImageCheck", "Use 1080×1920 for phones, A4 or A5 for print."))]


def _quiet_zone_clear(gray, box: tuple[int, int, int, int], module: float, threshold: float) -> bool:
    """The ring of 4 modules around the symbol is light (a half module next to the symbol
    is left out: the detected corners may sit a pixel off on smoothed edges)."""
    import numpy as np

    x0, y0, x1, y1 = box
    h, w = gray.shape
    edge = max(1, round(module / 2))
    q = max(1, round(4 * module) - edge)
    if y0 - q < 0 or x0 - q < 0 or y1 + q > h or x1 + q > w:
        return False  # the code sits too close to the image edge
    ring = gray[y0 - q:y1 + q, x0 - q:x1 + q].astype(float)
    mask = np.ones(ring.shape, bool)
    mask[q - edge:q + (y1 - y0) + edge, q - edge:q + (x1 - x0) + edge] = False
    return (ring[mask] < threshold).mean() <= 0.01


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

    bigger = translate("PosterImageCheck", "Make the QR larger or the link shorter.")
    symbol = gray[y0:y1, x0:x1].astype(float)
    dark, light = np.percentile(symbol, 5), np.percentile(symbol, 95)
    ratio = (_luminance(light) + 0.05) / (_luminance(dark) + 0.05)
    if ratio < 3:
        why = translate("PosterImageCheck", "The QR modules contrast {ratio:.1f}:1 with their ground; "
                        "below 3:1 scanners miss them.")
        add(ERROR, why.format(ratio=ratio), translate("PosterImageCheck", "Use near-black modules on white."))
    if not _quiet_zone_clear(gray, (x0, y0, x1, y1), module, (dark + light) / 2):
        add(ERROR, translate("PosterImageCheck", "The quiet zone is not clear: scanners need 4 light "
                             "modules around the code."),
            translate("PosterImageCheck", "Keep other elements and dark background away from the code."))
    if dpi:
        mm, side_mm = module / dpi * 25.4, (x1 - x0) / dpi * 25.4
        if mm < MIN_MODULE_MM:
            why = translate("PosterImageCheck", "One module is {mm:.2f} mm; below 0.5 mm print blurs it.")
            add(ERROR, why.format(mm=mm), bigger)
        need = min(f.min_qr_mm for f in formats().values() if f.is_print)
        if side_mm < need:
            why = translate("PosterImageCheck", "The code is {mm:.0f} mm wide; printed posters need at "
                            "least {min:.0f} mm.")
            add(ERROR, why.format(mm=side_mm, min=need), translate("PosterImageCheck", "Enlarge the QR."))
    elif module < MIN_MODULE_PX - 0.05:
        why = translate("PosterImageCheck", "One module is {px:.1f} px; below {min} px the code breaks "
                        "up once the poster is shared and compressed.")
        add(ERROR, why.format(px=module, min=MIN_MODULE_PX), bigger)
    if result.text not in shared:
        add(ERROR, translate("PosterImageCheck", "After sharing (downscaled to 540 px wide, JPEG quality "
                             "60) the code no longer decodes."),
            translate("PosterImageCheck", "Enlarge the QR or shorten the link."))
    if is_wechat_group_code(result.text):
        add(WARNING, translate("PosterImageCheck", "This is a single WeChat group's QR: it expires after "
                               "7 days and stops admitting at 200 members."),
            translate("PosterImageCheck", "Use a live code (群活码) that rotates groups automatically."))
    add(INFO, translate("PosterImageCheck", "The QR decodes to: {text}").format(text=result.text),
        translate("PosterImageCheck", "Make sure this is the link you meant."))
    return findings
