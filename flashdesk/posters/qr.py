"""QR symbols from the payload: the module matrix (drawn by render.py as rectangles, so edges
stay crisp and the PDF keeps it as vectors) and decoding with zxing-cpp, including a copy
degraded the way a shared phone screenshot is."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flashdesk.i18n import translate
from flashdesk.posters.formats import PosterError

# Byte-mode capacity of the largest symbol (version 40), per error-correction level.
CAPACITY = {"L": 2953, "M": 2331, "Q": 1663, "H": 1273}
WECHAT_GROUP_PREFIXES = ("https://weixin.qq.com/g/", "http://weixin.qq.com/g/", "weixin.qq.com/g/")
SAMPLE_PAYLOAD = "https://example.com/live-code"  # a new poster's QR until the live code is put in
SHARED_WIDTH = 540  # a phone poster forwarded in a chat arrives about this wide
SHARED_JPEG_QUALITY = 60


@dataclass(frozen=True)
class QrSymbol:
    matrix: tuple[tuple[bool, ...], ...]
    version: int
    level: str

    @property
    def size(self) -> int:
        return len(self.matrix)


def check_link(payload: str) -> None:
    """A staff member's QR must carry a web link, as the live-code field of the group SOP
    requires: people scan it to join, and plain text or a typo'd scheme joins nobody."""
    from urllib.parse import urlparse

    value = payload.strip()
    if not value:
        check_payload(value)
    parts = urlparse(value)
    if parts.scheme not in ("http", "https") or not parts.netloc \
            or any(ch.isspace() or ord(ch) < 32 for ch in value):
        raise PosterError(translate("Posters", "The QR payload should be a web address starting "
                                    "with https:// (or http://), not “{value}”.")
                          .format(value=value[:80]))


def check_payload(payload: str, level: str = "M") -> None:
    if not payload.strip():
        raise PosterError(translate("Posters", "The QR payload is empty; paste the link of your "
                                    "live code (群活码) into the QR element."))
    length = len(payload.encode("utf-8"))
    if length > CAPACITY[level]:
        raise PosterError(translate("Posters", "The QR payload is {length} bytes; at error "
                                    "correction {level} a QR holds at most {limit} bytes. Use a "
                                    "shorter link (a short URL or live code).")
                          .format(length=length, level=level, limit=CAPACITY[level]))


@lru_cache(maxsize=256)
def qr_symbol(payload: str, level: str = "M") -> QrSymbol:
    """The module matrix without quiet zone. Raises PosterError for an empty or too long
    payload, saying how long it may be."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M

    check_payload(payload, level)
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_H if level == "H" else ERROR_CORRECT_M,
                         border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return QrSymbol(tuple(tuple(bool(v) for v in row) for row in code.get_matrix()),
                    code.version, level)


def level_for(props: dict) -> str:
    """M by default; H when a logo covers the middle of the symbol."""
    return "H" if props.get("logo_asset") else str(props.get("level", "M"))


def decode(image) -> list[str]:
    """Texts of the QR codes zxing-cpp finds in a QImage (dark-on-light only, as many phone
    scanners read)."""
    import zxingcpp
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [r.text for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.QRCode, try_invert=False)]


def degraded(image, width: int = SHARED_WIDTH, quality: int = SHARED_JPEG_QUALITY):
    """The image as a phone receives it after sharing: downscaled and JPEG-compressed."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    # Scanners read luminance only, and JPEG keeps luma at full resolution (chroma is what it
    # subsamples), so degrading the grey image is faithful and twice as fast.
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    small = gray.scaledToWidth(min(width, image.width()), Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    small.save(buffer, "JPEG", quality)
    buffer.close()
    result = QImage()
    result.loadFromData(data, "JPEG")
    return result


def qr_key(payload: str) -> str:
    """A payload as compared with another (spaces and a trailing slash do not count)."""
    return payload.strip().rstrip("/")


def is_wechat_group_code(payload: str) -> bool:
    return payload.strip().lower().startswith(WECHAT_GROUP_PREFIXES)
