"""The toolbar icons come from the SVGs shipped in resources/icons/mdi/, tinted when drawn."""

from PySide6.QtGui import QColor, QIcon

from flashdesk.gui import palette
from flashdesk.gui.icons import GLYPHS, icon


def _colours(pixmap) -> set[str]:
    image = pixmap.toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width())
            for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() == 255}


def test_every_action_icon_draws_in_the_accent_and_greys_out_when_disabled(qapp):
    for name in GLYPHS:
        normal = icon(name).pixmap(32)
        assert normal.width() == 32, name
        assert palette.ACCENT.lower() in _colours(normal), name
        assert palette.FAINT.lower() in _colours(icon(name).pixmap(32, QIcon.Mode.Disabled)), name


def test_an_icon_is_drawn_at_the_size_asked_for(qapp):
    small, large = icon("undo").pixmap(16), icon("undo").pixmap(64)
    assert (small.width(), large.width()) == (16, 64)
    image = large.toImage()
    solid = sum(QColor.fromRgba(image.pixel(x, y)).alpha() == 255
                for x in range(64) for y in range(64))
    assert solid > 300  # the glyph is drawn, not an empty square
