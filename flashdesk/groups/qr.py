"""Reading a group's QR payload from a screenshot with zxing-cpp. The operator gets a plain
answer for every way it can go wrong: not an image, too big, no QR, several QRs, or a QR
that does not hold a web address."""

from __future__ import annotations

from pathlib import Path

from flashdesk.groups import rules
from flashdesk.groups.rules import GroupError
from flashdesk.i18n import translate

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 40_000_000



def decode_group_qr(path: Path | str) -> str:
    """The URL held by the single QR code in the image at `path`."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise GroupError(translate("GroupQr", "Cannot read {name}: the file does not exist or is not readable.")
                         .format(name=path.name)) from None
    if size > MAX_FILE_BYTES:
        raise GroupError(translate("GroupQr", "{name} is {mb:.0f} MB; a screenshot of a group QR is far smaller. "
                            "Crop it to the QR code and try again.").format(name=path.name, mb=size / 2**20))
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise GroupError(translate("GroupQr", "{name} is {w}×{h} pixels, too large to read; crop it to the "
                                    "QR code.").format(name=path.name, w=image.width, h=image.height))
            image = image.convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise GroupError(translate("GroupQr", "{name} is not an image FlashDesk can open (PNG, JPEG, BMP or WebP).")
                         .format(name=path.name)) from None
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    payloads = list(dict.fromkeys(code.text for code in found if code.valid))
    if not payloads:
        raise GroupError(translate("GroupQr", "No QR code found in {name}. Take a sharper screenshot that shows the "
                            "whole group QR code.").format(name=path.name))
    if len(payloads) > 1:
        raise GroupError(translate("GroupQr", "{name} shows {count} different QR codes; crop it to the one group QR.")
                         .format(name=path.name, count=len(payloads)))
    return rules.url(payloads[0], label=translate("GroupQr", "The QR code's content"))
