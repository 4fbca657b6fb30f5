"""`flashdesk --self-test`: prove that this installation works end to end, without a screen
and without touching the operator's own store or settings. Above all it is for the
PyInstaller bundle and the .deb, where a module, data file, font or Qt plugin left out of
the build only shows up when some code path reaches it.

Each check is a named function in CHECKS, run in order; a check fails by raising, and a
later check that needs what an earlier one made (the store, the sample campaign, the
application) is reported as not run. A capability that can break in a bundle adds one
function here — e.g. once posters land, a `poster` check that renders the sample
campaign's poster and decodes its QR code (the `qr_codes` check below only proves the QR
libraries are bundled)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO


class NotRun(Exception):
    """A check could not start because an earlier one failed."""


@dataclass
class SelfTestRun:
    """What the checks share: the work folder and what earlier checks produced."""

    folder: Path
    app: object = None
    store: object = None
    campaign_id: int | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def need(self, name: str):
        value = getattr(self, name)
        if value is None:
            raise NotRun(f"needs the {name}, which an earlier check did not provide")
        return value


def check_application(run: SelfTestRun) -> str:
    """Qt starts on the offscreen platform with the app's fonts, theme and icon."""
    from PySide6.QtGui import QGuiApplication

    from flashdesk.app import create_application

    run.app = create_application()
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise AssertionError(f"Qt platform is {platform!r}, expected 'offscreen'")
    if QGuiApplication.windowIcon().isNull():
        raise AssertionError("the app icon (resources/icons/flashdesk.png) did not load")
    if not run.app.styleSheet():
        raise AssertionError("the theme (ui/theme.qss) did not load")
    return f"Qt {__import__('PySide6').__version__}, platform {platform}"


def check_fonts(run: SelfTestRun) -> str:
    """The bundled Noto Sans CJK is registered and covers the sample campaign's name."""
    from PySide6.QtGui import QFontMetrics

    from flashdesk.campaigns.sample import sample_draft
    from flashdesk.fonts import UI_FAMILY, font, font_file

    run.need("app")
    metrics = QFontMetrics(font(12))
    text = sample_draft().name + "快闪群发售台"
    missing = sorted({ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))})
    if missing:
        raise AssertionError(f"{UI_FAMILY} has no glyph for {''.join(missing)}")
    return f"{UI_FAMILY} from {font_file().name}"


def check_translations(run: SelfTestRun) -> str:
    """The compiled zh_CN translations load and translate the window's menus."""
    from flashdesk import i18n

    run.need("app")
    qms = sorted(i18n.translations_dir().glob("*.zh_CN.qm"))
    if not qms:
        raise AssertionError(f"no compiled translations (*.zh_CN.qm) in {i18n.translations_dir()}")
    i18n.install("zh_CN")
    context, source = "MainWindow", "&File"  # a string the window's menus translate
    got = i18n.translate(context, source)
    if got == source:
        raise AssertionError(f"zh_CN is installed but {source!r} is still English")
    context, button = "QPlatformTheme", "Cancel"  # Qt's own dialogs: qtbase_zh_CN.qm
    if i18n.translate(context, button) == button:
        raise AssertionError("Qt's own zh_CN translation (qtbase_zh_CN.qm) did not load: "
                             "message boxes and file dialogs would stay English")
    return f"{len(qms)} .qm files + Qt's own; {source} -> {got}"


def check_store(run: SelfTestRun) -> str:
    """A new store in the work folder opens and is migrated to the current schema."""
    from flashdesk.store import open_store

    run.store = open_store(run.folder / "selftest.sqlite3")
    return run.store.display_name


def check_sample_plan(run: SelfTestRun) -> str:
    """The sample campaign is planned by every plan part and reads back as drafted."""
    from flashdesk.campaigns.sample import ensure_sample, sample_draft
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.capabilities import manifests
    from flashdesk.playbook.parts import plan_parts

    store = run.need("store")
    run.campaign_id = ensure_sample(store)
    if run.campaign_id is None:
        raise AssertionError("a new store did not get the sample campaign")
    campaign, draft = get_campaign(store, run.campaign_id), sample_draft()
    for name in ("name", "launch_at", "quota", "list_price"):
        if getattr(campaign, name) != getattr(draft, name):
            raise AssertionError(f"sample campaign {name} reads back as {getattr(campaign, name)!r}")
    parts = [module.SECTION for module in plan_parts()]
    if len(parts) != sum(1 for manifest in manifests() if manifest.part):
        raise AssertionError("not every plan part loaded")
    return f"campaign {run.campaign_id}, plan parts: {', '.join(parts) or 'none'}"


