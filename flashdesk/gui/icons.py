"""Toolbar and button icons, from the Material Design Icons font that qtawesome bundles (no
system icon theme needed, same look on every platform), tinted with the palette's accent.
Names follow what the action does, not what the glyph shows."""

from __future__ import annotations

import os
import re

from PySide6.QtGui import QIcon

from flashdesk.gui import palette

GLYPHS = {
    "new": "mdi6.plus-circle-outline",
    "duplicate": "mdi6.content-copy",
    "export": "mdi6.file-excel-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "sidebar": "mdi6.dock-left",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "owners": "mdi6.account-multiple-outline",
    "import": "mdi6.import",
    "save": "mdi6.export-variant",
    "print": "mdi6.printer-outline",
    "launch": "mdi6.rocket-launch-outline",
    "copy": "mdi6.content-copy",
    "variable": "mdi6.code-braces",
    "forward": "mdi6.arrange-bring-forward",
    "backward": "mdi6.arrange-send-backward",
    "fit": "mdi6.fit-to-screen-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "version": "mdi6.source-branch",
    "run": "mdi6.play-circle-outline",
    "chart": "mdi6.chart-bar",
    "check": "mdi6.check-circle-outline",
}

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for an action named in GLYPHS (a KeyError names a missing entry)."""
    if name not in _cache:
        os.environ.setdefault("QT_API", "pyside6")  # qtawesome goes through qtpy
        import qtawesome

        _cache[name] = qtawesome.icon(GLYPHS[name], color=palette.ACCENT,
                                      color_disabled=palette.FAINT)
    return _cache[name]


_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")


def plain(text: str) -> str:
    """A menu text without its mnemonic: "新建活动(&N)…" -> "新建活动…", "&New" -> "New"."""
    return _MNEMONIC.sub("", text)
