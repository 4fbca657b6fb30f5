"""`flashdesk poster check` on posters made outside FlashDesk: the text is read by OCR and
judged by the same rules as the app's own posters. Each bad poster has one pitfall."""

import os
import subprocess
import sys

import pytest

from flashdesk.cli import main
from flashdesk.posters.imagecheck import check_image
from tests.posters.outside import GOOD_LINES, paint_poster

GREY = [("端午粽子礼盒", 96, "#1A237E"), ("6月18日 20:00 群内开抢", 52, "#CCCCCC"),
        ("到手价 ¥69", 110, "#DDDDDD"), ("扫码进群", 56, "#1A237E")]
EXTREME = [("全网第一 国家级粽子", 90, "#1A237E"), ("最低价 只在今晚", 60, "#263238"),
           ("扫码进群", 56, "#1A237E")]
WALL = [(f"活动规则第{i}条：满额包邮，七天无理由退换", 40, "#222222") for i in range(1, 14)]


def _errors(capsys, rule):
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith(f"[error] {rule}")]


def test_a_good_outside_poster_passes(qapp, tmp_path, capsys):
    path = paint_poster(tmp_path / "good.png", GOOD_LINES)
    assert main(["poster", "check", str(path)]) == 0
    assert "[error]" not in capsys.readouterr().out


def test_light_grey_text_on_white_fails(qapp, tmp_path, capsys):
    path = paint_poster(tmp_path / "grey.png", GREY)
    assert main(["poster", "check", str(path)]) == 1
    errors = _errors(capsys, "contrast")
    assert len(errors) == 2, errors
    assert "群内开抢" in errors[0] and "1.6:1" in errors[0]  # #CCCCCC on white is 1.6:1
    assert "到手价" in errors[1]


def test_extreme_advertising_words_fail(qapp, tmp_path, capsys):
    path = paint_poster(tmp_path / "extreme.png", EXTREME)
    assert main(["poster", "check", str(path)]) == 1
    errors = " ".join(_errors(capsys, "claims"))
    for words in ("全网第一", "国家级", "最低价"):
        assert f"“{words}”" in errors


def test_a_wall_of_text_fails(qapp, tmp_path, capsys):
    path = paint_poster(tmp_path / "wall.png", WALL)
    assert main(["poster", "check", str(path)]) == 1
    errors = _errors(capsys, "text")
    assert len(errors) == 1 and "characters of text" in errors[0]
    amount = int(errors[0].split("About ")[1].split()[0])
    assert 13 * 15 <= amount <= 13 * 21  # OCR read nearly every character of the 13 lines


@pytest.mark.parametrize("template", ["phone_fresh", "print_flyer"])
def test_the_apps_own_templates_pass_as_images(qapp, tmp_path, template):
    """The OCR rules agree with the layered checker: a template that passes there passes here
    (phone_fresh: dark green on a green gradient, the closest call)."""
    from flashdesk.posters.render import save_png
    from tests.posters.helpers import make_doc

    path = save_png(make_doc(template, "phone" if template.startswith("phone") else "a5"),
                    tmp_path / "own.png")
    findings = check_image(path)
    assert [f.line() for f in findings if f.severity != "info"] == []


def test_ocr_loads_only_when_an_image_is_checked(qapp, tmp_path):
    script = ("import sys; from flashdesk.cli import build_parser; build_parser(); "
              "import flashdesk.posters.imagecheck; "
              "print(sorted(m for m in ('rapidocr_onnxruntime', 'onnxruntime', 'cv2') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=os.getcwd())
    assert done.stdout.strip() == "[]"


def test_reading_text_leaves_qt_environment_alone(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from flashdesk.posters.ocr import read_text

    before = {k: v for k, v in os.environ.items() if k.startswith("QT_")}
    lines = read_text(QImage(str(paint_poster(tmp_path / "good.png", GOOD_LINES))))
    assert [line.text for line in lines][:2] == ["端午粽子礼盒", "6月18日20:00群内开抢"]
    assert {k: v for k, v in os.environ.items() if k.startswith("QT_")} == before


def _saved(image, path, dpi):
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.save(str(path))
    return path


@pytest.mark.parametrize(("size", "dpi", "expected"), [
    ((1080, 1500), 96, "format"),  # a phone poster cropped near A4's shape: a phone asset
    ((1080, 1500), 300, "format"),  # whatever its dpi says, it prints 91 mm wide
    ((794, 1123), 96, "96 dpi"),  # A4 exported at screen resolution: a print page, too coarse
    ((1748, 2480), 72, "72 dpi"),  # A5's pixels at 300 dpi, a tag that says otherwise
    ((2551, 3579), 300, None),  # A4 with its bleed at 300 dpi
])
def test_a_page_is_judged_by_its_pixels_not_only_its_shape(qapp, tmp_path, size, dpi, expected):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    poster = QImage(str(paint_poster(tmp_path / "phone.png", GOOD_LINES)))
    if size == (1080, 1500):  # the crop keeps the QR at the foot
        image = poster.copy(0, 420, 1080, 1500)
    else:
        image = poster.copy(0, 0, 1080, 1527).scaled(*size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
    findings = check_image(_saved(image, tmp_path / "page.png", dpi), read_text=False)
    page = [f for f in findings if f.rule in ("format", "image")]
    if expected is None:
        assert page == []
    elif expected == "format":
        assert [(f.severity, f.rule) for f in page] == [("error", "format")]
        assert "1080×1500" in page[0].why and "dpi" not in page[0].why
    else:
        assert [(f.severity, f.rule) for f in page] == [("warning", "image")] and expected in page[0].why
