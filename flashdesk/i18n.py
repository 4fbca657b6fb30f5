"""Translations. UI text is English in the source, marked with tr() in widgets or
`translate(context, text)` below the GUI; zh_CN lives in resources/translations/<area>.zh_CN.ts,
one .ts per area (see area_of) so work on one tab never touches another's file.

`python -m flashdesk.i18n [AREA]` refreshes the .ts files from the sources
(pyside6-lupdate) and compiles the .qm files (pyside6-lrelease) that the app loads."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from flashdesk.paths import APP_NAME, resources_dir

if TYPE_CHECKING:  # QtCore loads on first use: the command line never needs it
    from PySide6.QtCore import QTranslator

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate's arguments, so lupdate reads the %n messages too."""
    # Without QtCore loaded there is no application and so no translator: the source text is
    # the answer. Importing QtCore here would cost a command-line run ~50 ms, and PySide6's
    # import hook would then read the source of every module imported after it.
    if "PySide6.QtCore" not in sys.modules:
        if n < 0:
            return text
        return english_forms(text)[0 if n == 1 else 1].replace("%n", str(n))
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for translation where it is defined; translate(context, text) shows it.
    Qt's own marker lives in QtCore, which the command line and the manifests do not load."""
    return text


_language = "en"  # what install() last set: the source language until then


def language() -> str:
    return _language


def shown(name: str, name_en: str) -> str:
    """A playbook name (Chinese data) as the UI shows it: its English label in the English UI
    when the data gives one."""
    return name_en if name_en and _language == "en" else name


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []
_chosen = False  # install() has run: the window (or a self-test) set the language


def operator_language() -> str:
    """The language the operator chose (View → Language), read from the settings every
    process shares, so the command line writes what the window would."""
    if _chosen:
        return _language
    from PySide6.QtCore import QSettings

    return str(QSettings(APP_NAME, APP_NAME).value("language", system_language()))


@contextmanager
def speaking(language: str):
    """Translate in `language` for the duration (the workbook writer in a command-line
    process, which has no window to install translators)."""
    global _language, _chosen
    if _chosen and language == _language:
        yield
        return
    from PySide6.QtCore import QLocale

    before, chosen, locale = _language, _chosen, QLocale()
    install(language)
    try:
        yield
    finally:
        if chosen:
            install(before)
        else:
            _remove_translators()
        _language, _chosen = before, chosen
        QLocale.setDefault(locale)


def _remove_translators() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install(language: str) -> None:
    """Replace the app's translators with those of `language` ('en': its plural forms only)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    global _language, _chosen
    _remove_translators()
    _language, _chosen = language, True
    app = QCoreApplication.instance()
    QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    # English is the source language; its catalogue holds only the %n plural forms
    for qm in sorted(translations_dir().glob(f"*.{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    if language == "en":
        return
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


_MARKED = re.compile(r"""(?<![\w])(tr|translate|QT_TRANSLATE_NOOP)\(\s*["']""")


def area_sources(root: Path) -> dict[str, list[Path]]:
    package = root / "flashdesk"
    areas: dict[str, list[Path]] = {}
    for path in sorted(package.rglob("*.py")):
        if _MARKED.search(path.read_text(encoding="utf-8")):
            areas.setdefault(area_of(path.relative_to(package)), []).append(path)
    return areas


def qt_tool(name: str) -> str:
    """PySide6's command installed beside this Python (a venv's bin/ is often not on PATH, as
    under `make test`), else whatever PATH finds."""
    import shutil

    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def lupdate(files: list[Path], ts: Path, *options: str) -> None:
    import subprocess  # here, not at the top: the window imports this module before it paints

    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *options,
                    *map(str, files), "-ts", str(ts)], check=True)


# English plurals: the source says "%n day(s)"; the catalogue gives "1 day" and "5 days".
# A few nouns are written in the plural in the source ("%n copies"): their singular here.
_SINGULAR = {"copies": "copy", "rows": "row", "characters": "character", "times": "time"}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a %n source text."""
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    for many, one in _SINGULAR.items():
        singular = re.sub(rf"(%n (?:\w+ ){{0,2}}){many}\b", rf"\g<1>{one}", singular)
    return singular, plural


def fill_english_plurals(ts: Path) -> int:
    """Keep only the %n messages of an English .ts and give each its two forms; returns how
    many there are. lupdate marks only self.tr(…, n) as numerus, not translate(…, n): every
    message with %n is made numerus here."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root, filled = tree.getroot(), 0
    for context in list(root.iter("context")):
        for message in context.findall("message"):
            if "%n" not in (message.findtext("source") or ""):
                context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            translation.attrib.pop("type", None)
            for text in english_forms(message.findtext("source")):
                ET.SubElement(translation, "numerusform").text = text
            filled += 1
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(ts: Path, qm: Path) -> None:
    import subprocess

    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(root: Path, only: list[str], language: str = "zh_CN") -> None:
    out = root / "resources" / "translations"
    for area, files in area_sources(root).items():
        if only and area not in only:
            continue
        ts = out / f"{area}.{language}.ts"
        lupdate(files, ts)
        lrelease(ts, ts.with_suffix(".qm"))
        english = out / f"{area}.en.ts"
        english.unlink(missing_ok=True)  # derived entirely from the sources: start afresh
        lupdate(files, english, "-target-language", "en")
        if fill_english_plurals(english):
            lrelease(english, english.with_suffix(".qm"))
        else:  # an area without plurals needs no English catalogue
            english.unlink()
            english.with_suffix(".qm").unlink(missing_ok=True)


if __name__ == "__main__":
    # python -m flashdesk.i18n [AREA ...]: refresh those .ts files (all when none named)
    # and compile them; then fill every <translation type="unfinished"> and run it again.
    update(Path(__file__).resolve().parent.parent, sys.argv[1:])
