"""The Gantt legend: what the bar colours mean (phase or owner, whichever colours the
board) and what the outlines and lines mean."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from flashdesk.gui import palette
from flashdesk.gui.tasks.labels import phase_names
from flashdesk.gui.tasks.state import PHASE_COLORS, ROLE_COLORS, BoardState


def _mark(mark: str, colour: str, name: str) -> str:
    # an entry never breaks across lines: a space would, so would a hyphen ("Follow-" and
    # "up" at 1024x700) or any two Chinese characters (关 | 键路径); word joiners hold it
    entry = escape("\u2060".join(name)).replace(" ", "&nbsp;")
    return f'<span style="color:{colour}; font-size:large;">{mark}</span>&nbsp;{entry}'


def legend_html(state: BoardState | None, color_by: str) -> str:
    if color_by == "owner" and state is not None:
        entries = [_mark("■", ROLE_COLORS[index % len(ROLE_COLORS)], role.name)
                   for index, role in enumerate(state.roles.values())]
    else:
        entries = [_mark("■", PHASE_COLORS[key], name) for key, name in phase_names().items()]
    entries += [_mark("□", palette.ERROR, QCoreApplication.translate("GanttLegend", "critical path")),
                _mark("┆", palette.WARNING, QCoreApplication.translate("GanttLegend", "launch")),
                _mark("│", palette.ERROR, QCoreApplication.translate("GanttLegend", "now")),
                _mark("□", palette.ACCENT, QCoreApplication.translate("GanttLegend", "selected"))]
    # the one plain space in each gap is where lines break: with none, Qt broke inside words
    return "&nbsp;&nbsp; ".join(entries)


class GanttLegend(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ganttLegend")
        self.setWordWrap(True)
        self.setTextFormat(self.textFormat().RichText)

    def show_for(self, state: BoardState | None, color_by: str) -> None:
        self.setText(legend_html(state, color_by))
