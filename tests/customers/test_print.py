"""跟进清单 and 客户名单 printed through LibreOffice: with 130 people each sheet runs over
several pages, and every page is one page wide with the column headings repeated on it; the
short columns are centred and the due time carries no year."""

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from flashdesk.workbook.customers_followups import HEADERS as FOLLOW_UP_HEADERS
from flashdesk.workbook.customers_list import HEADERS as LIST_HEADERS
from flashdesk.workbook.export import export_workbook
from tests.customers import exports
from tests.customers.test_import import load
from tests.test_workbook_print import _pages

SHEETS = ("flashdesk.workbook.customers_followups", "flashdesk.workbook.customers_list")


@pytest.fixture
def workbook(store, campaign_id, tmp_path):
    for path in (exports.customer_list(tmp_path), exports.member_list(tmp_path),
                 exports.order_export(tmp_path), exports.likers(tmp_path)):
        load(store, path, None if "客户列表" in path.name else campaign_id)
    many = tmp_path / "群成员多.csv"
    many.write_text("群名称,昵称,入群时间\n" + "".join(
        f"618福利1群,长一点的昵称成员{i},2026-06-16 10:00\n" for i in range(120)),
        encoding="utf-8-sig")
    load(store, many, campaign_id)
    return export_workbook(store, campaign_id, tmp_path / "customers.xlsx", only=SHEETS)


def test_short_columns_are_centred_and_the_due_time_has_no_year(workbook):
    book = load_workbook(workbook)
    follow = book["跟进清单"]
    assert follow["B3"].number_format == "mm-dd hh:mm"
    assert [follow.cell(3, c).alignment.horizontal for c in (2, 5, 6, 8)] == ["center"] * 4
    assert follow["G3"].alignment.horizontal is None and follow["G3"].alignment.wrap_text
    listing = book["客户名单"]
    assert [listing.cell(3, c).alignment.horizontal for c in (1, 4, 5, 6)] == ["center"] * 4


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo)")
def test_every_printed_page_is_one_page_wide_with_the_headings(workbook, tmp_path):
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook)],
                   capture_output=True, check=True, timeout=300)
    pages = _pages(tmp_path / "customers.pdf")
    for title, headings in (("跟进清单", FOLLOW_UP_HEADERS), ("客户名单", LIST_HEADERS)):
        own = [re.sub(r"\s", "", text) for sheet, text, _size in pages if sheet == title]
        assert len(own) >= 2, title  # 130 people: more than one page
        for number, text in enumerate(own, start=1):
            missing = [h for h in headings if re.sub(r"\s", "", h) not in text]
            assert not missing, (title, number, missing)
        assert "长一点的昵称成员119" in "".join(own), title  # the last row is printed too
    assert all(round(w) > round(h) for _s, _t, (w, h) in pages)  # landscape
