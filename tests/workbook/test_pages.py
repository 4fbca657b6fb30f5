"""keep_together (workbook/cells.py) breaks the printed pages between groups of rows: an A4
landscape page holds 516 pt of rows at 100 % (the sheets' margins), the title row 24 pt and
the repeated header row 20 pt (unsized) on the first, the header on the next."""

from openpyxl import Workbook

from flashdesk.workbook.cells import header_row, keep_together, print_setup, title_row


def _sheet(tall: float = 100):
    """Rows 3-19 at 100 pt (rows 18-19 at `tall`), broken into groups by shorter rows."""
    ws = Workbook().active
    title_row(ws, "执行表", 2)
    header_row(ws, 2, ["节点", "内容"], [20, 80])
    for row in range(3, 20):
        ws.row_dimensions[row].height = tall if row >= 18 else 100
    for spacer, height in ((5, 80), (8, 20), (11, 20)):  # rows between the groups count too
        ws.row_dimensions[spacer].height = height
    print_setup(ws)
    keep_together(ws, [(3, 4), (6, 7), (9, 10), (12, 17), (18, 19)], width=100)
    return [brk.id for brk in ws.row_breaks.brk]


def test_a_group_that_would_not_fit_starts_a_page():
    # 44 + 200 + 80 on the first page, and 200 more would not fit: (6, 7) starts the second,
    # below the header, and (9, 10) fits under it (20 + 200 + 20 + 200 = 440); (12, 17) is
    # taller than a page, starts the third (20 + 4 × 100: row 16 would overflow) and runs on
    # to a fourth, where (18, 19) still fits below the header and rows 16-17 (220 pt)
    assert _sheet() == [5, 11]


def test_a_page_that_runs_on_breaks_between_rows():
    """The slack a page leaves at its foot (here 96 pt on the third) does not count as
    used: the fourth holds 220 pt before (18, 19), which at 2 × 170 pt no longer fits."""
    assert _sheet(tall=170) == [5, 11, 17]
