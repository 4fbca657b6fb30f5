"""Each checker rule: a poster built to fail it, and the fix that clears it."""

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage

from flashdesk.posters.checks import ERROR, INFO, WARNING, check, has_errors
from flashdesk.posters.formats import formats
from flashdesk.posters.model import Element
from tests.posters.helpers import element, make_doc


def rules(findings, rule, severity=None):
    return [f for f in findings if f.rule == rule and (severity is None or f.severity == severity)]


@pytest.fixture
def doc(qapp):
    return make_doc()


@pytest.mark.parametrize("product", ["爽肤水 230ml 限定装 · 618 专享礼盒", "粽子"])
def test_every_template_passes_in_every_format(qapp, product):
    """Each shipped template on its own formats and moved to the others (`poster render
    --format`), with a long and a two-character product: no error, no warning."""
    from flashdesk.posters.commands import reformat
    from flashdesk.posters.formats import templates

    for template in templates().values():
        own = make_doc(template.key, "phone" if template.group == "phone" else "a4")
        own.values["product"] = product
        for key, fmt in formats().items():
            doc = make_doc(template.key, key) if template.fits(fmt) else reformat(own, key)
            doc.values["product"] = product
            findings = [f for f in check(doc) if f.severity != INFO]
            assert findings == [], (template.key, key, [f.line() for f in findings])


def test_1_format(doc):
    doc.format = replace(formats()["phone"], height=1350)
    assert rules(check(doc, decode_qr=False), "format", ERROR)
    doc.format = formats()["phone"]
    assert not rules(check(doc, decode_qr=False), "format")
    a4 = make_doc("print_flyer", "a4")
    a4.format = replace(a4.format, bleed=0)
    assert rules(check(a4, decode_qr=False), "format", ERROR)


def test_2_focus(doc):
    for i in range(8):
        doc.elements.append(Element("text", 100 + i, 1800, 10, 10, 50 + i, props={"text": ""}))
    assert rules(check(doc, decode_qr=False), "focus", WARNING)
    doc.elements = doc.elements[:-8]
    element(doc, "headline").props["size"] = 30
    found = rules(check(doc, decode_qr=False), "focus", WARNING)
    assert found and found[0].element_id == element(doc, "price").id
    element(doc, "headline").props["size"] = 81
    assert not rules(check(doc, decode_qr=False), "focus")


def test_3_palette_hint_is_information(doc):
    assert [f.severity for f in rules(check(doc, decode_qr=False), "palette")] == [INFO]


def test_4_contrast_against_the_pixels_under_the_text(doc):
    sub = element(doc, "subheadline")
    sub.props["color"] = "#B71C1C"  # red on the red background
    found = rules(check(doc, decode_qr=False), "contrast")
    assert found and found[0].element_id == sub.id and found[0].severity == ERROR
    sub.props["color"] = "#FFFFFF"
    assert not rules(check(doc, decode_qr=False), "contrast")
    # a light box placed under white text: the colour alone is fine, the pixels are not
    doc.elements.append(Element("badge", sub.x, sub.y, sub.w, sub.h, sub.z - 1,
                                props={"text": "", "fill": "#FAFAFA"}))
    doc.elements[-1].z = -1
    sub.z = 50
    background = element(doc, "background")
    background.z = -2
    found = rules(check(doc, decode_qr=False), "contrast")
    assert [f.element_id for f in found] == [sub.id]


def test_4_body_text_needs_4_5(doc):
    benefits = element(doc, "benefits")
    background = element(doc, "background")
    background.props.update(fill="solid", color="#FFFFFF")
    for e in doc.elements:
        if e.is_text or e.kind == "price":
            e.props.update(color="#000000", list_color="#000000")
    benefits.props.update(color="#8A8A8A", weight=400, size=30)  # ~3.5:1 on white, small
    found = rules(check(doc, decode_qr=False), "contrast")
    assert [(f.element_id, f.severity) for f in found] == [(benefits.id, WARNING)]
    benefits.props["color"] = "#555555"
    assert not rules(check(doc, decode_qr=False), "contrast")


def test_5_too_much_text(doc):
    element(doc, "benefits").props["text"] = "群内专享福利多多" * 12
    element(doc, "benefits").props["size"] = 12
    assert rules(check(doc, decode_qr=False), "text", WARNING)
    element(doc, "benefits").props["text"] = "仅限群内"
    assert not rules(check(doc, decode_qr=False), "text")


def test_6_qr_overlap_quiet_zone_module_contrast_inverted(doc):
    code = element(doc, "qr")
    caption = element(doc, "caption")
    caption.y = code.y + code.h - 5
    assert any("overlaps" in f.why for f in rules(check(doc, decode_qr=False), "qr", ERROR))
    caption.y = code.y + code.h + 40
    assert not rules(check(doc, decode_qr=False), "qr")

    code.props["quiet"] = 1
    assert any("quiet zone" in f.why for f in rules(check(doc), "qr", ERROR))
    code.props["quiet"] = 4

    code.w = code.h = 180
    assert any("module" in f.why for f in rules(check(doc, decode_qr=False), "qr", ERROR))
    code.w = code.h = 378

    code.props["fg"] = "#BBBBBB"
    assert any("contrast" in f.why for f in rules(check(doc, decode_qr=False), "qr", ERROR))
    code.props.update(fg="#FFFFFF", bg="#000000")
    assert any("inverted" in f.why for f in rules(check(doc), "qr", WARNING))
    code.props.update(fg="#000000", bg="#FFFFFF")
    assert not rules(check(doc), "qr")


