"""Importing images for posters. The header is read first, so a decompression bomb is refused
before any pixel is decoded; a huge photo is decoded already downsampled (QImageReader's
scaled size) and the note says so; a corrupt or non-image file gets a clear message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from flashdesk.campaigns.service import Campaign
from flashdesk.i18n import translate
from flashdesk.posters.formats import PosterError
from flashdesk.posters.tables import PosterAsset
from flashdesk.store import Store
from flashdesk.store.change import Change

BOMB_PIXELS = 250_000_000  # refused outright: beyond any camera photo (a 200 MP one passes)
MAX_PIXELS = 40_000_000  # above this the image is downsampled on import
TARGET_PIXELS = 24_000_000  # enough for a full A4 bleed page at 300 dpi (8.8 MP) with room


@dataclass(frozen=True)
class ImportedImage:
    asset_id: int
    width: int
    height: int
    note: str


def read_image(path: Path | str):
    """(QImage, original size, note) — or PosterError saying what is wrong."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageReader

    from flashdesk.posters.render import ensure_app

    ensure_app()
    path = Path(path)
    if not path.is_file():
        raise PosterError(translate("Posters", "{path} does not exist.").format(path=path))
    reader = QImageReader(str(path))
    # Our own limits below are checked from the header; formats that cannot decode scaled
    # (PNG) need the full image in memory first: 250 MP × 4 bytes.
    reader.setAllocationLimit(1024)
    size = reader.size()
    if not reader.canRead() or not size.isValid() or size.isEmpty():
        raise PosterError(translate("Posters", "{name} is not an image FlashDesk can read (PNG, "
                                    "JPEG, WebP, BMP); export it as PNG or JPEG and try again.")
                          .format(name=path.name))
    pixels = size.width() * size.height()
    if pixels > BOMB_PIXELS:
        raise PosterError(translate("Posters", "{name} claims to be {w}×{h} pixels, too large to "
                                    "open safely; use an image under 40 megapixels.")
                          .format(name=path.name, w=size.width(), h=size.height()))
    note = ""
    if pixels > MAX_PIXELS:
        factor = (TARGET_PIXELS / pixels) ** 0.5
        reader.setScaledSize(QSize(max(1, round(size.width() * factor)),
                                   max(1, round(size.height() * factor))))
        note = translate("Posters", "Downsampled from {w}×{h} to {sw}×{sh} pixels on import.").format(
            w=size.width(), h=size.height(), sw=reader.scaledSize().width(),
            sh=reader.scaledSize().height())
    image = reader.read()
    if image.isNull():
        raise PosterError(translate("Posters", "{name} could not be decoded ({reason}); the file "
                                    "may be damaged. Re-export it as PNG or JPEG.")
                          .format(name=path.name, reason=reader.errorString()))
    return image, (size.width(), size.height()), note


def import_image(store: Store, campaign_id: int, path: Path | str) -> Change:
    """Store a picked image as an asset of the campaign; `change.result` is the
    ImportedImage."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image, (ow, oh), note = read_image(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG" if image.hasAlphaChannel() else "JPEG", -1 if image.hasAlphaChannel() else 92)
    buffer.close()
    with store.edit(campaign_id) as edit:
        session = edit.session
        campaign = session.get(Campaign, campaign_id)
        if campaign is None or campaign.deleted:
            raise PosterError(translate("Posters", "Campaign {id} does not exist.").format(id=campaign_id))
        asset = PosterAsset(campaign_id=campaign_id, name=Path(path).name[:255], data=bytes(data),
                            width=image.width(), height=image.height(), original_width=ow,
                            original_height=oh, note=note)
        session.add(asset)
        session.flush()
        edit.result = ImportedImage(asset.id, image.width(), image.height(), note)
    return edit.change


def load_images(session: Session, ids: set[int]) -> dict:
    """QImages of the given assets (missing ones are simply absent: the checker says so)."""
    from PySide6.QtGui import QImage

    from flashdesk.posters.render import ensure_app

    if not ids:
        return {}
    ensure_app()
    result = {}
    for asset in session.exec(select(PosterAsset).where(col(PosterAsset.id).in_(ids))):
        image = QImage()
        image.loadFromData(asset.data)
        result[asset.id] = image
    return result
