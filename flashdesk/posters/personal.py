"""Personal posters for a fission campaign: the campaign's poster with one promoter's
nickname, avatar and own QR. Posters sit below the people capabilities, so a promoter arrives
here as a plain row (`Promoter`). The poster's content moves down a little to make room for a
card at the top (avatar in a circle, nickname, an invitation line); the QR carries the
person's link. Every rendered image is decoded before it is kept (`render_one`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.posters.model import PosterDoc

MAX_AVATAR_BYTES = 20 * 1024 * 1024
MAX_AVATAR_PIXELS = 40_000_000  # a 40-megapixel photo decodes to 160 MB: beyond any avatar
CARD_HEIGHT = 0.075  # of the page height (144 px on a phone poster)
CARD_GAP = 0.012  # between the card and the poster's first element
INVITE_LINE = "邀请你扫码进群，{launch_date} {launch_time} 一起开抢"
FALLBACK_NAME = "好友"  # shown when no character of the nickname is in the poster font


@dataclass(frozen=True)
class Promoter:
    """One person to make a poster for. `source` says where the row came from in the
    operator's terms (a file's row number, a customer id) for messages."""

    nickname: str
    link: str
    avatar: str = ""  # an image file's path, or "" for none
    source: str = ""


class AvatarProblem(UserError):
    pass


@dataclass
class Card:
    """Where the promoter card sits, in poster units, and how much the content shrank."""

    x: float
    y: float
    w: float
    h: float


def personal_layout(base: PosterDoc) -> tuple[PosterDoc, Card]:
    """The poster with room at the top for the card: every element but the background is moved
    down and the whole column scaled by the same factor (texts, price and QR alike, the QR
    staying square and centred on its old axis), so the design keeps its proportions."""
    doc = base.copy()
    fmt = doc.format
    content = [e for e in doc.elements if e.kind != "background"]
    card = Card(fmt.safe, fmt.safe, fmt.width - 2 * fmt.safe, fmt.height * CARD_HEIGHT)
    if not content:
        return doc, card
    top = min(e.y for e in content)
    bottom = max(e.y + e.h for e in content)
    start = card.y + card.h + fmt.height * CARD_GAP
    if top >= start:
        return doc, card
    factor = (bottom - start) / (bottom - top)
    for e in content:
        cx = e.x + e.w / 2
        e.y = start + (e.y - top) * factor
        e.w, e.h = e.w * factor, e.h * factor
        e.x = cx - e.w / 2
        if "size" in e.props:
            e.props["size"] = round(float(e.props["size"]) * factor, 1)
    return doc, card


def with_link(layout: PosterDoc, link: str) -> PosterDoc:
    """The laid-out poster carrying one person's link on every QR (no longer the live code)."""
    doc = layout.copy()
    doc.live_code, doc.group_qrs = "", {}
    for element in doc.qr_elements():
        element.props["payload"] = link
        element.props.pop("payload_bind", None)
    return doc


# ---- avatars ---------------------------------------------------------------------------

