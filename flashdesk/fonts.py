"""Noto Sans CJK, shipped as the manimgx-fonts-cjk dependency and registered with Qt at
start, so Chinese renders the same on every machine, with no system font needed. QtGui
only: posters render headless with it too."""

from __future__ import annotations

from functools import cache
from pathlib import Path

UI_FAMILY = "Noto Sans CJK SC"


def font_file() -> Path:
    import manimgx_fonts_cjk

    return Path(manimgx_fonts_cjk.__file__).resolve().parent / "NotoSansCJK-VF.otf.ttc"


@cache
def register_fonts() -> str:
    """Register the bundled font (once per process) and return the Simplified Chinese family.
    Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if UI_FAMILY not in families:
        raise RuntimeError(f"The bundled font {font_file()} could not be loaded "
                           "(reinstall FlashDesk's dependencies: manimgx-fonts-cjk).")
    return UI_FAMILY


def font(point_size: float = 10, weight: int = 400):
    """A QFont in the bundled family. The font is variable: weight goes through the wght axis
    only — setWeight alone gives the Thin default, and setWeight on top of the axis makes Qt
    embolden the already heavy outlines a second time (700 came out about 38 % heavier)."""
    from PySide6.QtGui import QFont

    register_fonts()
    result = QFont(UI_FAMILY)
    result.setPointSizeF(point_size)
    result.setVariableAxis(QFont.Tag("wght"), float(weight))
    return result
