"""`put`, `restyle` and `merge` style a cell like an earlier one by copying its style indexes
(workbook/cells.py): the saved file must be the one that setting every style on every cell
(and openpyxl's own merge) writes."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font, PatternFill

from flashdesk.workbook.cells import (
    BODY_FONT,
    CENTER,
    GRID,
    HEADER_FILL,
    HEADER_FONT,
    LABEL_FONT,
    WRAP,
    merge,
    png_picture,
    put,
    restyle,
)


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


def _merged_book(merger, path):
    """Merges as the sheets make them: title rows over a borderless cell, tall ranges of
    gridded cells (runbook, calendar), a range over cells already written, one protected."""
    from openpyxl.styles import Border, Protection, Side

    book = Workbook()
    ws = book.active
    other = book.create_sheet("second")
    cell = put(ws, 1, 1, "标题", wrap=False)
    cell.border = Border()
    merger(ws, 1, 1, 1, 6)
    for row in range(2, 14):
        for column in range(1, 5):
            put(ws, row, column, f"{row}-{column}")
    merger(ws, 2, 1, 7, 1)
    merger(ws, 8, 1, 13, 1)
    merger(ws, 2, 2, 5, 3)  # over written cells, two columns wide
    ws.cell(row=8, column=3).border = Border()
    ws.cell(row=10, column=4).border = Border(right=Side(style="thick", color="FF0000"))
    merger(ws, 8, 3, 10, 4)  # the bottom-right's edge becomes the borderless top-left's
    ws.cell(row=15, column=1).protection = Protection(locked=False)
    merger(ws, 15, 1, 16, 2)
    merger(ws, 20, 2, 21, 3)  # over cells never written
    put(other, 1, 1, "其他", font=LABEL_FONT)
    merger(other, 1, 1, 3, 1)
    book.save(path)
    return path


def _merge_cells(ws, start_row, start_column, end_row, end_column):
    ws.merge_cells(start_row=start_row, start_column=start_column, end_row=end_row,
                   end_column=end_column)


@pytest.mark.sqlite_only
def test_merge_writes_the_same_workbook_as_merge_cells(tmp_path):
    ours = zipfile.ZipFile(_merged_book(merge, tmp_path / "ours.xlsx"))
    theirs = zipfile.ZipFile(_merged_book(_merge_cells, tmp_path / "theirs.xlsx"))
    names = [name for name in theirs.namelist() if name != "docProps/core.xml"]
    assert ours.namelist() == theirs.namelist()
    assert [ours.read(name) for name in names] == [theirs.read(name) for name in names]
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "ours.xlsx").active
    assert "A2:A7" in ws.merged_cells and "C8:D10" in ws.merged_cells
    assert ws.cell(row=7, column=1).border.bottom.style == "thin"
    assert ws.cell(row=9, column=4).border.right.style == "thick"
    assert ws.cell(row=16, column=2).protection.locked is False


def _gridded_book(styler, path):
    book = Workbook()
    ws = book.active
    fills = [HEADER_FILL, PatternFill("solid", fgColor="5DADE2")]
    for row in range(1, 9):
        for column in range(1, 30):
            cell = ws.cell(row=row, column=column)
            if row == 4:
                cell.font = LABEL_FONT  # styled before: keeps its font
            if column == row:
                cell.value = "◆"
                styler(cell, border=GRID, font=BODY_FONT, alignment=CENTER)
            elif row < column < row + 10:
                styler(cell, border=GRID, fill=fills[row % 2])
            else:
                styler(cell, border=GRID)
    book.save(path)
    return path


def _setattr_each(cell, **styles):
    for name, style in styles.items():
        setattr(cell, name, style)


@pytest.mark.sqlite_only
def test_restyle_writes_the_same_workbook_as_setting_each_style(tmp_path):
    ours = zipfile.ZipFile(_gridded_book(restyle, tmp_path / "ours.xlsx"))
    theirs = zipfile.ZipFile(_gridded_book(_setattr_each, tmp_path / "theirs.xlsx"))
    names = [name for name in theirs.namelist() if name != "docProps/core.xml"]
    assert [ours.read(name) for name in names] == [theirs.read(name) for name in names]
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "ours.xlsx").active
    assert ws.cell(row=4, column=5).font.bold and ws.cell(row=4, column=5).fill.fgColor.rgb.endswith("C0392B")
    assert ws.cell(row=3, column=3).alignment.horizontal == "center"


@pytest.mark.sqlite_only
def test_png_picture_writes_the_same_workbook_as_openpyxls_image(qapp, tmp_path):
    """The thumbnails and the flow map go in as png_picture (no Pillow open): the file is the
    one openpyxl's Image writes, and it reads back as the same picture."""
    import io

    from openpyxl import load_workbook
    from openpyxl.drawing.image import Image
    from PySide6.QtGui import QColor, QImage

    from flashdesk.posters.render import encoded

    pictures = []
    for width, height, colour in ((101, 180, "#C0392B"), (1140, 875, "#FFFFFF"), (1, 1, "#000000")):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        pictures.append((encoded(image), width, height))

    def book(picture, path):
        workbook = Workbook()
        ws = workbook.active
        ws.cell(row=1, column=1).value = "x"
        for row, (data, width, height) in enumerate(pictures, start=2):
            ws.add_image(picture(data, width, height), f"F{row}")
        workbook.save(path)
        return path

    theirs = book(lambda data, w, h: Image(io.BytesIO(data)), tmp_path / "image.xlsx")
    ours = book(png_picture, tmp_path / "png_picture.xlsx")
    with zipfile.ZipFile(theirs) as a, zipfile.ZipFile(ours) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":  # the time of saving
                assert a.read(name) == b.read(name), name
        assert [b.read(f"xl/media/image{i}.png") for i in (1, 2, 3)] == [p[0] for p in pictures]
    read = load_workbook(ours).active
    assert [(i.width, i.height) for i in read._images] == [(w, h) for _, w, h in pictures]
