"""Poster formats, palettes and templates, loaded from resources/posters/*.toml (data, not
code, so a team can add a layout without touching Python)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from flashdesk.errors import UserError
from flashdesk.i18n import shown, translate
from flashdesk.paths import resource

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Format:
    """A trimmed page in poster units (pixels at `dpi`; dpi 0 means a screen image)."""

    key: str
    name: str
    width: int
    height: int
    dpi: int = 0
    bleed: int = 0  # poster units added on every side for print
    safe: int = 0  # margin inside the trim that text and the QR should keep clear of
    min_qr_mm: float = 0.0
    name_en: str = ""

    @property
    def label(self) -> str:
        return shown(self.name, self.name_en)

    @property
    def is_print(self) -> bool:
        return self.dpi > 0

    def mm(self, units: float) -> float:
        return units / self.dpi * MM_PER_INCH if self.dpi else 0.0

    def units(self, mm: float) -> float:
        return mm / MM_PER_INCH * self.dpi

    @property
    def full_width(self) -> int:
        return self.width + 2 * self.bleed

    @property
    def full_height(self) -> int:
        return self.height + 2 * self.bleed


@dataclass(frozen=True)
class Palette:
    key: str
    name: str
    suits: str
    colors: dict[str, str]
    name_en: str = ""

    @property
    def label(self) -> str:
        return shown(self.name, self.name_en)

    def resolve(self, value: str) -> str:
        return self.colors.get(value, value)


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    group: str  # "phone" or "print"
    palette: str
    elements: tuple[dict, ...]
    name_en: str = ""

    @property
    def label(self) -> str:
        return shown(self.name, self.name_en)

    def fits(self, fmt: Format) -> bool:
        return (self.group == "print") == fmt.is_print


class PosterError(UserError):
    """A poster request that cannot be done; the message says what to change."""


@cache
def formats() -> dict[str, Format]:
    data = tomllib.loads(resource("posters", "formats.toml").read_text(encoding="utf-8"))
    result = {}
    for item in data["format"]:
        dpi = int(item["dpi"])
        if dpi:
            px = lambda mm, dpi=dpi: round(mm / MM_PER_INCH * dpi)  # noqa: E731
            fmt = Format(item["key"], item["name"], px(item["width_mm"]), px(item["height_mm"]),
                         dpi, px(item["bleed_mm"]), px(item["safe_mm"]), float(item["min_qr_mm"]),
                         item.get("name_en", ""))
        else:
            fmt = Format(item["key"], item["name"], int(item["width_px"]), int(item["height_px"]),
                         0, 0, int(item["safe_px"]), 0.0, item.get("name_en", ""))
        result[fmt.key] = fmt
    return result


@cache
def _templates_data() -> dict:
    return tomllib.loads(resource("posters", "templates.toml").read_text(encoding="utf-8"))


@cache
def palettes() -> dict[str, Palette]:
    result = {}
    for item in _templates_data()["palette"]:
        colors = {k: v for k, v in item.items() if k not in ("key", "name", "name_en", "suits")}
        result[item["key"]] = Palette(item["key"], item["name"], item["suits"], colors,
                                      item.get("name_en", ""))
    return result


@cache
def templates() -> dict[str, Template]:
    return {item["key"]: Template(item["key"], item["name"], item["group"], item["palette"],
                                  tuple(item["elements"]), item.get("name_en", ""))
            for item in _templates_data()["template"]}


def get_format(key: str) -> Format:
    try:
        return formats()[key]
    except KeyError:
        message = translate("Posters", "Unknown poster format {key!r}; use one of: {keys}.")
        raise PosterError(message.format(key=key, keys=", ".join(formats()))) from None


def get_template(key: str) -> Template:
    try:
        return templates()[key]
    except KeyError:
        message = translate("Posters", "Unknown poster template {key!r}; use one of: {keys}.")
        raise PosterError(message.format(key=key, keys=", ".join(templates()))) from None


def templates_for(fmt: Format) -> list[Template]:
    return [t for t in templates().values() if t.fits(fmt)]
