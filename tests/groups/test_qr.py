"""Reading the group QR from a screenshot with zxing-cpp, and every way that can fail."""

import pytest
import qrcode
from PIL import Image

from flashdesk.groups.qr import decode_group_qr
from flashdesk.groups.rules import GroupError

URL = "https://weixin.qq.com/g/AbC123_groupcode"


def _qr(text: str) -> Image.Image:
    return qrcode.make(text, box_size=8, border=4).get_image().convert("RGB")


def _screenshot(tmp_path, *codes, name="shot.png", fmt="PNG"):
    """A phone-like screenshot: grey background, the QR(s) pasted on white cards."""
    canvas = Image.new("RGB", (720, 1280), (235, 235, 235))
    for i, text in enumerate(codes):
        canvas.paste(_qr(text), (80 + i * 10, 120 + i * 560))
    path = tmp_path / name
    canvas.save(path, fmt, **({"quality": 70} if fmt == "JPEG" else {}))
    return path


def test_reads_the_group_url(tmp_path):
    assert decode_group_qr(_screenshot(tmp_path, URL)) == URL
    assert decode_group_qr(_screenshot(tmp_path, URL, name="shot.jpg", fmt="JPEG")) == URL


def test_no_qr_says_so(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("RGB", (400, 400), "white").save(path)
    with pytest.raises(GroupError, match="No QR code found"):
        decode_group_qr(path)


def test_two_qrs_says_so(tmp_path):
    with pytest.raises(GroupError, match="2 different QR codes"):
        decode_group_qr(_screenshot(tmp_path, URL, "https://weixin.qq.com/g/other"))


def test_qr_that_is_not_a_url(tmp_path):
    with pytest.raises(GroupError, match="web address"):
        decode_group_qr(_screenshot(tmp_path, "WIFI:S:shop;T:WPA;P:secret;;"))


def test_not_an_image_and_missing_file(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("hello")
    with pytest.raises(GroupError, match="not an image"):
        decode_group_qr(path)
    with pytest.raises(GroupError, match="does not exist"):
        decode_group_qr(tmp_path / "missing.png")


def test_huge_image_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("1", (9000, 5000), 1).save(path)
    with pytest.raises(GroupError, match="too large"):
        decode_group_qr(path)
