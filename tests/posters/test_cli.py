"""`flashdesk poster render/check` on a fresh store, and the batch of staff posters."""

import pypdfium2
import zxingcpp
from openpyxl import Workbook
from PySide6.QtGui import QImage

from flashdesk.cli import main
from flashdesk.posters import qr
from flashdesk.posters.batch import parse_rows, read_rows
from flashdesk.posters.commands import check_png, render_campaign_png


def test_render_on_a_fresh_store_then_check(qapp, tmp_path, capsys):
    store = tmp_path / "fresh.sqlite3"
    out = tmp_path / "p.png"
    assert main(["poster", "render", "1", "-o", str(out), "--store", str(store)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)
    assert qr.decode(image) == ["https://example.com/live-code"]
    assert main(["poster", "check", str(out)]) == 0
    assert "decodes to: https://example.com/live-code" in capsys.readouterr().out


def test_render_pdf_in_print_format(qapp, tmp_path):
    store = tmp_path / "s.sqlite3"
    out = tmp_path / "p.pdf"
    code = main(["poster", "render", "1", "--format", "a4", "-o", str(out), "--store", str(store)])
    assert code == 0, "the phone layout moved to A4 passes the checker (QR grown to the print minimum)"
    pdf = pypdfium2.PdfDocument(str(out))
    assert round(pdf[0].get_size()[0] / 72 * 25.4) == 216  # 210 mm + 2 × 3 mm bleed
    pixels = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(pixels)] == ["https://example.com/live-code"]
    pdf.close()


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
    store = tmp_path / "s.sqlite3"
    listing = tmp_path / "staff.csv"
    listing.write_text("姓名,链接\n张三,https://example.com/s/zhang\n李四,\n王五,https://example.com/s/"
                       + "w" * 2400 + "\n赵六,https://example.com/s/zhao\n", encoding="utf-8")
    out = tmp_path / "batch"
    assert main(["poster", "render", "1", "--batch", str(listing), "-o", str(out),
                 "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "row 3:" in err and "empty" in err
    assert "row 4:" in err and "at most 2331 bytes" in err
    files = sorted(p.name for p in out.glob("*.png"))
    assert files == ["002-张三.png", "005-赵六.png"]
    assert qr.decode(QImage(str(out / "005-赵六.png"))) == ["https://example.com/s/zhao"]


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
