"""Personal posters in bulk, on plain promoter rows (the fission capability brings them from a
file or the customer list): the rows of a promoter table (nickname, optional avatar, personal
link, e.g. the per-person codes an SCRM exports), which of them can have a poster, and the run
that renders them all into a folder. A person without a usable link, or whose link someone
else also has, is reported and not rendered. The folder keeps a record
(personal-posters.json) of every poster rendered and verified, so a run that was cancelled or
cut off goes on where it stopped."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.posters.personal import Promoter

RECORD_NAME = "personal-posters.json"
REPORT_NAME = "personal-posters-report.csv"
RECORD_KIND = "flashdesk-personal-posters"
SAVE_EVERY = 2.0  # seconds between saves of the record while rendering
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif")

HEADINGS = {
    "nickname": ("昵称", "推广员", "推广员昵称", "微信昵称", "客户昵称", "姓名", "名字", "用户",
                 "nickname", "name", "promoter"),
    "avatar": ("头像", "头像文件", "头像路径", "头像图片", "avatar", "avatar file", "photo"),
    "link": ("链接", "专属链接", "个人链接", "推广链接", "邀请链接", "二维码链接", "活码链接",
             "专属活码", "link", "url", "personal link", "qr", "qr link"),
}


class PromoterFileError(UserError):
    pass


# ---- the rows --------------------------------------------------------------------------

def _heading_map(cells: list[str]) -> dict[str, int] | None:
    found = {}
    for index, cell in enumerate(cells):
        name = " ".join(str(cell or "").strip().lower().split())
        for key, names in HEADINGS.items():
            if name in names and key not in found:
                found[key] = index
    return found if "link" in found and "nickname" in found else None


def _guess_columns(cells: list[str]) -> dict[str, int]:
    """A file without headings: the link is the cell that is a web address, the avatar one
    naming a picture file, the nickname the first of the others."""
    guess: dict[str, int] = {}
    for index, cell in enumerate(cells):
        value = str(cell or "").strip().lower()
        if "link" not in guess and value.startswith(("http://", "https://")):
            guess["link"] = index
        elif "avatar" not in guess and value.endswith(IMAGE_SUFFIXES):
            guess["avatar"] = index
    guess["nickname"] = next((i for i in range(len(cells)) if i not in guess.values()), 0)
    return guess


def promoters_from_rows(rows: list[list]) -> list[Promoter]:
    """Promoters from a table's rows (the first may be headings); `source` is the row number."""
    if not rows:
        raise empty_list()
    cells = ["" if c is None else str(c) for c in rows[0]]
    columns = _heading_map(cells)
    first = 1
    if columns is None:
        if any(str(c).strip().lower() in sum(HEADINGS.values(), ()) for c in cells):
            raise PromoterFileError(translate(
                "PersonalPosters", "The headings name no nickname or no link column. Title them "
                "昵称 (nickname) and 专属链接 (link); 头像 (avatar) is optional."))
        columns, first = _guess_columns(cells), 0

    def cell(row: list, key: str) -> str:
        index = columns.get(key)
        value = row[index] if index is not None and index < len(row) else None
        return "" if value is None else " ".join(str(value).split())

    return [Promoter(cell(row, "nickname"), cell(row, "link"), cell(row, "avatar"),
                     translate("PersonalPosters", "row {n}").format(n=number))
            for number, row in enumerate(rows[first:], start=first + 1)
            if any(c not in (None, "") for c in row)]


def promoter_word() -> str:
    """What a row of a promoter file is called in the import caps' messages."""
    return translate("PersonalPosters", "promoter")


def empty_list() -> PromoterFileError:
    return PromoterFileError(translate("PersonalPosters", "The promoter list is empty; give one "
                                       "row per person: nickname, avatar (optional), link."))


def pattern_links(pattern: str | None, people: list[tuple[int, str]]) -> list[Promoter]:
    """Promoters from (customer id, nickname) pairs, each link made from `pattern`, in which
    {id} stands for the person's id — the way an SCRM or shop tells promoters apart by a
    parameter of one landing page."""
    if not pattern or "{id}" not in pattern:
        raise PromoterFileError(translate(
            "PersonalPosters", "Give the link pattern with {id} where each person's customer id "
            "goes, e.g. https://shop.example.com/join?ref={id}."))
    if not people:
        raise PromoterFileError(translate("PersonalPosters", "No customer matches; import "
                                          "customers first or loosen the filter."))
    return [Promoter(nickname, pattern.replace("{id}", str(person)), "",
                     translate("PersonalPosters", "customer {n}").format(n=person))
            for person, nickname in people]


