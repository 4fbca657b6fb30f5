"""Translations. UI text is English in the source, marked with tr() in widgets or
`translate(context, text)` below the GUI; zh_CN lives in resources/translations/<area>.zh_CN.ts,
one .ts per area (see area_of) so work on one tab never touches another's file.

`python -m flashdesk.i18n [AREA]` refreshes the .ts files from the sources
(pyside6-lupdate) and compiles the .qm files (pyside6-lrelease) that the app loads."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flashdesk.paths import resources_dir

if TYPE_CHECKING:  # QtCore loads on first use: the command line never needs it
    from PySide6.QtCore import QTranslator

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def translate(context: str, text: str, n: int = -1) -> str:
    # Without QtCore loaded there is no application and so no translator: the source text is
    # the answer. Importing QtCore here would cost a command-line run ~50 ms, and PySide6's
    # import hook would then read the source of every module imported after it.
    if "PySide6.QtCore" not in sys.modules:
        return text.replace("%n", str(n)) if n >= 0 else text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, None, n)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Replace the app's translators with those of `language` ('en' removes them)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    if language == "en":
        return
    for qm in sorted(translations_dir().glob(f"*.{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(QLocale(language), "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)


def area_of(rel: Path) -> str:
    """The .ts a source file belongs to: flashdesk/<pkg>/ and flashdesk/gui/<pkg>(.py|/) share
    <pkg>; the window's own modules are "main"; top-level modules are "core"."""
    parts = rel.with_suffix("").parts
    if parts[0] == "gui":
        return parts[1] if len(parts) > 2 else "main"
    return parts[0] if len(parts) > 1 else "core"


_MARKED = re.compile(r"""(?<![\w])(tr|translate)\(\s*["']""")


def area_sources(root: Path) -> dict[str, list[Path]]:
    package = root / "flashdesk"
    areas: dict[str, list[Path]] = {}
    for path in sorted(package.rglob("*.py")):
        if _MARKED.search(path.read_text(encoding="utf-8")):
            areas.setdefault(area_of(path.relative_to(package)), []).append(path)
    return areas


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(["pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none",
                    *map(str, files), "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def update(root: Path, only: list[str], language: str = "zh_CN") -> None:
    out = root / "resources" / "translations"
    for area, files in area_sources(root).items():
        if only and area not in only:
            continue
        ts = out / f"{area}.{language}.ts"
        lupdate(files, ts)
        lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    # python -m flashdesk.i18n [AREA ...]: refresh those .ts files (all when none named)
    # and compile them; then fill every <translation type="unfinished"> and run it again.
    update(Path(__file__).resolve().parent.parent, sys.argv[1:])