def load_avatar(path: str, side: int, folder: Path | None = None):
    """The avatar as a square QImage of `side` pixels (the middle of the picture), or raises
    AvatarProblem saying why it cannot be used. A huge picture is refused from its header,
    before it is decoded."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImageReader

    value = path.strip()
    if value.lower().startswith(("http://", "https://")):
        raise AvatarProblem(translate("PersonalPosters", "the avatar is a web address; FlashDesk "
                                      "works offline, so save the picture and give its file path"))
    file = Path(value).expanduser()
    if folder is not None and not file.is_absolute():
        file = folder / file
    if not file.is_file():
        raise AvatarProblem(translate("PersonalPosters", "the avatar file {name} was not found")
                            .format(name=value))
    if file.stat().st_size > MAX_AVATAR_BYTES:
        raise AvatarProblem(translate("PersonalPosters", "the avatar file {name} is {mb} MB; an "
                                      "avatar needs far less than {limit} MB").format(
            name=file.name, mb=file.stat().st_size // 2**20, limit=MAX_AVATAR_BYTES // 2**20))
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise AvatarProblem(translate("PersonalPosters", "{name} is not a picture FlashDesk can "
                                      "read (use PNG or JPEG)").format(name=file.name))
    if size.width() * size.height() > MAX_AVATAR_PIXELS:
        raise AvatarProblem(translate("PersonalPosters", "the avatar {name} is {w}×{h} pixels, too "
                                      "large to be a profile picture; use a smaller copy").format(
            name=file.name, w=size.width(), h=size.height()))
    short = min(size.width(), size.height())
    if short > side * 2:  # decode straight to a small size (fast for JPEG)
        scale = side * 2 / short
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)),
                                   max(1, round(size.height() * scale))))
    image = reader.read()
    if image.isNull():
        raise AvatarProblem(translate("PersonalPosters", "{name} could not be read: {reason}")
                            .format(name=file.name, reason=reader.errorString()))
    short = min(image.width(), image.height())
    square = image.copy((image.width() - short) // 2, (image.height() - short) // 2, short, short)
    return square.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


# ---- the card --------------------------------------------------------------------------

def shown_nickname(nickname: str, qfont) -> tuple[str, int]:
    """The nickname without the characters the poster font lacks (emoji would print as empty
    boxes), and how many were left out."""
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(qfont)
    kept = "".join(ch for ch in nickname if ch.isprintable() and metrics.inFontUcs4(ord(ch)))
    kept = " ".join(kept.split())
    return (kept or FALLBACK_NAME), len(nickname) - len(kept)


def fitted(text: str, qfont, width: float, smallest: float = 0.75):
    """(text, font) fitting `width`: the font shrinks to `smallest` of its size first, then
    the text is cut with an ellipsis."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetricsF

    size = qfont.pixelSize()
    for step in range(6):
        trial = type(qfont)(qfont)
        trial.setPixelSize(max(1, round(size * (1 - (1 - smallest) * step / 5))))
        if QFontMetricsF(trial).horizontalAdvance(text) <= width:
            return text, trial
    return QFontMetricsF(trial).elidedText(text, Qt.TextElideMode.ElideRight, width), trial


def _fill_values(template: str, values: dict[str, str]) -> str:
    class Missing(dict):
        def __missing__(self, key):
            return ""

    return " ".join(template.format_map(Missing(values)).split())