# ---- which of them -----------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    promoter: Promoter
    message: str

    def line(self) -> str:
        return f"{self.promoter.source} ({self.promoter.nickname or '-'}): {self.message}"


def screen(promoters: list[Promoter], live_code: str = "") -> tuple[list[Promoter], list[Problem]]:
    """The promoters who can have a poster, and the others with the reason. A link given to
    two different people counts for neither (their invites could not be told apart); the same
    person listed twice gets one poster."""
    from flashdesk.posters.qr import check_link, check_payload, qr_key

    problems: list[Problem] = []
    usable: list[Promoter] = []
    for promoter in promoters:
        if not promoter.link:
            problems.append(Problem(promoter, translate("PersonalPosters", "no personal link; add "
                                                        "the person's link or leave them out")))
            continue
        if not promoter.nickname:
            problems.append(Problem(promoter, translate("PersonalPosters", "no nickname; the poster "
                                                        "shows who invites, so add it")))
            continue
        try:
            check_link(promoter.link)
            check_payload(promoter.link, "H")
        except UserError as exc:
            problems.append(Problem(promoter, str(exc)))
            continue
        if live_code and qr_key(promoter.link) == qr_key(live_code):
            problems.append(Problem(promoter, translate(
                "PersonalPosters", "this is the campaign's shared live code, not a personal link: "
                "invites through it cannot be counted for this person")))
            continue
        usable.append(promoter)
    by_link: dict[str, list[Promoter]] = {}
    for promoter in usable:
        by_link.setdefault(qr_key(promoter.link), []).append(promoter)
    kept = []
    for same in by_link.values():
        names = {p.nickname for p in same}
        if len(names) > 1:
            for promoter in same:
                others = ", ".join(f"{p.source} ({p.nickname})" for p in same if p is not promoter)
                problems.append(Problem(promoter, translate(
                    "PersonalPosters", "the link is also given to {others}; each person needs a "
                    "link of their own").format(others=others)))
            continue
        kept.append(same[0])
        for repeat in same[1:]:
            problems.append(Problem(repeat, translate(
                "PersonalPosters", "listed again (same nickname and link as {first}); one poster "
                "is made").format(first=same[0].source)))
    order = {id(p): i for i, p in enumerate(promoters)}
    kept.sort(key=lambda p: order[id(p)])
    return kept, problems


# ---- the run -----------------------------------------------------------------------------

@dataclass
class PosterRun:
    total: int = 0
    written: list[Path] = field(default_factory=list)
    already: int = 0  # rendered and verified by an earlier run, left as they were
    problems: list[Problem] = field(default_factory=list)  # not rendered
    notes: list[Problem] = field(default_factory=list)  # rendered, but worth knowing
    cancelled: bool = False
    report: Path | None = None

    @property
    def done(self) -> int:
        return len(self.written) + self.already


def file_name(promoter: Promoter) -> str:
    from flashdesk.posters.batch import safe_filename
    from flashdesk.posters.qr import qr_key

    digest = hashlib.sha1(qr_key(promoter.link).encode("utf-8")).hexdigest()[:8]
    return f"{safe_filename(promoter.nickname)}-{digest}.png"


