"""Finishing a PDF that Qt wrote, so a print shop and a text search get what they need:

- the text layer gives back the characters the poster shows. Noto CJK draws 月 and the
  Kangxi radical ⽉ (and 见 and ⻅ …) with one glyph, and Qt's PDF writer names each glyph by
  the lowest code point that uses it, so "6月18日" came out as "6⽉18⽇". The ToUnicode maps
  are rewritten to the unified ideograph the font shares the glyph with (and the space glyph,
  which Qt names after the tab, back to a space);
- print pages carry a TrimBox (where to cut) and a BleedBox (how far the artwork runs on).

Uses pypdf (pure Python) and fontTools (already there for matplotlib), both imported lazily."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

POINTS_PER_MM = 72 / 25.4
_UNIFIED = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x3FFFF))
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class Boxes:
    """A print page's boxes in points from the page's bottom-left corner."""

    trim: tuple[float, float, float, float]
    bleed: tuple[float, float, float, float]


def _is_unified(cp: int) -> bool:
    return any(low <= cp <= high for low, high in _UNIFIED)


@cache
def shared_glyphs() -> dict[int, str]:
    """Code point -> the unified ideograph drawn with the same glyph in the bundled font
    (Kangxi radicals, CJK radical forms, compatibility ideographs); tab -> space."""
    from fontTools.ttLib import TTCollection

    from flashdesk.fonts import UI_FAMILY, font_file

    collection = TTCollection(str(font_file()), lazy=True)
    face = next((f for f in collection.fonts if f["name"].getDebugName(1) == UI_FAMILY),
                collection.fonts[0])
    by_glyph: dict[str, list[int]] = {}
    for cp, glyph in face.getBestCmap().items():
        by_glyph.setdefault(glyph, []).append(cp)
    result = {0x09: " "}
    for cps in by_glyph.values():
        unified = [cp for cp in cps if _is_unified(cp)]
        if unified:
            for cp in cps:
                if not _is_unified(cp):
                    result[cp] = chr(min(unified))
    return result


def _mapped(token: bytes, table: dict[int, str]) -> bytes:
    """One ToUnicode destination (UTF-16BE hex) with shared glyphs mapped."""
    try:
        text = bytes.fromhex(token.decode()).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return token
    fixed = "".join(table.get(ord(ch), ch) for ch in text)
    return token if fixed == text else fixed.encode("utf-16-be").hex().upper().encode()


def fixed_to_unicode(cmap: bytes, table: dict[int, str]) -> bytes:
    """The CMap with every destination mapped; source codes are left alone."""
    out, section = [], b""
    for line in cmap.split(b"\n"):
        stripped = line.strip()
        if stripped.endswith((b"beginbfchar", b"beginbfrange")):
            section = stripped.split()[-1]
        elif stripped in (b"endbfchar", b"endbfrange"):
            section = b""
        elif section == b"beginbfchar":
            line = _rewrite(line, 1, table)
        elif section == b"beginbfrange":
            line = _rewrite_range(line, table)
        out.append(line)
    return b"\n".join(out)


def _rewrite(line: bytes, skip: int, table: dict[int, str]) -> bytes:
    """Map every hex token of the line after the first `skip` (the source codes)."""
    count = 0

    def one(match: re.Match) -> bytes:
        nonlocal count
        count += 1
        if count <= skip:
            return match.group(0)
        return b"<" + _mapped(match.group(1), table) + b">"

    return _HEX.sub(one, line)


def _rewrite_range(line: bytes, table: dict[int, str]) -> bytes:
    tokens = _HEX.findall(line)
    if b"[" in line or len(tokens) != 3:
        return _rewrite(line, 2, table)
    low, high, first = (int(t, 16) for t in tokens)
    targets = [first + i for i in range(high - low + 1)]
    if not any(cp in table for cp in targets) or first > 0xFFFF:
        return line
    # a run of consecutive destinations: spelled out, since mapping breaks the run
    items = b" ".join(b"<" + _mapped(b"%04X" % cp, table) + b">" for cp in targets)
    return b"<%s> <%s> [%s]" % (tokens[0], tokens[1], items)


def print_boxes(fmt, media_width: float, media_height: float, mark_margin_mm: float = 0.0) -> Boxes:
    """Trim and bleed boxes of a print poster painted at the top-left of the page, inside
    `mark_margin_mm` of room for crop marks, scaled to the page width as paint_page does."""
    margin = mark_margin_mm * POINTS_PER_MM
    scale = (media_width - 2 * margin) / fmt.full_width  # points per poster unit

    def box(inset: float, width: float, height: float) -> tuple[float, float, float, float]:
        left, top = margin + inset * scale, margin + inset * scale
        return (round(left, 3), round(media_height - top - height * scale, 3),
                round(left + width * scale, 3), round(media_height - top, 3))

    return Boxes(trim=box(fmt.bleed, fmt.width, fmt.height),
                 bleed=box(0, fmt.full_width, fmt.full_height))


def finish_pdf(path: Path | str, page_boxes: list[Boxes | None]) -> Path:
    """Rewrite the PDF at path in place: text layer mapped, boxes set on the pages given."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, RectangleObject

    path = Path(path)
    table = shared_glyphs()
    writer = PdfWriter(clone_from=str(path))
    done: set[int] = set()
    for page, boxes in zip(writer.pages, page_boxes + [None] * len(writer.pages)):
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            cmap_ref = ref.get_object().get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in done:
                continue
            stream = cmap_ref.get_object()
            done.add(id(stream))
            stream.set_data(fixed_to_unicode(stream.get_data(), table))
        if boxes is not None:
            page[NameObject("/TrimBox")] = RectangleObject(boxes.trim)
            page[NameObject("/BleedBox")] = RectangleObject(boxes.bleed)
    partial = path.with_name(path.name + ".part")
    with open(partial, "wb") as handle:
        writer.write(handle)
    os.replace(partial, path)
    return path
