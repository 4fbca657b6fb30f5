"""One render path: the QR decodes from the PNG, from the PDF rendered back to pixels, and
after the downscale + JPEG a shared phone screenshot goes through."""

import unicodedata

import pypdfium2
import pytest
from PySide6.QtGui import QImage

from flashdesk.posters import qr, render
from flashdesk.posters.formats import PosterError
from tests.posters.helpers import element, make_doc

PAYLOAD = "https://example.com/live/abc?from=618"


@pytest.mark.parametrize("template", ["phone_promo", "phone_fresh", "phone_gold", "phone_pink"])
def test_phone_png_decodes_clean_and_degraded(qapp, tmp_path, template):
    doc = make_doc(template, payload=PAYLOAD)
    path = render.save_png(doc, tmp_path / "p.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1080, 1920)
    assert qr.decode(image) == [PAYLOAD]
    shared = qr.degraded(image)
    assert shared.width() == 540
    assert qr.decode(shared) == [PAYLOAD]


@pytest.mark.parametrize("fmt", ["a4", "a5"])
def test_print_pdf_decodes_after_rendering_back(qapp, tmp_path, fmt):
    doc = make_doc("print_flyer", fmt, payload=PAYLOAD)
    path = render.save_pdf([doc, make_doc("print_festive", fmt, payload=PAYLOAD)], tmp_path / "p.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    assert len(pdf) == 2
    width_mm = pdf[0].get_size()[0] / 72 * 25.4
    assert width_mm == pytest.approx(doc.format.mm(doc.format.full_width), abs=0.5), "bleed included"
    for page in pdf:
        pixels = page.render(scale=150 / 72).to_pil().convert("L")
        import zxingcpp

        assert [r.text for r in zxingcpp.read_barcodes(pixels, formats=zxingcpp.QRCode)] == [PAYLOAD]
    # Qt's ToUnicode maps some CJK glyphs to their Kangxi radical twins (⽔ for 水); NFKC folds them
    text = unicodedata.normalize("NFKC", pdf[0].get_textpage().get_text_range())
    assert "爽肤水 230ml 限定装" in text, "text stays text in the PDF"
    pdf.close()


def test_qr_is_vector_in_the_pdf(qapp, tmp_path):
    doc = make_doc("print_flyer", "a4", payload=PAYLOAD)
    for e in list(doc.elements):
        if e.kind != "qr":
            doc.elements.remove(e)
    path = render.save_pdf([doc], tmp_path / "qr.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    kinds = {obj.type for obj in pdf[0].get_objects()}
    assert pypdfium2.raw.FPDF_PAGEOBJ_IMAGE not in kinds
    assert pypdfium2.raw.FPDF_PAGEOBJ_PATH in kinds
    pdf.close()


def test_png_modules_have_crisp_edges(qapp):
    doc = make_doc(payload=PAYLOAD)
    code = element(doc, "qr")
    image = render.render_image(doc)
    x0, y0 = int(code.x), int(code.y)
    grays = {QImage.pixelColor(image, x, y).lightness()
             for x in range(x0, x0 + int(code.w)) for y in range(y0 + 100, y0 + 102)}
    assert grays <= {0, 255}, "modules snapped to whole pixels: only black and white"


def test_logo_switches_to_level_h():
    assert qr.level_for({"payload": "x"}) == "M"
    assert qr.level_for({"payload": "x", "logo_asset": 3}) == "H"
    assert qr.qr_symbol("https://example.com", "H").level == "H"


def test_bad_payloads_say_what_to_do():
    with pytest.raises(PosterError, match="empty"):
        qr.qr_symbol("   ")
    with pytest.raises(PosterError, match="at most 2331 bytes"):
        qr.qr_symbol("x" * 3000)
    with pytest.raises(PosterError, match="at most 1273 bytes"):
        qr.qr_symbol("x" * 1300, "H")


def test_font_weight_reaches_the_pixels(qapp):
    """The variable font's wght axis: a 900 headline is visibly darker than a 100 one."""
    def ink(weight):
        doc = make_doc()
        doc.elements = [e for e in doc.elements if e.kind in ("background", "headline")]
        element(doc, "background").props.update(fill="solid", color="#FFFFFF")
        element(doc, "headline").props.update(weight=weight, color="#000000")
        image = render.render_image(doc, 0.25)
        return sum(255 - image.pixelColor(x, y).lightness()
                   for x in range(image.width()) for y in range(image.height()))

    assert ink(900) > 1.5 * ink(100)


def test_logo_on_the_code_still_decodes_and_oversize_logo_is_flagged(qapp):
    from PySide6.QtGui import QColor

    from flashdesk.posters.checks import check

    doc = make_doc(payload=PAYLOAD)
    logo = QImage(64, 64, QImage.Format.Format_RGB32)
    logo.fill(QColor("#E53935"))
    doc.images[5] = logo
    code = element(doc, "qr")
    code.props["logo_asset"] = 5
    image = render.render_image(doc)
    middle = image.pixelColor(round(code.x + code.w / 2), round(code.y + code.h / 2))
    assert middle.red() > 200 and middle.green() < 100, "the logo sits in the middle"
    assert qr.decode(image) == [PAYLOAD] and qr.decode(qr.degraded(image)) == [PAYLOAD]
    assert not [f for f in check(doc) if f.rule == "qr"]
    code.props["logo_side"] = 0.45
    assert any("logo covers" in f.why for f in check(doc, decode_qr=False))


def test_font_weight_reaches_the_pdf(qapp, tmp_path):
    """The PDF embeds the weight chosen on the wght axis (rendered back, 900 has more ink)."""
    import numpy

    def ink(weight):
        doc = make_doc("print_flyer", "a5")
        doc.elements = [e for e in doc.elements if e.kind in ("background", "headline")]
        element(doc, "background").props.update(fill="solid", color="#FFFFFF")
        element(doc, "headline").props.update(weight=weight, color="#000000")
        path = render.save_pdf([doc], tmp_path / f"w{weight}.pdf")
        pdf = pypdfium2.PdfDocument(str(path))
        pixels = numpy.asarray(pdf[0].render(scale=0.5).to_pil().convert("L"), dtype=float)
        pdf.close()
        return (255 - pixels).sum()

    assert ink(900) > 1.5 * ink(100)


def test_equal_list_price_is_not_struck_through(qapp):
    from flashdesk.posters.model import list_price_text

    doc = make_doc()
    price = element(doc, "price")
    assert list_price_text(price, doc.values) == "原价 ¥399"
    doc.values["list_price"] = doc.values["deal_price"]
    assert list_price_text(price, doc.values) == ""
    price.props.pop("list_bind")
    price.props["list_text"] = "日常价 ¥299"  # typed by the operator: shown as typed
    assert list_price_text(price, doc.values) == "日常价 ¥299"


def test_text_layer_maps_shared_glyphs_back_to_the_ideograph():
    """Every CMap form Qt or another writer uses: an array range, a run range, single chars;
    source codes stay, destinations become what the poster shows."""
    from flashdesk.posters.print_pdf import fixed_to_unicode, shared_glyphs

    table = shared_glyphs()
    assert table[0x2F49] == "月" and table[0x2EC5] == "见" and table[0x09] == " "
    cmap = (b"2 beginbfrange\n<0001> <0003> [<2F49> <0009> <2F47>]\n<2F49> <2F4A> <2F49>\n"
            b"endbfrange\n1 beginbfchar\n<2F47> <2EC5>\nendbfchar\n")
    assert fixed_to_unicode(cmap, table) == (
        b"2 beginbfrange\n<0001> <0003> [<6708> <0020> <65E5>]\n<2F49> <2F4A> [<6708> <6728>]\n"
        b"endbfrange\n1 beginbfchar\n<2F47> <89C1>\nendbfchar\n")
