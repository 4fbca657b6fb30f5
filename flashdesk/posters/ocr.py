"""Reading the text of a flat poster image offline: RapidOCR (PP-OCR models shipped inside
the rapidocr-onnxruntime wheel, run by onnxruntime; nothing is downloaded at run time).
Loaded on first use only: the import and the models cost about half a second."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from flashdesk.i18n import translate
from flashdesk.posters.formats import PosterError

MIN_SCORE = 0.5  # below this the recogniser is guessing


@dataclass(frozen=True)
class TextBox:
    text: str
    score: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels (x1, y1 exclusive)


@cache
def _engine():
    # OpenCV's wheel points Qt at its own plugins and fonts through the environment on import;
    # our Qt (and any process started later) must keep its own.
    saved = {k: v for k, v in os.environ.items() if k.startswith("QT_")}
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise PosterError(translate("PosterImageCheck", "The text reader is missing ({problem}); "
                                    "reinstall FlashDesk to check the text of poster images.")
                          .format(problem=exc)) from None
    finally:
        for key in [k for k in os.environ if k.startswith("QT_")]:
            if key not in saved:
                del os.environ[key]
        os.environ.update(saved)
    return RapidOCR()


def read_text(image) -> list[TextBox]:
    """The lines of text in a QImage, top to bottom."""
    import numpy as np
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(rgb.constBits(), np.uint8, rgb.bytesPerLine() * rgb.height())
    pixels = data.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    bgr = pixels.reshape(rgb.height(), rgb.width(), 3)[:, :, ::-1].copy()
    found, _elapsed = _engine()(bgr)
    boxes = []
    for points, text, score in found or []:
        if float(score) < MIN_SCORE or not str(text).strip():
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (max(0, int(min(xs))), max(0, int(min(ys))),
               min(image.width(), int(max(xs)) + 1), min(image.height(), int(max(ys)) + 1))
        boxes.append(TextBox(str(text), float(score), box))
    return sorted(boxes, key=lambda b: (b.box[1], b.box[0]))
