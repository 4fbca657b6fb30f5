"""Every file written for the operator (poster PNG/PDF, the workbook, Gantt and review
charts) goes through write_output: written to a temporary file in the target's folder,
checked to be a whole file of its kind, then moved over the target in one step. A full
disk, a file-size limit or a crash leaves the previous file as it was, and no temporary
file behind (one left by a killed process is removed on the next write to that target)."""

from __future__ import annotations

import gc
import os
import sys
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate

PARTIAL = ".flashdesk-partial-"


class OutputError(UserError):
    pass


class IncompleteOutput(Exception):
    """The writer reported success but the file is not whole (e.g. Qt's PDF writer on a
    full disk)."""


def _image_check(kind: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        from PIL import Image

        try:
            with Image.open(path) as image:
                if image.format != kind:
                    raise IncompleteOutput(f"not a {kind}")
                image.load()
        except (OSError, SyntaxError, ValueError) as exc:  # Pillow's ways of saying "truncated"
            raise IncompleteOutput(str(exc)) from None
    return check


def check_pdf(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(5)
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    if head != b"%PDF-" or b"%%EOF" not in tail[-32:] or b"startxref" not in tail:
        raise IncompleteOutput("the PDF is cut short")
    xref = int(tail.rsplit(b"startxref", 1)[1].split()[0])
    if not 0 < xref < size:
        raise IncompleteOutput("the PDF's cross-reference points outside the file")


def _check_xlsx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist() or archive.testzip() is not None:
                raise IncompleteOutput("the workbook is incomplete")
    except zipfile.BadZipFile as exc:
        raise IncompleteOutput(str(exc)) from None


CHECKS: dict[str, Callable[[Path], None]] = {
    "png": _image_check("PNG"), "jpeg": _image_check("JPEG"), "jpg": _image_check("JPEG"),
    "pdf": check_pdf, "xlsx": _check_xlsx}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale(target: Path) -> None:
    for leftover in target.parent.glob(f".{target.name}{PARTIAL}*"):
        pid = leftover.name[len(f".{target.name}{PARTIAL}"):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _release(exc: BaseException) -> None:
    """A failed writer leaves streams open on its own temporary files (openpyxl's sheet
    writers are generators): finalised at exit they print dozens of "Exception ignored"
    tracebacks for an error already reported. They are finalised here, quietly."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _fail(target: Path, reason: str) -> OutputError:
    return OutputError(translate(
        "Outputs", "Could not write {target}: {reason}. Free some space or choose another "
        "folder; any previous {name} was left as it was.").format(
            target=target, reason=reason, name=target.name))


def write_output(target: Path | str, write: Callable[[Path], object], kind: str = "", *,
                 overwrite: bool = True) -> Path:
    """Call write(temp_path), check the result as `kind` (png, pdf, xlsx; default: the
    target's suffix) and move it over `target`. Raises OutputError; never leaves a
    half-written target or a temporary file. With overwrite=False an existing target (or a
    symlink planted in its place) is refused; the move never follows a symlink either way."""
    target = Path(target)
    if not overwrite and os.path.lexists(target):
        raise OutputError(translate("Outputs", "{target} already exists; it was left as it was. "
                                    "Choose another folder or allow replacing files.").format(
                                        target=target))
    check = CHECKS[kind or target.suffix.lower().lstrip(".")]
    if not target.parent.is_dir():
        raise OutputError(translate("Outputs", "The folder {folder} does not exist; choose an "
                                    "existing folder.").format(folder=target.parent))
    _remove_stale(target)
    temp = target.with_name(f".{target.name}{PARTIAL}{os.getpid()}{target.suffix}")
    try:
        write(temp)
        check(temp)
        with temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        _release(exc)
        raise _fail(target, exc.strerror or str(exc)) from None
    except IncompleteOutput as exc:
        temp.unlink(missing_ok=True)
        _release(exc)
        raise _fail(target, translate("Outputs", "the written file was incomplete ({detail}), "
                                      "the disk may be full").format(detail=exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
