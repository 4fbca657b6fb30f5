"""Marks lint findings (orange wavy underline), unknown variables (red), variables (blue)
and the search terms (yellow) in the body editor; the findings are computed by
flashdesk.copies.lint, this only paints them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

LINT_COLOUR = QColor("#e67e22")
ERROR_COLOUR = QColor("#c0392b")
VARIABLE_COLOUR = QColor("#1f6fb2")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf16_positions(text: str) -> list[int]:
    """Python index -> Qt document position (Qt counts UTF-16 units: an emoji is two)."""
    positions, at = [], 0
    for ch in text:
        positions.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    positions.append(at)
    return positions


def _format(colour: QColor, *, wavy: bool = True, background: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if wavy:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colour)
    else:
        fmt.setForeground(colour)
    if background:
        fmt.setBackground(QColor(background))
    return fmt


class FindingHighlighter(QSyntaxHighlighter):
    def __init__(self, document):
        super().__init__(document)
        self.marks: list[tuple[int, int, str]] = []  # (start, end, kind) in document positions
        self.formats = {
            "variable": _format(VARIABLE_COLOUR, wavy=False),
            "search": _format(QColor("#222"), wavy=False, background="#ffe08a"),
            "lint": _format(LINT_COLOUR, background="#fff3e0"),
            "error": _format(ERROR_COLOUR, background="#fdecea"),
        }

    def set_marks(self, marks: list[tuple[int, int, str]]) -> None:
        if marks != self.marks:
            self.marks = marks
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + utf16_length(text)
        for start, end, kind in self.marks:  # variables first, so findings paint over them
            if end <= block_start or start >= block_end:
                continue
            begin = max(start, block_start) - block_start
            stop = min(end, block_end) - block_start
            fmt = self.formats[kind]
            if kind == "variable":
                self.setFormat(begin, stop - begin, fmt)
            else:
                merged = QTextCharFormat(self.format(begin))
                merged.merge(fmt)
                self.setFormat(begin, stop - begin, merged)
