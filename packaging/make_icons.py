"""Render the app icon from its one source image, resources/icons/flashdesk.svg, into what
each platform wants, so no size is drawn or committed by hand:

    png/flashdesk-<N>.png   16 … 512 px: the Linux hicolor theme (and the .deb)
    flashdesk.ico           16 … 256 px in one file: the Windows executable
    flashdesk.icns          16 … 1024 px: the macOS app bundle

    python packaging/make_icons.py [OUT]        (default: packaging/build/icons)
    python packaging/make_icons.py --runtime    refresh resources/icons/flashdesk.png, the
                                                window icon the app loads (committed)

Qt's SVG renderer draws each size from the vectors (small sizes stay sharp); Pillow writes
the .ico and .icns containers."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "flashdesk.svg"
RUNTIME = ROOT / "resources" / "icons" / "flashdesk.png"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):
    """The source SVG as a Pillow RGBA image of size x size."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no screen
    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def make_icons(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "png").mkdir(exist_ok=True)
    images = {size: render(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    written = []
    for size in PNG_SIZES:
        path = out / "png" / f"flashdesk-{size}.png"
        images[size].save(path)
        written.append(path)
    ico = out / "flashdesk.ico"
    images[256].save(ico, sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    written.append(ico)
    icns = out / "flashdesk.icns"
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    written.append(icns)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "packaging" / "build" / "icons")
    parser.add_argument("--runtime", action="store_true", help="refresh the committed window icon")
    args = parser.parse_args()
    if args.runtime:
        render(256).save(RUNTIME, optimize=True)
        print(RUNTIME)
        return
    for path in make_icons(args.out):
        print(path)


if __name__ == "__main__":
    main()
