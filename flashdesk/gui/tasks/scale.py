"""The timeline's horizontal scale: pixels per minute by zoom, the snap step of each zoom,
and conversion between scene x and minutes. No Qt: shared by the board, the load view and
the printouts."""

from __future__ import annotations

from dataclasses import dataclass

ZOOMS = ("hour", "day", "week")
PX_PER_MINUTE = {"hour": 1.0, "day": 4 / 60, "week": 1 / 60}  # 60 px/h, 96 px/day, 168 px/week
SNAP_MINUTES = {"hour": 15, "day": 60, "week": 1440}
ROW_HEIGHT = 24
HEADER_HEIGHT = 44


@dataclass
class Scale:
    origin: int = 0  # minutes of scene x = 0 (a midnight)
    zoom: str = "day"

    @property
    def ppm(self) -> float:
        return PX_PER_MINUTE[self.zoom]

    @property
    def snap(self) -> int:
        return SNAP_MINUTES[self.zoom]

    def x(self, minutes: int) -> float:
        return (minutes - self.origin) * self.ppm

    def minutes(self, x: float) -> float:
        return self.origin + x / self.ppm

    def snapped(self, minutes: float) -> int:
        step = self.snap
        return int(round(minutes / step) * step)

    def zoomed(self, step: int) -> str:
        """The zoom `step` levels finer (negative) or coarser (positive), clamped."""
        index = min(max(ZOOMS.index(self.zoom) + step, 0), len(ZOOMS) - 1)
        return ZOOMS[index]
