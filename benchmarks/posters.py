"""Poster speed: a phone poster render plus the full check (both QR decodes: as rendered and
as shared) against the 150 ms target, and an A4 300 dpi render (with bleed) against 1 s.
The baseline, measured in the same run, is the bare cost of a 1080×1920 image: allocate,
fill, and one zxing decode of a plain QR of the same size (the machine is shared; compare
the ratio).

    python benchmarks/posters.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn, runs: int) -> float:
    fn()  # warm-up: fonts, caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from flashdesk.posters.checks import check
    from flashdesk.posters.formats import formats, palettes, templates
    from flashdesk.posters.model import PosterDoc, instantiate
    from flashdesk.posters.qr import decode, qr_symbol
    from flashdesk.posters.render import ensure_app, render_image

    ensure_app()
    values = {"product": "爽肤水 230ml 限定装（加赠 380ml 正装）", "campaign": "618", "list_price": "399",
              "deal_price": "299", "quota": "500", "launch_date": "6月18日", "launch_time": "20:00",
              "lifetime_days": "3", "staff": ""}

    def doc(template: str, fmt: str) -> PosterDoc:
        t = templates()[template]
        return PosterDoc(formats()[fmt], instantiate(t, formats()[fmt], palettes()[t.palette],
                                                     "https://example.com/live-code"), values, t.palette)

    phone, a4 = doc("phone_promo", "phone"), doc("print_flyer", "a4")

    def baseline() -> None:
        image = QImage(1080, 1920, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        for r, row in enumerate(qr_symbol("https://example.com/live-code").matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(360 + c * 10, 800 + r * 10, 10, 10, Qt.GlobalColor.black)
        painter.end()
        assert decode(image)

    def phone_full() -> None:
        image = render_image(phone)
        assert image.width() == 1080
        findings = check(phone)
        assert not [f for f in findings if f.severity == "error"], findings

    base = timed(baseline, runs)
    full = timed(phone_full, runs)
    a4_ms = timed(lambda: render_image(a4, bleed=True), max(3, runs // 3))
    print(f"baseline (bare 1080x1920 image + one QR decode): {base:.1f} ms")
    print(f"phone poster render + full check (2 decodes): {full:.1f} ms  "
          f"(target 150 ms; {full / base:.1f}x baseline)")
    print(f"A4 300 dpi render with bleed (2550x3578): {a4_ms:.1f} ms  (target 1000 ms; "
          f"{a4_ms / base:.1f}x baseline)")


if __name__ == "__main__":
    main()
