"""The Posters tab through qtbot: drag, resize, property edits, each one undo step; findings
select their element; export off the UI thread; new poster from a template."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from flashdesk.gui.posters.tab import PostersTab
from flashdesk.posters import qr
from flashdesk.posters.service import find_poster, list_posters, poster_doc
from tests.gui.helpers import when_modal


@pytest.fixture(autouse=True)
def _english(qapp):
    """Start in English, whatever an earlier test of another area left installed."""
    from flashdesk import i18n

    i18n.install("en")


@pytest.fixture
def tab(qtbot, app_context, campaign_id):
    widget = PostersTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    app_context.select_campaign(campaign_id)
    qtbot.waitUntil(lambda: widget.doc is not None)
    return widget


def _element(tab, kind):
    return next(e for e in tab.doc.elements if e.kind == kind)


def _center(tab, element):
    return tab.canvas.screen_rect(element).center().toPoint()


def test_drag_moves_and_undo_restores(qtbot, tab, app_context, campaign_id):
    sub = _element(tab, "subheadline")
    x0, y0 = sub.x, sub.y
    start = _center(tab, sub)
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=start)
    assert tab.canvas.selected == sub.id
    qtbot.mouseMove(tab.canvas, start + QPoint(0, 40))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 40))
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == sub.id)
    assert stored.y > y0 + 20 and stored.x == pytest.approx(x0, abs=1)
    assert app_context.undo_stack.count() == 1
    app_context.undo_stack.undo()
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == sub.id)
    assert (stored.x, stored.y) == (x0, y0)
    assert _element(tab, "subheadline").y == y0, "the canvas shows the undone state"


def test_resize_with_a_handle_keeps_the_qr_square(qtbot, tab, app_context):
    code = _element(tab, "qr")
    width = code.w
    tab.canvas.select(code.id)
    corner = tab.canvas.screen_rect(code).bottomRight().toPoint()
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(tab.canvas, corner + QPoint(30, 10))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=corner + QPoint(30, 10))
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == code.id)
    assert stored.w > width and stored.w == stored.h
    assert app_context.undo_stack.count() == 1


def test_locked_background_does_not_move(qtbot, tab, app_context):
    background = _element(tab, "background")
    point = QPoint(tab.canvas.screen_rect(background).left() + 5, tab.canvas.screen_rect(background).top() + 5)
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(tab.canvas, point + QPoint(50, 50))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=point + QPoint(50, 50))
    assert tab.canvas.selected == background.id
    assert app_context.undo_stack.count() == 0


def test_drag_snaps_to_the_page_centre(qtbot, tab):
    badge = _element(tab, "badge")
    start = _center(tab, badge)
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.canvas, start + QPoint(3, 0))
    assert ("v", 540.0) in tab.canvas.guides
    assert badge.x + badge.w / 2 == pytest.approx(540, abs=0.5)
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(3, 0))
    assert tab.canvas.guides == []


def test_typing_a_text_unlinks_it_one_undo_step(qtbot, tab, app_context):
    headline = _element(tab, "headline")
    tab.canvas.select(headline.id)
    tab.properties.text.setPlainText("全新标题")
    tab.properties.text.finished.emit()
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == headline.id)
    assert stored.props["text"] == "全新标题" and "bind" not in stored.props
    app_context.undo_stack.undo()
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == headline.id)
    assert stored.props["bind"] == "{product}"


def test_weight_and_payload_edits_and_findings_select(qtbot, tab, app_context):
    headline = _element(tab, "headline")
    tab.canvas.select(headline.id)
    tab.properties.weight.setCurrentIndex(tab.properties.weight.findData(300))
    tab.properties.weight.activated.emit(tab.properties.weight.currentIndex())
    assert _element(tab, "headline").props["weight"] == 300
    code = _element(tab, "qr")
    tab.canvas.select(code.id)
    tab.properties.payload.setText("https://weixin.qq.com/g/AAAA")
    tab.properties.payload.editingFinished.emit()
    assert app_context.undo_stack.count() == 2
    tab.run_checks()
    items = [tab.findings_list.item(i) for i in range(tab.findings_list.count())]
    group = next(i for i in items if "200" in i.text())
    tab.canvas.select(None)
    tab.findings_list.itemClicked.emit(group)
    assert tab.canvas.selected == code.id


def test_z_order_and_delete_are_undoable(qtbot, tab, app_context):
    caption = _element(tab, "caption")
    tab.canvas.select(caption.id)
    before = [e.id for e in tab.doc.ordered()]
    tab.restack(-1)
    after = [e.id for e in tab.doc.ordered()]
    assert after.index(caption.id) == before.index(caption.id) - 1
    tab.delete_element()
    assert tab.doc.element(caption.id) is None
    app_context.undo_stack.undo()
    app_context.undo_stack.undo()
    assert [e.id for e in tab.doc.ordered()] == before


def test_export_png_off_thread_decodes(qtbot, tab, tmp_path):
    path = tmp_path / "out.png"
    task = tab.export("png", str(path))
    assert task is not None
    qtbot.waitUntil(lambda: not tab._tasks, timeout=20000)
    assert qr.decode(QImage(str(path))) == ["https://example.com/live-code"]


def test_export_with_errors_asks_first(qtbot, tab, tmp_path):
    code = _element(tab, "qr")
    tab.canvas.select(code.id)
    tab.properties.quiet.setValue(1)
    tab.properties.quiet.editingFinished.emit()
    when_modal(lambda box: box.reject())
    assert tab.export("pdf", str(tmp_path / "x.pdf")) is None
    assert not (tmp_path / "x.pdf").exists()


def test_new_poster_from_template_and_undo(qtbot, tab, app_context, campaign_id):
    def pick(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("a5"))
        dialog.name.setText("门店传单")
        dialog.accept()

    when_modal(pick)
    tab.new_poster()
    assert tab.doc.format.key == "a5"
    assert {p.name for p in list_posters(app_context.store, campaign_id)} == {"裂变海报", "门店传单"}
    app_context.undo_stack.undo()
    assert {p.name for p in list_posters(app_context.store, campaign_id)} == {"裂变海报"}
    assert find_poster(app_context.store, campaign_id).id == tab.poster_id


def test_batch_from_the_tab_reports_bad_rows(qtbot, tab, tmp_path):
    from flashdesk.posters.batch import parse_rows

    rows = parse_rows("张三,https://example.com/s/zhang\n李四,\n王五,https://example.com/s/wang")
    tab.batch(rows, str(tmp_path / "out"))
    qtbot.waitUntil(lambda: not tab._tasks, timeout=30000)
    assert tab.last_batch.problems[0][1] in tab.batch_summary.text()  # in any UI language
    tab.batch_summary.close()
    assert sorted(p.name for p in (tmp_path / "out").glob("*.png")) == ["001-张三.png", "003-王五.png"]
    assert [row for row, _ in tab.last_batch.problems] == [2]
    assert qr.decode(QImage(str(tmp_path / "out" / "003-王五.png"))) == ["https://example.com/s/wang"]


def test_batch_dialog_takes_pasted_rows(qtbot, tab):
    from flashdesk.gui.posters.batch_dialog import BatchDialog

    dialog = BatchDialog(tab)
    qtbot.addWidget(dialog)
    dialog.rows.setPlainText("甲\thttps://x.cn/1\n乙\thttps://x.cn/2")
    assert [(r.name, r.payload) for r in dialog.staff_rows()] == [("甲", "https://x.cn/1"), ("乙", "https://x.cn/2")]


def test_keyboard_nudge_and_delete(qtbot, tab, app_context):
    badge = _element(tab, "badge")
    x0 = badge.x
    tab.canvas.select(badge.id)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert _element(tab, "badge").x == x0 + 10
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert tab.doc.element(badge.id) is None
    assert app_context.undo_stack.count() == 2
    app_context.undo_stack.undo()
    app_context.undo_stack.undo()
    assert _element(tab, "badge").x == x0


def test_held_arrow_key_is_one_undo_step(qtbot, tab, app_context):
    badge = _element(tab, "badge")
    x0 = badge.x
    tab.canvas.select(badge.id)
    for _ in range(5):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert _element(tab, "badge").x == x0 + 5
    assert app_context.undo_stack.count() == 1  # the nudges merged
    app_context.undo_stack.undo()
    assert _element(tab, "badge").x == x0
    app_context.undo_stack.redo()
    assert _element(tab, "badge").x == x0 + 5


def test_adding_an_image_element_is_one_undo_step(qtbot, tab, app_context, tmp_path):
    """The picked image is stored as an asset and an element shows it: one step, and undo
    takes both back (the asset import and the document edit merge)."""
    from sqlmodel import select

    from flashdesk.posters.tables import PosterAsset

    def assets():
        with app_context.store.session() as session:
            return len(session.exec(select(PosterAsset.id)).all())

    path = tmp_path / "product.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(0xFF336699)
    image.save(str(path))
    before, count = len(tab.doc.elements), assets()
    when_modal(lambda dialog: (dialog.selectFile(str(path)), dialog.accept()))
    tab.add_element("image")
    assert len(tab.doc.elements) == before + 1 and assets() == count + 1
    assert app_context.undo_stack.count() == 1 and app_context.undo_stack.undoText() == "Add element"
    app_context.undo_stack.undo()
    assert len(tab.doc.elements) == before and assets() == count
    app_context.undo_stack.redo()
    added = next(e for e in tab.doc.elements if e.kind == "image" and e.props.get("asset"))
    assert added.props["asset"] in tab.doc.images


def test_checks_run_only_once_the_tab_is_seen(qtbot, app_context, campaign_id):
    hidden = PostersTab(app_context)
    qtbot.addWidget(hidden)
    app_context.select_campaign(campaign_id)
    qtbot.wait(400)
    assert hidden.findings == []
    hidden.show()
    qtbot.waitUntil(lambda: hidden.findings != [], timeout=5000)


def test_empty_payload_is_refused_on_export_but_the_canvas_still_paints(qtbot, tab, tmp_path):
    code = _element(tab, "qr")
    tab.canvas.select(code.id)
    tab.properties.payload.setText("")
    tab.properties.payload.editingFinished.emit()
    image = tab.canvas.grab().toImage()
    rect = tab.canvas.screen_rect(_element(tab, "caption")).toRect()
    brightest = max(image.pixelColor(x, y).lightness()
                    for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom()))
    assert brightest > 230, "the white caption above the QR in z order is still painted"
    tab.run_checks()
    assert tab.findings[0].severity == "error" and "empty" in tab.findings[0].why
    when_modal(lambda box: box.reject())
    assert tab.export("png", str(tmp_path / "x.png")) is None


def test_logo_can_be_removed_and_stale_edits_are_ignored(qtbot, tab, app_context):
    code = _element(tab, "qr")
    tab._props_edited(code.id, {"logo_asset": 3}, "logo")
    tab.canvas.select(code.id)
    assert tab.properties.remove_logo.isVisibleTo(tab.properties)
    tab.properties.remove_logo.click()
    assert "logo_asset" not in _element(tab, "qr").props
    count = app_context.undo_stack.count()
    tab._props_edited("gone", {"text": "x"}, "stale")
    assert app_context.undo_stack.count() == count


def test_palette_switch_recolours_template_colours_and_undoes(qtbot, tab, app_context):
    headline, code = _element(tab, "headline"), _element(tab, "qr")
    tab._props_edited(_element(tab, "caption").id, {"color": "#123456"}, "hand-picked")
    index = tab.palette_box.findData("fresh_green")
    tab.palette_box.setCurrentIndex(index)
    tab.palette_box.activated.emit(index)
    assert tab.doc.palette == "fresh_green"
    assert _element(tab, "headline").props["color"] == "#1B5E20"  # primary of the new palette
    assert _element(tab, "caption").props["color"] == "#123456", "hand-picked colours stay"
    assert _element(tab, "qr").props["fg"] == code.props["fg"]
    app_context.undo_stack.undo()
    assert tab.doc.palette == "festive_red" and _element(tab, "headline").props["color"] == headline.props["color"]


def test_printer_path_prints_a_scannable_page(qtbot, tab, tmp_path):
    """The printer goes through the same paint(); a PDF printer stands in for paper."""
    import pypdfium2
    import zxingcpp
    from PySide6.QtPrintSupport import QPrinter

    from flashdesk.posters.render import print_docs

    printer = tab._printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_docs(printer, [tab.doc])
    pdf = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    pixels = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(pixels)] == ["https://example.com/live-code"]
    pdf.close()


def test_a5_poster_prints_at_full_size_on_a5_paper(qtbot, tab, tmp_path, app_context, campaign_id):
    import pypdfium2
    from PySide6.QtPrintSupport import QPrinter

    from flashdesk.posters.render import print_docs
    from flashdesk.posters.service import create_from_template

    tab._open(create_from_template(app_context.store, campaign_id, "print_festive", "a5", "A5 传单").result)
    printer = tab._printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "a5.pdf"))
    print_docs(printer, [tab.doc])
    pdf = pypdfium2.PdfDocument(str(tmp_path / "a5.pdf"))
    width_mm = pdf[0].get_size()[0] / 72 * 25.4
    pixels = pdf[0].render(scale=50 / 72).to_pil().convert("RGB")
    pdf.close()
    assert round(width_mm) == 148
    corner = pixels.getpixel((1, 1))
    assert corner != (255, 255, 255), "the background reaches the paper edge (no white margin)"


def test_add_image_through_the_file_dialog(qtbot, tab, tmp_path, app_context):
    from PySide6.QtGui import QColor

    photo = QImage(300, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("#2E7D32"))
    photo.save(str(tmp_path / "logo.png"))

    def choose(dialog):
        dialog.selectFile(str(tmp_path / "logo.png"))
        dialog.accept()

    when_modal(choose)
    tab.add_element("image")
    image = next(e for e in tab.doc.elements if e.kind == "image")
    assert tab.doc.images[image.props["asset"]].width() == 300
    rendered = tab.canvas.grab().toImage()
    center = tab.canvas.screen_rect(image).center().toPoint()
    pixel = rendered.pixelColor(center)
    assert abs(pixel.red() - 0x2E) < 4 and abs(pixel.green() - 0x7D) < 4, "stored as JPEG: near"
    app_context.undo_stack.undo()
    assert not [e for e in tab.doc.elements if e.kind == "image"]


def test_edge_handle_changes_one_side(qtbot, tab, app_context):
    benefits = _element(tab, "benefits")
    x0, y0, w0, h0 = benefits.x, benefits.y, benefits.w, benefits.h
    tab.canvas.select(benefits.id)
    rect = tab.canvas.screen_rect(benefits)
    handle = QPoint(round(rect.right()), round(rect.center().y()))
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(tab.canvas, handle + QPoint(20, 15))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=handle + QPoint(20, 15))
    stored = next(e for e in poster_doc(app_context.store, tab.poster_id).elements if e.id == benefits.id)
    assert stored.w > w0 and (stored.x, stored.y, stored.h) == (x0, y0, h0)


def test_resizing_snaps_an_edge_to_the_safe_margin(qtbot, tab):
    sub = _element(tab, "subheadline")  # right edge at 993.6; the safe margin is at 1020
    tab.canvas.select(sub.id)
    rect = tab.canvas.screen_rect(sub)
    handle = QPoint(round(rect.right()), round(rect.center().y()))
    step = round((1020 - 993.6) * tab.canvas.scale()) + 1
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(tab.canvas, handle + QPoint(step, 0))
    assert sub.x + sub.w == pytest.approx(1020, abs=0.1)
    assert ("v", 1020) in tab.canvas.guides
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=handle + QPoint(step, 0))


def test_export_print_pdf_with_crop_marks(qtbot, tab, app_context, campaign_id, tmp_path):
    import pypdfium2

    from flashdesk.posters import service

    assert not tab.crop_marks_action.isEnabled(), "a phone poster has no trim to mark"
    poster_id = service.create_from_template(app_context.store, campaign_id, "print_flyer", "a5",
                                             "门店传单").result
    tab.reload()
    tab.poster_box.setCurrentIndex(tab.poster_box.findData(poster_id))
    tab.poster_box.activated.emit(tab.poster_box.currentIndex())  # as a pick in the list
    assert tab.poster_id == poster_id
    assert tab.crop_marks_action.isEnabled()
    path = tmp_path / "marks.pdf"
    assert tab.export("pdf", str(path), crop_marks=True) is not None
    qtbot.waitUntil(lambda: not tab._tasks, timeout=20000)
    pdf = pypdfium2.PdfDocument(str(path))
    width = pdf[0].get_size()[0]
    left, _bottom, right, _top = pdf[0].get_trimbox()
    pdf.close()
    assert round(width / 72 * 25.4) == 148 + 26 and round((right - left) / 72 * 25.4) == 148
