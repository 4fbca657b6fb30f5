"""One poster per staff member: a list of (name, payload) — typed, pasted, CSV or xlsx —
rendered once per row with that person's QR and name, each checked and decoded. A bad row
is reported with its row number; the other rows still render."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.posters.checks import Finding, check, has_errors
from flashdesk.posters.formats import PosterError
from flashdesk.posters.model import Element, PosterDoc
from flashdesk.posters.qr import check_link, check_payload, level_for
from flashdesk.store import Store


@dataclass(frozen=True)
class StaffRow:
    row: int  # 1-based, as the operator sees it in the file
    name: str
    payload: str


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    pdf: Path | None = None
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row, message)
    held: list[int] = field(default_factory=list)  # rows with checker errors, not written
    findings: dict[int, list[Finding]] = field(default_factory=dict)


def parse_rows(text: str) -> list[StaffRow]:
    """Rows of `name,payload` or `name<TAB>payload`; a header row naming 姓名/name is skipped."""
    rows = []
    dialect = "excel-tab" if "\t" in text else "excel"
    for number, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower() in ("name", "姓名", "员工", "staff"):
            continue
        rows.append(StaffRow(number, cells[0], cells[1] if len(cells) > 1 else ""))
    return rows


def read_rows(path: Path | str) -> list[StaffRow]:
    path = Path(path)
    if not path.is_file():
        raise PosterError(translate("Posters", "{path} does not exist.").format(path=path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise PosterError(translate("Posters", "{name} is not a readable Excel file ({reason}).")
                              .format(name=path.name, reason=exc)) from None
        lines = ["\t".join("" if v is None else str(v).replace("\t", " ") for v in row[:2])
                 for row in sheet.iter_rows(values_only=True)]
        return parse_rows("\n".join(lines) if lines else "")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return parse_rows(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise PosterError(translate("Posters", "{name} is neither UTF-8 nor GBK text; save it as CSV "
                                "UTF-8.").format(name=path.name))


def with_staff(doc: PosterDoc, row: StaffRow) -> PosterDoc:
    """The poster for one person: their payload on every QR, their name on the poster (a line
    is added under the QR caption when no text shows {staff})."""
    staffed = doc.copy()
    staffed.values["staff"] = row.name
    for element in staffed.qr_elements():
        element.props["payload"] = row.payload
    texts = [e for e in staffed.elements if "{staff}" in str(e.props.get("bind", ""))]
    if not texts and row.name:
        fmt = staffed.format
        size = round(fmt.width * 0.032, 1)
        height = size * 1.6
        staffed.elements.append(Element(
            "text", fmt.safe + fmt.width * 0.1, fmt.height - fmt.safe - height,
            fmt.width * 0.8 - 2 * fmt.safe, height, max((e.z for e in staffed.elements), default=0) + 1,
            props={"bind": "邀请人：{staff}", "size": size, "weight": 500,
                   "color": _caption_color(staffed), "align": "center"}))
    return staffed


def _caption_color(doc: PosterDoc) -> str:
    captions = [e for e in doc.elements if e.kind == "caption"]
    return captions[0].props.get("color", "#000000") if captions else "#000000"


MAX_NAME_BYTES = 120  # of a file name's staff part: file systems stop at 255 bytes


def safe_filename(text: str) -> str:
    """The name as a file name part: no separators or reserved characters, at most
    MAX_NAME_BYTES in UTF-8 (cut at a character, so 100 Chinese characters fit too)."""
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._") or "poster"
    return name.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip("._") or "poster"


def render_batch(store: Store, poster_id: int, rows: list[StaffRow], folder: Path | str,
                 progress: Callable[[int, int, str], bool] | None = None, *,
                 force: bool = False, crop_marks: bool = False,
                 overwrite: bool = False) -> BatchResult:
    from flashdesk.posters.service import poster_doc

    return render_rows(poster_doc(store, poster_id), rows, folder, progress, force=force,
                       crop_marks=crop_marks, overwrite=overwrite)


def render_rows(base: PosterDoc, rows: list[StaffRow], folder: Path | str,
                progress: Callable[[int, int, str], bool] | None = None, *,
                force: bool = False, crop_marks: bool = False,
                overwrite: bool = False) -> BatchResult:
    """The batch on an already loaded poster (no store access: safe on a worker thread).
    A row whose poster has checker errors is reported and, unless `force`, not written.
    Each row stands alone: a row that cannot be rendered or written is reported and the
    others go on. Files already in the folder (or symlinks planted there) are left alone
    unless overwrite=True, and a symlink is never followed."""
    from flashdesk.posters.render import save_pdf, save_png

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result, pages = BatchResult(), []
    if not rows:
        raise PosterError(translate("Posters", "The staff list is empty; give one row per person: "
                                    "name, QR link."))
    for done, row in enumerate(rows):
        if progress and progress(done, len(rows), row.name) is False:
            break
        try:
            if not row.name:
                raise PosterError(translate("Posters", "The name is empty."))
            check_link(row.payload)
            for element in base.qr_elements() or [Element("qr", 0, 0, 1, 1)]:
                check_payload(row.payload, level_for(element.props))
            doc = with_staff(base, row)
            findings = check(doc)
            result.findings[row.row] = findings
            if has_errors(findings):
                first = next(f for f in findings if f.severity == "error")
                result.problems.append((row.row, first.why))
                if not force:
                    result.held.append(row.row)
                    continue
            path = folder / f"{row.row:03d}-{safe_filename(row.name)}.png"
            result.files.append(save_png(doc, path, overwrite=overwrite))
        except UserError as exc:
            result.problems.append((row.row, str(exc)))
            continue
        pages.append(doc)
    if pages and base.format.is_print:
        try:
            result.pdf = save_pdf(pages, folder / "all-pages.pdf", crop_marks=crop_marks,
                                  overwrite=overwrite)
        except UserError as exc:
            result.problems.append((0, str(exc)))
    return result