def paint_card(painter, card: Card, nickname: str, avatar, values: dict[str, str],
               accent: tuple[str, str] = ("#C62828", "#FFFFFF")) -> None:
    """A white rounded card: the avatar in a circle (or the nickname's first character on the
    accent colour when there is none), the nickname in bold and the invitation line."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

    from flashdesk.fonts import font
    from flashdesk.posters.render import color

    rect = QRectF(card.x, card.y, card.w, card.h)
    radius = card.h / 2
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 36), max(1.0, card.h * 0.012)))  # seen on white too
    painter.setBrush(QColor(255, 255, 255, 238))
    painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    pad = card.h * 0.12
    side = card.h - 2 * pad
    circle = QRectF(card.x + pad, card.y + pad, side, side)
    path = QPainterPath()
    path.addEllipse(circle)
    if avatar is not None:
        painter.save()
        painter.setClipPath(path)
        painter.drawImage(circle, avatar)
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255), max(1.0, side * 0.03)))
        painter.drawEllipse(circle)
    else:
        painter.setBrush(QBrush(color(accent[0], "#C62828")))
        painter.drawEllipse(circle)
        initial = font(10, 700)
        initial.setPixelSize(max(1, round(side * 0.48)))
        painter.setFont(initial)
        painter.setPen(color(accent[1], "#FFFFFF"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, nickname[:1])
    left = circle.right() + pad * 1.3
    width = rect.right() - radius * 0.6 - left
    name_font = font(10, 700)
    name_font.setPixelSize(max(1, round(card.h * 0.30)))
    name, name_font = fitted(nickname, name_font, width)
    line_font = font(10, 400)
    line_font.setPixelSize(max(1, round(card.h * 0.2)))
    line, line_font = fitted(_fill_values(INVITE_LINE, values), line_font, width, 0.85)
    painter.setPen(QColor("#1F1F1F"))
    painter.setFont(name_font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(left, card.y + card.h * 0.1, width, card.h * 0.44), flags, name)
    painter.setPen(QColor("#555555"))
    painter.setFont(line_font)
    painter.drawText(QRectF(left, card.y + card.h * 0.54, width, card.h * 0.34), flags, line)
    painter.restore()


def accent_of(doc: PosterDoc) -> tuple[str, str]:
    """(ground, text) colours for the avatar placeholder, taken from the poster's badge (its fill
    and text) or its price; the text turns dark on a light ground so the initial stays legible."""
    from flashdesk.posters.checks import luminance
    from flashdesk.posters.render import color

    ground, text = "#C62828", "#FFFFFF"
    for element in doc.ordered():
        if element.kind == "badge" and element.props.get("fill"):
            ground, text = str(element.props["fill"]), str(element.props.get("color", text))
            break
        if element.kind == "price" and element.props.get("color"):
            ground = str(element.props["color"])
            break
    if luminance(color(ground)) > 0.45 and luminance(color(text)) > 0.45:
        text = "#1F1F1F"
    return ground, text


# ---- one poster ------------------------------------------------------------------------

@dataclass
class Rendered:
    image: object  # QImage, verified
    notes: list[str]  # what the operator should know but did not stop the poster


class NotVerified(UserError):
    pass


def render_one(layout: PosterDoc, card: Card, promoter: Promoter, folder: Path | None = None):
    """The promoter's poster as a QImage whose QR has been decoded and found to carry exactly
    the promoter's link. Raises NotVerified otherwise; an unusable avatar is a note (the card
    shows the nickname's first character instead)."""
    from PySide6.QtGui import QPainter

    from flashdesk.fonts import font
    from flashdesk.posters.render import render_image

    notes: list[str] = []
    doc = with_link(layout, promoter.link)
    image = render_image(doc)
    probe = font(10, 700)
    probe.setPixelSize(40)
    nickname, dropped = shown_nickname(promoter.nickname, probe)
    if dropped:
        notes.append(translate("PersonalPosters", "{n} character(s) of the nickname are not in the "
                               "poster font (emoji, symbols) and were left out").format(n=dropped))
    avatar = None
    if promoter.avatar.strip():
        side = round(card.h * 0.76)
        try:
            avatar = load_avatar(promoter.avatar, side, folder)
        except AvatarProblem as exc:
            notes.append(translate("PersonalPosters", "poster made without the avatar: {why}")
                         .format(why=exc))
    painter = QPainter(image)
    for hint in (QPainter.RenderHint.Antialiasing, QPainter.RenderHint.TextAntialiasing,
                 QPainter.RenderHint.SmoothPixmapTransform):
        painter.setRenderHint(hint, True)
    paint_card(painter, card, nickname, avatar, doc.values, accent_of(doc))
    painter.end()
    verify(image, doc, promoter.link)
    return Rendered(image, notes)


def verify(image, doc: PosterDoc, link: str) -> None:
    """Decode the QR region of the image as it will be written; it must read exactly `link`."""
    from flashdesk.posters.qr import decode

    for element in doc.qr_elements():
        pad = element.w * 0.15
        box = [round(v) for v in (element.x - pad, element.y - pad, element.w + 2 * pad,
                                  element.h + 2 * pad)]
        found = decode(image.copy(*box))
        if found != [link]:
            raise NotVerified(translate(
                "PersonalPosters", "the QR on the rendered poster reads {found} instead of the "
                "person's link; the poster was not kept").format(
                    found=", ".join(f"“{text[:80]}”" for text in found) or
                    translate("PersonalPosters", "nothing")))


class DesignCheck:
    """The poster checker's errors for the personal layout, run once per QR size: people
    whose links make the same symbol version share the verdict (module size, quiet zone,
    the decode after sharing), so 5,000 posters cost a handful of full checks."""

    def __init__(self, layout: PosterDoc):
        self.layout = layout
        self.verdicts: dict[tuple[int, str], str | None] = {}

    def problem(self, link: str) -> str | None:
        from flashdesk.posters.checks import ERROR, check
        from flashdesk.posters.qr import level_for, qr_symbol

        doc = with_link(self.layout, link)
        keys = tuple((qr_symbol(link, level_for(e.props)).version, level_for(e.props))
                     for e in doc.qr_elements())
        key = keys[0] if len(keys) == 1 else (len(keys), link)
        if key not in self.verdicts:
            errors = [f for f in check(doc) if f.severity == ERROR]
            self.verdicts[key] = f"{errors[0].why} {errors[0].fix}" if errors else None
        return self.verdicts[key]
