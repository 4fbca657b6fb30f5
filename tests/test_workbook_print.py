"""The team workbook as a print shop sees it: every sheet's page setup read back with
openpyxl, and (where LibreOffice is installed) the sample campaign with example review
numbers printed to PDF, each sheet one page wide with its charts on it. Also: one language
in the Chinese workbook whichever process writes it, and the usual file mode."""

import os
import re
import shutil
import stat
import subprocess
import sys
from datetime import time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, get_campaign
from flashdesk.channels import service as channels
from flashdesk.channels.drafts import ChannelDraft, PostDraft
from flashdesk.review.sample import add_sample_numbers
from flashdesk.store import open_store
from flashdesk.workbook.cells import A4_PORTRAIT_WIDTH, used_width
from flashdesk.workbook.export import export_workbook
from flashdesk.workbook.review.common import CHART_HEIGHT, CHART_ROWS, ROW_POINTS

ROOT = Path(__file__).resolve().parent.parent
A4, A3 = 9, 8  # openpyxl's paper size codes
REVIEW_SHEETS = ("复盘数据-每日", "复盘数据-渠道", "复盘数据-文案", "复盘数据-素材")
POINTS_PER_CM = 72 / 2.54


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    store = open_store(folder / "store.sqlite3")
    campaign_id = create_campaign(store, sample_draft()).result
    add_sample_numbers(store, campaign_id)
    yield store, campaign_id, folder
    store.close()


@pytest.fixture(scope="module")
def workbook_path(sample_store):
    store, campaign_id, folder = sample_store
    return export_workbook(store, campaign_id, folder / "team.xlsx", language="zh_CN")


def test_every_sheet_is_set_up_for_print(workbook_path):
    book = load_workbook(workbook_path)
    assert len(shown_sheets(book)) == 21 and book["FlashDesk"].sheet_state == "hidden"  # the campaign's identity
    for ws in shown_sheets(book):
        setup = ws.page_setup
        assert int(setup.paperSize) in (A4, A3), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        # the flow map prints its table and map on one page; the rest as many pages tall as needed
        assert setup.fitToWidth == 1 and setup.fitToHeight == (ws.title == "流程图"), ws.title
        assert ws.print_title_rows, ws.title  # header rows repeat on every page
        assert "&A" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text \
            and "&N" in ws.oddFooter.right.text, ws.title
        assert ws.page_margins.left >= 0.3 and ws.page_margins.bottom >= 0.5, ws.title
        if ws.title not in REVIEW_SHEETS:  # by shape: narrow sheets print upright
            assert (setup.orientation == "portrait") == (used_width(ws) <= A4_PORTRAIT_WIDTH), ws.title
    assert book["活动概览"].page_setup.orientation == "portrait"
    assert int(book["甘特图"].page_setup.paperSize) == A3


def test_review_sheets_fit_their_charts_on_the_first_page(workbook_path):
    book = load_workbook(workbook_path)
    for title in REVIEW_SHEETS:
        ws = book[title]
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.sheet_format.defaultRowHeight == ROW_POINTS and ws.sheet_format.customHeight
        rows = sorted(chart.anchor._from.row for chart in ws._charts)
        assert rows and all(b - a == CHART_ROWS for a, b in pairwise(rows)), title
        # a chart is shorter than the rows reserved for it, so none overlaps the next
        assert CHART_HEIGHT * POINTS_PER_CM < CHART_ROWS * ROW_POINTS


def _print(workbook: Path, folder: Path) -> Path:
    """The workbook printed to PDF by LibreOffice, as the look pass prints it."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                   capture_output=True, check=True, timeout=300)
    return folder / f"{workbook.stem}.pdf"


def _text(pdf: Path, page: int, *layout: str) -> str:
    return subprocess.run(["pdftotext", *layout, "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


FOOTER = re.compile(r"^\s*(\S+)\s+第 \d+ / \d+ 页\s*$", re.MULTILINE)


def _pages(pdf: Path) -> list[tuple[str, str, tuple[float, float]]]:
    """(sheet named in the footer, text, (width, height) in points) of every page."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    pages = []
    for number, size in enumerate(sizes, start=1):
        footer = FOOTER.findall(_text(pdf, number, "-layout"))
        pages.append((footer[-1] if footer else "", _text(pdf, number), size))
    return pages


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo)")
def test_printed_pdf_fits_every_sheet_width_on_a4_or_a3(workbook_path, tmp_path):
    pages = _pages(_print(workbook_path, tmp_path))
    paper = {(595, 842), (842, 595), (842, 1191), (1191, 842)}  # A4 and A3, either way up
    assert all((round(w), round(h)) in paper for _sheet, _text, (w, h) in pages)
    book = load_workbook(workbook_path)
    for ws in shown_sheets(book):
        # a sheet's first page holds every column heading (one page wide) and, on the
        # review sheets, every chart's title
        own = [re.sub(r"\s", "", text) for sheet, text, _size in pages if sheet == ws.title]
        assert own, ws.title
        heading_row = int(ws.print_title_rows.split(":")[-1].lstrip("$"))
        headings = [re.sub(r"\s", "", str(c.value)) for c in ws[heading_row]
                    if c.value is not None and not hidden(ws, c.column)]
        assert headings and not [h for h in headings if h not in own[0]], ws.title
        for chart in ws._charts:
            title = "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
            assert not title or re.sub(r"\s", "", title) in own[0], (ws.title, title)