def test_6_print_qr_physical_size(qapp):
    a5 = make_doc("print_flyer", "a5")
    code = element(a5, "qr")
    code.w = code.h = a5.format.units(34)
    assert any("mm wide" in f.why for f in rules(check(a5, decode_qr=False), "qr", ERROR))
    code.w = code.h = a5.format.units(50)
    assert not rules(check(a5, decode_qr=False), "qr")


def test_6_qr_must_decode_after_sharing(doc):
    code = element(doc, "qr")
    code.props["payload"] = "https://example.com/live/" + "x" * 20
    code.w = code.h = 110  # 2-pixel modules: the clean render decodes, the shared copy does not
    found = rules(check(doc), "qr", ERROR)
    assert not any("does not decode" in f.why for f in found)
    assert any("After sharing" in f.why for f in found), found
    code.w = code.h = 378
    assert not rules(check(doc), "qr")


def test_6_covered_code_does_not_decode(doc):
    code = element(doc, "qr")
    doc.elements.append(Element("image", code.x + code.w * 0.3, code.y + code.h * 0.3,
                                code.w * 0.4, code.h * 0.4, 99, props={"asset": 7}))
    cover = QImage(50, 50, QImage.Format.Format_RGB32)
    cover.fill(QColor("#E53935"))
    doc.images[7] = cover
    found = rules(check(doc), "qr", ERROR)
    assert any("does not decode" in f.why for f in found)
    assert any("overlaps" in f.why for f in found)


def test_6_wechat_group_code_warns(doc):
    element(doc, "qr").props["payload"] = "https://weixin.qq.com/g/AbCdEf123"
    assert any("live code" in f.fix for f in rules(check(doc), "qr", WARNING))


def test_6_empty_payload_is_an_error_not_a_crash(doc):
    element(doc, "qr").props["payload"] = ""
    found = check(doc)
    assert has_errors(found) and "empty" in found[0].why


def test_8_print_image_resolution(qapp):
    a4 = make_doc("print_flyer", "a4")
    photo = QImage(400, 400, QImage.Format.Format_RGB32)
    photo.fill(QColor("#FFFFFF"))
    a4.images[1] = photo
    a4.elements.append(Element("image", 300, 300, 600, 600, 20, props={"asset": 1}))
    found = rules(check(a4, decode_qr=False), "image")
    assert [f.severity for f in found] == [WARNING]  # 200 ppi
    a4.elements[-1].w = a4.elements[-1].h = 1000  # 120 ppi
    assert [f.severity for f in rules(check(a4, decode_qr=False), "image")] == [ERROR]
    a4.elements[-1].w = a4.elements[-1].h = 400  # 300 ppi
    assert not rules(check(a4, decode_qr=False), "image")


def test_8_phone_upscaled_image(doc):
    small = QImage(100, 100, QImage.Format.Format_RGB32)
    small.fill(QColor("#FFFFFF"))
    doc.images[1] = small
    doc.elements.append(Element("image", 100, 1700, 150, 150, 20, props={"asset": 1}))
    assert rules(check(doc, decode_qr=False), "image", WARNING)
    doc.elements[-1].w = doc.elements[-1].h = 90
    assert not rules(check(doc, decode_qr=False), "image")


def test_9_balance_is_information(doc):
    for e in doc.elements:
        if e.kind != "background":
            e.w = e.w / 2
    found = rules(check(doc, decode_qr=False), "balance")
    assert found and {f.severity for f in found} == {INFO}


def test_10_overflow_glyphs_safe_area_outside(doc):
    sub = element(doc, "subheadline")
    sub.props["bind"] = "{launch_date} " * 6
    assert any("cut off" in f.why for f in rules(check(doc, decode_qr=False), "layout", ERROR))
    sub.props["bind"] = "群内开抢 \U0001F9FF\U000E0041"
    assert any("no glyph" in f.why for f in rules(check(doc, decode_qr=False), "layout", ERROR))
    sub.props["bind"] = "群内开抢"
    sub.x = 10
    assert any("safe area" in f.why for f in rules(check(doc, decode_qr=False), "layout", WARNING))
    sub.x = -50
    assert any("outside the page" in f.why for f in rules(check(doc, decode_qr=False), "layout", ERROR))
    sub.x = 86.4
    assert not rules(check(doc, decode_qr=False), "layout")


def test_7_extreme_words_and_claims_from_the_copy_lint(doc):
    benefits = element(doc, "benefits")
    benefits.props["text"] = "全网最低价\n100%有效"
    found = rules(check(doc, decode_qr=False), "claims")
    assert {(f.element_id, f.severity) for f in found} == {(benefits.id, ERROR), (benefits.id, WARNING)}
    assert any("全网最低" in f.why and "群内专享价" in f.fix for f in found)
    benefits.props["text"] = "仅限群内专享\n限量发售，售完即止"
    assert not rules(check(doc, decode_qr=False), "claims")
