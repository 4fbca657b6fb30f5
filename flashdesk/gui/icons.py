"""Toolbar and button icons: Material Design Icons shipped as SVG in resources/icons/mdi/ (no
system icon theme needed, same look on every platform), tinted with the palette's accent.
Names follow what the action does, not what the glyph shows. Plain SVG files rather than an
icon-font library: loading that library (and the Qt binding shim it goes through) took
longer than importing QtWidgets, before the window's first paint."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QIconEngine

from flashdesk.gui import palette
from flashdesk.paths import resource

if TYPE_CHECKING:  # the toolbar is built before the window's first paint: its types come when drawn
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter, QPixmap

GLYPHS = {
    "new": "plus-circle-outline",
    "duplicate": "content-copy",
    "export": "file-excel-outline",
    "undo": "undo",
    "redo": "redo",
    "sidebar": "dock-left",
    "add": "plus",
    "edit": "pencil-outline",
    "delete": "delete-outline",
    "owners": "account-multiple-outline",
    "import": "import",
    "save": "export-variant",
    "print": "printer-outline",
    "launch": "rocket-launch-outline",
    "copy": "content-copy",
    "variable": "code-braces",
    "forward": "arrange-bring-forward",
    "backward": "arrange-send-backward",
    "fit": "fit-to-screen-outline",
    "zoom_in": "magnify-plus-outline",
    "zoom_out": "magnify-minus-outline",
    "version": "source-branch",
    "run": "play-circle-outline",
    "chart": "chart-bar",
    "check": "check-circle-outline",
}

class _TintedSvg(QIconEngine):
    """Renders the glyph at the size asked for, when first asked: building every icon's
    pixmaps up front cost ~9 ms an icon before the window could paint."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        if key not in self._pixmaps:
            from PySide6.QtCore import QByteArray
            from PySide6.QtGui import QPixmap

            colour = palette.FAINT if mode == QIcon.Mode.Disabled else palette.ACCENT
            sized = self._svg.replace("#000000", colour).replace(
                "<svg ", f'<svg width="{size.width()}" height="{size.height()}" ', 1)
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(sized.encode()), "SVG")
            self._pixmaps[key] = pixmap
        return self._pixmaps[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg)


_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for an action named in GLYPHS (a KeyError names a missing entry)."""
    if name not in _cache:
        svg = resource("icons", "mdi", f"{GLYPHS[name]}.svg").read_text(encoding="utf-8")
        _cache[name] = QIcon(_TintedSvg(svg))
    return _cache[name]


_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")


def plain(text: str) -> str:
    """A menu text without its mnemonic: "新建活动(&N)…" -> "新建活动…", "&New" -> "New"."""
    return _MNEMONIC.sub("", text)
