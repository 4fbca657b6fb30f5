"""`flashdesk poster render/check` on a fresh store, and the batch of staff posters."""

import pypdfium2
import pytest
import zxingcpp
from openpyxl import Workbook
from PySide6.QtGui import QImage

from flashdesk.cli import main
from flashdesk.posters import qr
from flashdesk.posters.batch import parse_rows, read_rows
from flashdesk.posters.commands import check_png, render_campaign_png


def _new_store(tmp_path, capsys, product="粽子礼盒") -> str:
    """A store holding one campaign made with `flashdesk new`, as an operator starts."""
    store = str(tmp_path / "s.sqlite3")
    assert main(["new", "--name", "端午", "--product", product, "--launch", "2026-06-18T20:00",
                 "--list-price", "99", "--deal-price", "69", "--store", store]) == 0
    assert capsys.readouterr().out.strip() == "1"
    return store


def test_render_on_a_store_made_with_new_then_check(qapp, tmp_path, capsys):
    store = _new_store(tmp_path, capsys)
    out = tmp_path / "p.png"
    assert main(["poster", "render", "1", "-o", str(out), "--store", store]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)
    assert qr.decode(image) == ["https://example.com/live-code"]
    assert main(["poster", "check", str(out)]) == 0
    assert "decodes to: https://example.com/live-code" in capsys.readouterr().out
    assert main(["campaigns", "--store", store]) == 0
    assert capsys.readouterr().out.strip().splitlines() == ["1\t端午\t2026-06-18 20:00"], \
        "rendering must not add the sample campaign"


def test_render_writes_nothing_on_errors_unless_forced(qapp, tmp_path, capsys):
    store = _new_store(tmp_path, capsys, product="全网最低价粽子")
    out = tmp_path / "p.png"
    assert main(["poster", "render", "1", "-o", str(out), "--store", store]) == 1
    captured = capsys.readouterr()
    assert "[error] claims" in captured.out and "全网最低" in captured.out
    assert "Nothing written" in captured.err and "--force" in captured.err
    assert not out.exists()
    assert main(["poster", "render", "1", "-o", str(out), "--store", store, "--force"]) == 1
    assert qr.decode(QImage(str(out))) == ["https://example.com/live-code"]