def check_main_window(run: SelfTestRun) -> str:
    """The main window opens on the sample campaign with every tab, and paints."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from flashdesk.gui.context import AppContext
    from flashdesk.gui.main_window import MainWindow
    from flashdesk.gui.tabs import window_tabs

    app, store, campaign_id = run.need("app"), run.need("store"), run.need("campaign_id")
    settings = QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh_CN")
    window = MainWindow(AppContext(store, settings))
    try:
        window.show()
        window.context.select_campaign(campaign_id)
        for index in range(window.tabs.count()):  # every tab paints without an error
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.tab_at(index).grab()
        window.tabs.setCurrentIndex(0)
        app.processEvents()
        image = window.grab().toImage()
        if window.tabs.count() != len(window_tabs()):
            raise AssertionError(f"{window.tabs.count()} tabs shown, {len(window_tabs())} declared")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        if image.isNull() or len(colours) < 8:
            raise AssertionError("the window grab is blank")
        shot = run.folder / "main-window.png"
        image.save(str(shot))
        run.notes["screenshot"] = str(shot)
        return f"{window.tabs.count()} tabs, {image.width()}x{image.height()} grab"
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def check_workbook(run: SelfTestRun) -> str:
    """The team workbook is exported and read back with every sheet."""
    from importlib import import_module

    from openpyxl import load_workbook

    from flashdesk.campaigns.service import get_campaign
    from flashdesk.workbook.export import export_workbook, sheet_modules

    store, campaign_id = run.need("store"), run.need("campaign_id")
    path = export_workbook(store, campaign_id, run.folder / "selftest.xlsx")
    book = load_workbook(path)
    titles = [import_module(name).TITLE for name in sheet_modules()]
    missing = [title for title in titles if title not in book.sheetnames]
    if missing:
        raise AssertionError(f"sheets missing from the workbook: {', '.join(missing)}")
    name = get_campaign(store, campaign_id).name
    if not any(name in str(cell) for sheet in book.worksheets
               for row in sheet.iter_rows(values_only=True) for cell in row):
        raise AssertionError("the campaign's name is on no sheet")
    return f"{len(book.sheetnames)} sheets, {path.stat().st_size // 1024} KiB"


def check_qr_codes(run: SelfTestRun) -> str:
    """The QR libraries are there: encode (qrcode), draw (Pillow), decode (zxing-cpp)."""
    import qrcode
    import zxingcpp

    payload = "https://example.com/flashdesk/selftest?c=618"
    image = qrcode.make(payload, box_size=6, border=4).get_image().convert("L")
    found = [result.text for result in zxingcpp.read_barcodes(image)]
    if found != [payload]:
        raise AssertionError(f"decoded {found!r} instead of the encoded text")
    return f"{image.width}px code decoded"


def check_charts(run: SelfTestRun) -> str:
    """matplotlib renders a chart with its data files (Agg, off screen)."""
    from matplotlib.figure import Figure
    from PIL import Image

    figure = Figure(figsize=(4, 3), dpi=80)
    figure.add_subplot().plot([0, 1, 2, 3], [120, 340, 280, 500])
    path = run.folder / "chart.png"
    figure.savefig(path)
    with Image.open(path) as image:
        size, colours = image.size, len(image.convert("RGB").getcolors(1 << 16) or ())
    if size != (320, 240) or colours < 3:
        raise AssertionError(f"chart image is {size} with {colours} colours")
    return f"{size[0]}x{size[1]} chart"


def check_poster(run: SelfTestRun) -> str:
    """The sample campaign's poster renders, passes the poster rules (its text read by OCR)
    and its QR decodes."""
    import zxingcpp
    from PIL import Image

    from flashdesk.posters.commands import check_png, render_campaign_png

    store, campaign_id = run.need("store"), run.need("campaign_id")
    path = render_campaign_png(store, str(campaign_id), run.folder / "poster.png")
    errors = [finding.line() for finding in check_png(path) if finding.severity == "error"]
    if errors:
        raise AssertionError("; ".join(errors))
    with Image.open(path) as image:
        size, decoded = image.size, [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]
    if not decoded:
        raise AssertionError("no QR code decodes on the poster")
    from PySide6.QtGui import QImage

    from flashdesk.posters.ocr import read_text

    lines = [line.text for line in read_text(QImage(str(path)))]  # the OCR models are bundled
    if not any("扫码进群" in line for line in lines):
        raise AssertionError(f"the text reader did not find 扫码进群 on the poster: {lines}")
    return f"{size[0]}x{size[1]} poster, QR decodes to {decoded[0][:40]}, {len(lines)} text lines read"


Check = Callable[[SelfTestRun], str]
CHECKS: tuple[tuple[str, Check], ...] = (
    ("application", check_application),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("store", check_store),
    ("sample plan", check_sample_plan),
    ("main window", check_main_window),
    ("workbook", check_workbook),
    ("poster", check_poster),
    ("qr codes", check_qr_codes),
    ("charts", check_charts),
)


def _output() -> TextIO:
    """stdout, or a file beside the user's data when a windowed build has none (Windows)."""
    if sys.stdout is not None:
        return sys.stdout
    from flashdesk.paths import user_data_dir

    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return open(folder / "selftest.log", "w", encoding="utf-8")  # noqa: SIM115


def run_self_test(keep: str | Path | None = None, checks=CHECKS, out: TextIO | None = None) -> int:
    """Run the checks; print one line per check. 0 when all pass, 1 otherwise. With `keep`,
    the store, screenshot and workbook stay in that folder; otherwise a temporary one is
    removed afterwards."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out = out or _output()
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="flashdesk-selftest-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["MPLCONFIGDIR"] = str(folder / "matplotlib")  # no cache in the user's folders
    run = SelfTestRun(folder)
    failed: list[str] = []
    start = time.perf_counter()
    try:
        for name, check in checks:
            began = time.perf_counter()
            try:
                detail = check(run)
            except NotRun as exc:
                failed.append(name)
                print(f"FAIL  {name}: not run, {exc}", file=out)
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the run
                failed.append(name)
                where = traceback.extract_tb(exc.__traceback__)[-1]
                print(f"FAIL  {name}: {type(exc).__name__}: {exc} "
                      f"({Path(where.filename).name}:{where.lineno})", file=out)
            else:
                print(f"ok    {name}: {detail} ({(time.perf_counter() - began) * 1000:.0f} ms)",
                      file=out)
    finally:
        if run.store is not None:
            run.store.close()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(checks)} checks ({', '.join(failed)})",
              file=out)
    else:
        print(f"self-test passed: {len(checks)} checks in {total:.1f} s", file=out)
    out.flush()
    return 1 if failed else 0
