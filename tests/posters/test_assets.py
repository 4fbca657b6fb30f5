"""Image import: a bomb is refused from its header, big photos are downsampled with a note,
broken files get a message, the store stays unchanged on refusal."""

import struct
import zlib

import pytest
from PySide6.QtGui import QColor, QImage
from sqlmodel import select

from flashdesk.posters import assets
from flashdesk.posters.assets import import_image
from flashdesk.posters.formats import PosterError
from flashdesk.posters.tables import PosterAsset


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_claiming(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\0" * 64)) + _chunk(b"IEND", b""))


def _count(store):
    with store.session() as s:
        return len(list(s.exec(select(PosterAsset))))


def test_bomb_is_refused_from_the_header(qapp, store, campaign_id, tmp_path):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_claiming(60000, 60000))
    with pytest.raises(PosterError, match="too large to open safely"):
        import_image(store, campaign_id, bomb)
    assert _count(store) == 0


@pytest.mark.parametrize("content", [b"not an image at all", b"\x89PNG\r\n\x1a\n\0\0garbage"])
def test_non_images_and_corrupt_files(qapp, store, campaign_id, tmp_path, content):
    path = tmp_path / "x.png"
    path.write_bytes(content)
    with pytest.raises(PosterError, match="not an image|could not be decoded"):
        import_image(store, campaign_id, path)
    assert _count(store) == 0


def test_big_photo_is_downsampled_with_a_note(qapp, store, campaign_id, tmp_path, monkeypatch):
    monkeypatch.setattr(assets, "MAX_PIXELS", 1_000_000)
    monkeypatch.setattr(assets, "TARGET_PIXELS", 250_000)
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "photo.jpg"
    image.save(str(path))
    result = import_image(store, campaign_id, path).result
    assert (result.width, result.height) == (707, 354)
    assert "Downsampled from 2000×1000" in result.note
    with store.session() as s:
        saved = s.get(PosterAsset, result.asset_id)
        assert (saved.original_width, saved.width) == (2000, 707)
