"""The app's colours, named by what they mean. Widgets and painted views take their colours
from here and ui/theme.qss uses the same values, so red means one thing everywhere: an error
or the launch itself. Good news is green, neutral information grey."""

from __future__ import annotations

from PySide6.QtGui import QColor

INK = "#222222"          # body text
MUTED = "#6b6f73"        # hints, secondary text
FAINT = "#9aa0a6"        # disabled, grid labels
LINE = "#e0e0e0"         # borders and grid lines
SURFACE = "#ffffff"      # views and cards
CANVAS = "#fafafa"       # window background
HEADER = "#f2f3f4"       # header bands of painted views
ACCENT = "#2e6da4"       # selection, focus, links, icons
SELECTED_ROW = "#dde7f2" # the selected row's band in painted views
ERROR = "#c0392b"        # errors and the launch mark: never good news
ERROR_FILL = "#fdecea"
WARNING = "#d68910"      # overdue, needs attention soon
WARNING_FILL = "#fdebd0"
GOOD = "#2e7d32"         # no problems, the A/B winner, done
GOOD_FILL = "#e8f5e9"


def color(name: str) -> QColor:
    """The named colour as a QColor, e.g. color(ERROR)."""
    return QColor(name)


TONES = ("error", "warning", "good", "neutral")


def set_tone(widget, tone: str) -> None:
    """Colour a label by what it says, through theme.qss's [tone="…"] rules: "error" (red),
    "warning", "good" (green: no problems, a winner) or "neutral"."""
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
