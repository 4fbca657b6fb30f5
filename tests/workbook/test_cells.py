"""`put` styles a cell like an earlier one by copying its style indexes (workbook/cells.py):
the saved file must be the one that setting every style on every cell writes."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font

from flashdesk.workbook.cells import BODY_FONT, GRID, HEADER_FILL, HEADER_FONT, LABEL_FONT, WRAP, put


def put_each_style(ws, row, column, value, *, font=BODY_FONT, wrap=True, number_format=None):
    """put as it was: every style set on every cell."""
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = TYPE_STRING
    if isinstance(value, datetime):
        cell.number_format = number_format or "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = number_format or "yyyy-mm-dd"
    elif number_format:
        cell.number_format = number_format
    cell.font = font
    cell.alignment = WRAP if wrap else Alignment(vertical="top")
    cell.border = GRID
    return cell


def _book(writer, path):
    book = Workbook()
    ws = book.active
    other = book.create_sheet("second")
    red = Font(name="Microsoft YaHei", size=10, color="FF0000")
    ws.cell(row=9, column=1).fill = HEADER_FILL  # styled before: keeps its fill
    for row in range(1, 12):
        writer(ws, row, 1, f"=row {row}")
        writer(ws, row, 2, row * 1.5, number_format="0.00" if row % 2 else None)
        writer(ws, row, 3, datetime(2026, 6, 18, 20, row), wrap=row % 3 == 0)
        writer(ws, row, 4, date(2026, 6, row), number_format="m月d日" if row > 5 else None)
        writer(ws, row, 5, "标题", font=HEADER_FONT if row == 1 else LABEL_FONT if row % 4 else red)
        writer(other, row, 1, row, font=Font(name="Microsoft YaHei", size=10, italic=row % 2 == 0))
    writer(ws, 9, 1, "again")  # a second put on a styled cell
    book.save(path)
    return path


@pytest.mark.sqlite_only
def test_put_writes_the_same_workbook_as_setting_every_style(tmp_path):
    shared = zipfile.ZipFile(_book(put, tmp_path / "shared.xlsx"))
    each = zipfile.ZipFile(_book(put_each_style, tmp_path / "each.xlsx"))
    names = [name for name in each.namelist() if name != "docProps/core.xml"]  # its timestamps
    assert shared.namelist() == each.namelist()
    assert [shared.read(name) for name in names] == [each.read(name) for name in names]
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "shared.xlsx").active
    assert ws.cell(row=9, column=1).fill.fgColor.rgb.endswith("C0392B")
    assert ws.cell(row=1, column=1).value == "=row 1" and ws.cell(row=1, column=1).data_type == "s"
    assert ws.cell(row=3, column=2).number_format == "0.00" and ws.cell(row=6, column=4).number_format == "m月d日"