RUNBOOK = "关键节点执行表"


def test_runbook_pages_break_between_key_nodes(workbook_path):
    ws = load_workbook(workbook_path)[RUNBOOK]
    node_rows = [cell.row for cell in ws["L"] if str(cell.value).startswith("node:")]
    breaks = [brk.id for brk in ws.row_breaks.brk]
    assert breaks and all(row + 1 in node_rows for row in breaks)


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)")
def test_printed_runbook_names_the_key_node_atop_every_page(workbook_path, tmp_path):
    """Operators hand the runbook's pages around on launch night: each page's first beat
    row names its key node (a node's beats running on to the next page would not: its name
    is merged down its rows and prints on the first page only)."""
    book = load_workbook(workbook_path)
    for title in book.sheetnames:
        if title != RUNBOOK:
            del book[title]
    book.save(tmp_path / "runbook.xlsx")
    names = {cell.value for cell in book[RUNBOOK]["A"][2:] if cell.value}
    pdf = _print(tmp_path / "runbook.xlsx", tmp_path)
    pages = [[line.split() for line in _text(pdf, page, "-layout").splitlines() if line.strip()]
             for page, _ in enumerate(_pages(pdf), start=1)]
    assert len(pages) > 1
    for lines in pages:
        heading = next(i for i, words in enumerate(lines) if words[:2] == ["关键节点", "时间"])
        assert lines[heading + 1][0] in names, lines[heading + 1]


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)")
def test_printed_calendar_keeps_each_channels_posts_on_one_page(tmp_path):
    """A channel's name is merged down its lines too: a page starts with a channel's first
    post (posted at minute 0 of the channel's hour), never with one further down."""
    store = open_store(tmp_path / "store.sqlite3")
    campaign_id = create_campaign(store, sample_draft()).result
    channels.remove_channels(store, [c.id for c in channels.list_channels(store, campaign_id)])
    day = get_campaign(store, campaign_id).launch_at.date() - timedelta(days=1)
    for hour in range(14):
        channel = channels.add_channel(store, campaign_id, ChannelDraft(f"社区团长群{hour}")).result
        for minute in range(4 if hour == 0 else 3):  # the first is taller: breaks fall mid-channel
            channels.add_post(store, campaign_id, PostDraft(channel, day, "countdown", time(hour, minute)))
    path = export_workbook(store, campaign_id, tmp_path / "calendar.xlsx", language="zh_CN",
                           only=("flashdesk.workbook.channels_calendar",))
    store.close()
    pdf = _print(path, tmp_path)
    firsts = [re.search(r"\d\d:\d\d(?= 倒计时)", _text(pdf, page)).group()
              for page, _ in enumerate(_pages(pdf), start=1)]
    assert len(firsts) > 1 and all(first.endswith(":00") for first in firsts), firsts


ENGLISH = re.compile(r"[A-Za-z]{3,}")


def shown_sheets(book):
    """The sheets the team sees and prints (not the hidden one naming the campaign)."""
    return [ws for ws in book if ws.sheet_state == "visible"]


def hidden(ws, column: int) -> bool:
    """A hidden column (the rows' identity for reading the workbook back)."""
    return bool(ws.column_dimensions[get_column_letter(column)].hidden)


def _english_words(path: Path) -> dict[str, list[str]]:
    """Latin words in the workbook's cells, links and {variables} aside."""
    found = {}
    for ws in shown_sheets(load_workbook(path)):
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                value = cell.value
                if isinstance(value, str) and not hidden(ws, cell.column):
                    words = ENGLISH.findall(re.sub(r"https?://\S+|\{\w+\}", "", value))
                    if words:
                        found.setdefault(ws.title, []).extend(words)
    return found


def test_chinese_workbook_has_no_english(workbook_path):
    assert _english_words(workbook_path) == {}
    book = load_workbook(workbook_path)
    assert "胜出" in book["复盘-AB测试与提纲"]["N3"].value
    assert book["海报清单"]["E3"].value.startswith(("通过", "0 个错误", "1 个错误"))


def test_command_line_export_speaks_the_operators_language(sample_store, tmp_path):
    """The command line has no window, yet writes what File → Export would: the language
    chosen in View → Language (kept in the shared settings)."""
    _store, campaign_id, folder = sample_store
    config = tmp_path / "config"
    (config / "FlashDesk").mkdir(parents=True)
    (config / "FlashDesk" / "FlashDesk.conf").write_text("[General]\nlanguage=zh_CN\n")
    out = tmp_path / "cli.xlsx"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(config), "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "flashdesk", "export", str(campaign_id), "-o", str(out),
                             "--store", str(folder / "store.sqlite3")],
                            check=False, capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    assert _english_words(out) == {}
    assert "胜出" in load_workbook(out)["复盘-AB测试与提纲"]["N3"].value


def test_workbook_file_gets_the_users_usual_mode(sample_store, tmp_path):
    store, campaign_id, _folder = sample_store
    old = os.umask(0o022)
    try:
        path = export_workbook(store, campaign_id, tmp_path / "mode.xlsx", language="zh_CN")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