def design_key(layout) -> str:
    """Changes when anything the posters show besides the person changes."""
    from flashdesk.posters.model import dumps_elements

    text = json.dumps([dumps_elements(layout.elements), layout.values, layout.format.key,
                       sorted(str(k) for k in layout.images)], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def avatar_key(promoter: Promoter, folder: Path | None) -> str:
    if not promoter.avatar:
        return ""
    path = Path(promoter.avatar).expanduser()
    if folder is not None and not path.is_absolute():
        path = folder / path
    try:
        stat = path.stat()
    except OSError:
        return f"{promoter.avatar}|missing"
    return f"{promoter.avatar}|{stat.st_size}|{int(stat.st_mtime)}"


class Record:
    """personal-posters.json: the posters rendered and verified in this folder."""

    def __init__(self, folder: Path, design: str):
        self.path = folder / RECORD_NAME
        self.design = design
        self.posters: dict[str, dict] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("kind") == RECORD_KIND \
                and data.get("design") == design and isinstance(data.get("posters"), dict):
            self.posters = data["posters"]

    def finished(self, promoter: Promoter, avatar: str, folder: Path) -> bool:
        entry = self.posters.get(promoter.link)
        if not entry or entry.get("nickname") != promoter.nickname or entry.get("avatar") != avatar:
            return False
        try:
            return (folder / entry["file"]).stat().st_size == entry.get("bytes")
        except (OSError, KeyError):
            return False

    def add(self, promoter: Promoter, avatar: str, path: Path) -> None:
        self.posters[promoter.link] = {"nickname": promoter.nickname, "avatar": avatar,
                                       "file": path.name, "bytes": path.stat().st_size}

    def save(self) -> None:
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        data = {"kind": RECORD_KIND, "version": 1, "design": self.design, "posters": self.posters}
        try:
            temp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
            os.replace(temp, self.path)
        except OSError:
            temp.unlink(missing_ok=True)
            raise


def render_posters(base, promoters: list[Promoter], folder: Path | str,
                   progress: Callable[[int, int, str], bool] | None = None, *,
                   live_code: str = "", avatar_folder: Path | None = None) -> PosterRun:
    """Render every usable promoter's poster into `folder` (no store access: safe on a worker
    thread). `progress(done, total, nickname)` returning False stops the run after the current
    poster; what was finished stays recorded, and the next run skips it."""
    from flashdesk.outputs import write_output
    from flashdesk.posters.personal import DesignCheck, personal_layout, render_one
    from flashdesk.posters.render import encoded, ensure_app

    ensure_app()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(translate("PersonalPosters", "The folder {folder} cannot be made: {reason}.")
                        .format(folder=folder, reason=exc.strerror or exc)) from None
    kept, problems = screen(promoters, live_code)
    run = PosterRun(total=len(kept), problems=problems)
    layout, card = personal_layout(base)
    record = Record(folder, design_key(layout))
    checker = DesignCheck(layout)
    saved_at = time.monotonic()
    try:
        for index, promoter in enumerate(kept):
            if progress is not None and progress(index, len(kept), promoter.nickname) is False:
                run.cancelled = True
                break
            avatar = avatar_key(promoter, avatar_folder)
            if record.finished(promoter, avatar, folder):
                run.already += 1
                continue
            try:
                held = checker.problem(promoter.link)
                if held:
                    run.problems.append(Problem(promoter, held))
                    continue
                made = render_one(layout, card, promoter, avatar_folder)
                path = write_output(folder / file_name(promoter),
                                    lambda temp, image=made.image: temp.write_bytes(encoded(image)),
                                    "png")
            except UserError as exc:
                run.problems.append(Problem(promoter, str(exc)))
                continue
            run.written.append(path)
            run.notes += [Problem(promoter, note) for note in made.notes]
            record.add(promoter, avatar, path)
            if time.monotonic() - saved_at > SAVE_EVERY:
                record.save()
                saved_at = time.monotonic()
        else:
            if progress is not None:
                progress(len(kept), len(kept), "")
    finally:
        record.save()
    run.report = write_report(folder, run)
    return run


def write_report(folder: Path, run: PosterRun) -> Path | None:
    """The people not rendered, and notes on those rendered, as a CSV Excel opens (UTF-8 with
    BOM); removed when there is nothing to report."""
    path = folder / REPORT_NAME
    if not run.problems and not run.notes:
        path.unlink(missing_ok=True)
        return None
    heading = [translate("PersonalPosters", "Source"), translate("PersonalPosters", "Nickname"),
               translate("PersonalPosters", "Link"), translate("PersonalPosters", "Poster"),
               translate("PersonalPosters", "Reason")]
    made, skipped = translate("PersonalPosters", "made"), translate("PersonalPosters", "not made")
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(heading)
        for status, items in ((skipped, run.problems), (made, run.notes)):
            for item in items:
                writer.writerow([item.promoter.source, _as_text(item.promoter.nickname),
                                 _as_text(item.promoter.link), status, item.message])
    return path


def _as_text(value: str) -> str:
    """A cell Excel shows as typed, never as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