def _pdf_text(path) -> str:
    """The text layer as poppler's pdftotext reads it (pdfium's extraction where poppler
    is not installed)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    pdf = pypdfium2.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    return text


@pytest.mark.parametrize("fmt", ["a4", "a5"])
def test_render_pdf_in_print_format(qapp, tmp_path, capsys, fmt):
    store = _new_store(tmp_path, capsys)
    out = tmp_path / "p.pdf"
    code = main(["poster", "render", "1", "--format", fmt, "-o", str(out), "--store", store])
    assert code == 0, "the phone layout moved to print passes the checker (QR grown to the minimum)"
    trim_mm = {"a4": (210, 297), "a5": (148, 210)}[fmt]
    pdf = pypdfium2.PdfDocument(str(out))
    page = pdf[0]
    assert round(page.get_size()[0] / 72 * 25.4) == trim_mm[0] + 6  # 3 mm bleed each side
    left, bottom, right, top = page.get_trimbox()
    assert (round((right - left) / 72 * 25.4), round((top - bottom) / 72 * 25.4)) == trim_mm
    assert abs(left / 72 * 25.4 - 3) < 0.1, "the trim lies 3 mm inside the bleed"
    b_left, _b_bottom, b_right, _b_top = page.get_bleedbox()
    assert round((b_right - b_left) / 72 * 25.4) == trim_mm[0] + 6
    pixels = page.render(scale=150 / 72).to_pil().convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(pixels)] == ["https://example.com/live-code"]
    pdf.close()
    text = _pdf_text(out)
    for words in ("粽子礼盒", "6月18日", "到手价 ¥69", "扫码进群"):
        assert words in text, (words, text)
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text), "no radicals in the text layer"


def test_crop_marks_sit_outside_the_bleed(qapp, tmp_path, capsys):
    import numpy as np

    store = _new_store(tmp_path, capsys)
    out = tmp_path / "marks.pdf"
    assert main(["poster", "render", "1", "--format", "a5", "--crop-marks", "-o", str(out),
                 "--store", store]) == 0
    pdf = pypdfium2.PdfDocument(str(out))
    page = pdf[0]
    width, height = page.get_size()
    left, _bottom, right, _top = page.get_trimbox()
    assert round((right - left) / 72 * 25.4) == 148 and round(width / 72 * 25.4) == 148 + 26
    b_left, _b_bottom, _b_right, b_top = page.get_bleedbox()
    scale = 4
    gray = np.asarray(page.render(scale=scale).to_pil().convert("L"))
    pdf.close()
    x = round(left * scale)  # the left trim line, in the margin above the bleed
    y_bleed = round((height - b_top) * scale)
    assert gray[: y_bleed - 2, x - 2:x + 3].min() < 128, "a mark continues the trim line"
    assert gray[: y_bleed - 2, x + 20:x + 40].min() > 250, "nothing else in the margin"
    corner = gray[: y_bleed - 2, : round(b_left * scale) - 2]
    assert corner.size and corner.min() > 250, "marks stop short of the corner"
    assert gray[y_bleed + 4:y_bleed + 8, x + 20:x + 40].max() < 255, "the artwork starts at the bleed"


def test_check_exits_1_on_an_image_without_a_readable_qr(qapp, tmp_path, capsys):
    blank = QImage(1080, 1920, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    blank.save(str(tmp_path / "blank.png"))
    assert main(["poster", "check", str(tmp_path / "blank.png")]) == 1
    assert "No QR code decodes" in capsys.readouterr().out
    assert main(["poster", "check", str(tmp_path / "missing.png")]) == 2


def test_check_flags_a_cramped_quiet_zone_and_wrong_format(qapp, tmp_path):
    import qrcode

    img = qrcode.make("https://example.com/q", border=1, box_size=8)
    img.save(tmp_path / "q.png")
    findings = check_png(tmp_path / "q.png")
    whys = " ".join(f.why for f in findings if f.severity == "error")
    assert "quiet zone" in whys and "neither a 9:16" in whys


def test_batch_renders_good_rows_and_reports_bad_ones(qapp, tmp_path, capsys):
    store = _new_store(tmp_path, capsys)
    listing = tmp_path / "staff.csv"
    listing.write_text("姓名,链接\n张三,https://example.com/s/zhang\n李四,\n王五,https://example.com/s/"
                       + "w" * 2400 + "\n赵六,https://example.com/s/zhao\n钱七,加我微信 abc123\n"
                       "孙八,htps://example.com/s/sun\n", encoding="utf-8")
    out = tmp_path / "batch"
    assert main(["poster", "render", "1", "--batch", str(listing), "-o", str(out),
                 "--store", store]) == 1
    err = capsys.readouterr().err
    assert "row 3:" in err and "empty" in err
    assert "row 4:" in err and "at most 2331 bytes" in err
    assert "row 6:" in err and "web address" in err and "加我微信" in err
    assert "row 7:" in err and "htps://" in err
    files = sorted(p.name for p in out.glob("*.png"))
    assert files == ["002-张三.png", "005-赵六.png"]
    assert qr.decode(QImage(str(out / "005-赵六.png"))) == ["https://example.com/s/zhao"]


def test_batch_holds_back_posters_with_errors_unless_forced(qapp, tmp_path, capsys):
    store = _new_store(tmp_path, capsys, product="国家级粽子")
    listing = tmp_path / "staff.csv"
    listing.write_text("张三,https://example.com/s/zhang\n", encoding="utf-8")
    out = tmp_path / "batch"
    assert main(["poster", "render", "1", "--batch", str(listing), "-o", str(out),
                 "--store", store]) == 1
    assert "--force" in capsys.readouterr().err
    assert list(out.glob("*.png")) == []
    assert main(["poster", "render", "1", "--batch", str(listing), "-o", str(out),
                 "--store", store, "--force"]) == 1
    assert [p.name for p in out.glob("*.png")] == ["001-张三.png"]


def test_staff_lists_from_xlsx_and_pasted_text(tmp_path):
    book = Workbook()
    book.active.append(["name", "payload"])
    book.active.append(["小明", "https://example.com/a"])
    book.save(tmp_path / "s.xlsx")
    assert [(r.row, r.name, r.payload) for r in read_rows(tmp_path / "s.xlsx")] == \
        [(2, "小明", "https://example.com/a")]
    assert [(r.row, r.name) for r in parse_rows("甲\thttps://x\n\n乙\thttps://y")] == [(1, "甲"), (3, "乙")]


def test_packaging_self_test_functions(qapp, tmp_path, store, campaign_id):
    path = render_campaign_png(store, str(campaign_id), tmp_path / "self.png")
    findings = check_png(path)
    assert not [f for f in findings if f.severity == "error"]
    assert any("decodes to" in f.why for f in findings)
