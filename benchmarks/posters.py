"""Poster speed: a phone poster render plus the full check (both QR decodes: as rendered and
as shared) against the 150 ms target, and an A4 300 dpi render (with bleed) against 1 s;
`poster check` on a flat image with and without reading its text (OCR, the issue's 1–3 s per
phone poster), and the print PDF with and without its finishing (text layer, boxes).
The baseline, measured in the same run, is the bare cost of a 1080×1920 image: allocate,
fill, and one zxing decode of a plain QR of the same size (the machine is shared; compare
the ratio).

Personal posters (issue 17): posters per second over a run of --people promoters into a
folder (render, the card with avatar and nickname, the QR read back and compared, PNG written,
the run's record kept), against rendering and writing the plain poster alone the same number
of times in the same run.

    python benchmarks/posters.py [--runs 10] [--people 200]
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
    parser.add_argument("--people", type=int, default=200,
                        help="promoters in the personal-poster run (5000 for the issue's figure)")
    options = parser.parse_args()
    runs = options.runs

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from flashdesk.posters.checks import check
    from flashdesk.posters.formats import formats, palettes, templates
    from flashdesk.posters.model import PosterDoc, instantiate
    from flashdesk.posters.qr import decode, qr_symbol
    from flashdesk.posters.render import ensure_app, render_image

    ensure_app()
    values = {"product": "爽肤水 230ml 限定装", "campaign": "618", "list_price": "399",
              "deal_price": "299", "quota": "500", "launch_date": "6月18日", "launch_time": "20:00",
              "lifetime_days": "3", "staff": "", "gift_line": "加赠 380ml 正装（价值 ¥450）",
              "coupon": "满300减30"}

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
    outside_images(phone, a4, base, max(3, runs // 3))
    personal(phone, options.people)


def personal(phone, people: int) -> None:
    """Posters per second of a personal-poster run against the plain poster alone."""
    import tempfile

    from PIL import Image

    from flashdesk.outputs import write_output
    from flashdesk.posters.personal import Promoter
    from flashdesk.posters.personal_run import render_posters
    from flashdesk.posters.render import encoded, render_image

    folder = Path(tempfile.mkdtemp())
    Image.new("RGB", (640, 640), (200, 120, 90)).save(folder / "avatar.jpg")
    promoters = [Promoter(f"推广员{n:05d}", f"https://scrm.example.com/p/{n:05d}",
                          "avatar.jpg" if n % 2 else "") for n in range(people)]
    plain = folder / "plain"
    plain.mkdir()
    start = time.perf_counter()
    for n in range(people):
        image = render_image(phone)
        write_output(plain / f"{n}.png", lambda temp, image=image: temp.write_bytes(encoded(image)),
                     "png")
    plain_rate = people / (time.perf_counter() - start)
    start = time.perf_counter()
    run = render_posters(phone, promoters, folder / "personal", avatar_folder=folder)
    rate = len(run.written) / (time.perf_counter() - start)
    assert len(run.written) == people and not run.problems, run.problems[:3]
    start = time.perf_counter()
    again = render_posters(phone, promoters, folder / "personal", avatar_folder=folder)
    resume = time.perf_counter() - start
    assert again.already == people
    print(f"personal posters, {people} promoters (half with avatars): {rate:.1f} posters/s; "
          f"plain poster render + PNG alone: {plain_rate:.1f}/s "
          f"(personal = {rate / plain_rate:.2f}x the plain rate); "
          f"{people} would take {people / rate / 60:.1f} min, 5000 {5000 / rate / 60:.1f} min")
    print(f"re-run over the finished folder (all skipped, record checked): {resume:.2f} s")


def outside_images(phone, a4, base: float, runs: int) -> None:
    import tempfile

    from flashdesk.posters.imagecheck import check_image
    from flashdesk.posters.print_pdf import finish_pdf
    from flashdesk.posters.render import save_pdf, save_png

    folder = Path(tempfile.mkdtemp())
    phone_png, a4_png = save_png(phone, folder / "phone.png"), save_png(a4, folder / "a4.png")
    qr_only = timed(lambda: check_image(phone_png, read_text=False), runs)
    with_text = timed(lambda: check_image(phone_png), runs)
    a4_text = timed(lambda: check_image(a4_png), runs)
    print(f"poster check IMAGE, phone, QR and page only: {qr_only:.0f} ms  ({qr_only / base:.1f}x baseline)")
    print(f"poster check IMAGE, phone, with OCR of the text: {with_text:.0f} ms  "
          f"({with_text / base:.1f}x baseline, {with_text / qr_only:.1f}x the check without text)")
    print(f"poster check IMAGE, A4 300 dpi, with OCR: {a4_text:.0f} ms  ({a4_text / base:.1f}x baseline)")
    pdf = folder / "a4.pdf"
    whole = timed(lambda: save_pdf([a4], pdf), runs)
    finishing = timed(lambda: finish_pdf(pdf, []), runs)
    print(f"A4 print PDF: {whole:.0f} ms, of which the finishing (text layer, boxes) {finishing:.0f} ms "
          f"({finishing / whole:.0%})")


if __name__ == "__main__":
    main()
