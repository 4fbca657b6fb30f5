"""Posters show the deal: the gift line and the coupon badge read back from the rendered PDF
text and the PNG's pixels (OCR), the QR still decodes; a campaign without prices shows no
到手价 ¥0 and the checker says why the price is missing."""

import unicodedata
from datetime import datetime

import pypdfium2
import zxingcpp

from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.campaigns.offer import OfferDraft
from flashdesk.campaigns.service import create_campaign, get_draft, update_campaign
from flashdesk.posters import render, service
from flashdesk.posters.checks import check
from flashdesk.posters.ocr import read_text


def _poster(store, campaign_id, template="phone_promo", fmt="phone"):
    pid = service.create_from_template(store, campaign_id, template, fmt, f"t-{template}-{fmt}").result
    return service.poster_doc(store, pid)


def _pdf_text(doc, path) -> str:
    pdf = pypdfium2.PdfDocument(str(render.save_pdf([doc], path)))
    text = unicodedata.normalize("NFKC", pdf[0].get_textpage().get_text_range())
    pdf.close()
    return text


def test_sample_poster_shows_the_gift_and_the_coupon(qapp, store, campaign_id, tmp_path):
    draft = get_draft(store, campaign_id)
    draft.offer.coupon_threshold, draft.offer.coupon_off = 300, 30
    update_campaign(store, campaign_id, draft)
    doc = _poster(store, campaign_id)
    text = _pdf_text(doc, tmp_path / "p.pdf")
    assert "加赠 380ml 正装(价值 ¥450)" in text and "券 满300减30" in text
    assert "到手价 ¥340" in text and "原价" not in text  # equal prices: nothing struck through
    image = render.render_image(doc)
    lines = [box.text.replace(" ", "") for box in read_text(image)]
    assert any("加赠380ml正装" in line for line in lines), lines
    assert any("满300减30" in line for line in lines), lines
    png = tmp_path / "p.png"
    render.save_png(doc, png)
    from PIL import Image

    assert [r.text for r in zxingcpp.read_barcodes(Image.open(png))] == [doc.qr_elements()[0].props["payload"]]
    assert not [f for f in check(doc, decode_qr=False) if f.severity == "error"]


def test_no_gift_no_coupon_leaves_their_lines_out(qapp, store, tmp_path):
    cid = create_campaign(store, CampaignDraft(name="n", product="面霜", list_price=299, deal_price=199,
                                               launch_at=datetime(2026, 6, 18, 20),
                                               offer=OfferDraft())).result
    doc = _poster(store, cid, "print_flyer", "a5")
    text = _pdf_text(doc, tmp_path / "p.pdf")
    assert "原价 ¥299" in text and "到手价 ¥199" in text
    assert "加赠" not in text and "券" not in text and "价值" not in text


def test_a_campaign_without_prices_shows_no_zero_price(qapp, store, tmp_path):
    cid = create_campaign(store, CampaignDraft(name="n", product="面霜",
                                               launch_at=datetime(2026, 6, 18, 20))).result
    doc = _poster(store, cid)
    text = _pdf_text(doc, tmp_path / "p.pdf")
    assert "¥" not in text and "到手价" not in text and "面霜" in text
    warnings = [f for f in check(doc, decode_qr=False) if f.rule == "price"]
    assert len(warnings) == 1 and "no deal price" in warnings[0].why
