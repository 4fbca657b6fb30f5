"""keep_together (workbook/cells.py) breaks the printed pages between groups of rows: an A4
landscape page holds 516 pt of rows at 100 % (the sheets' margins), the title row 24 pt and
the repeated header row 20 pt (unsized) on the first, the header on the next."""

from openpyxl import Workbook

from flashdesk.workbook.cells import header_row, keep_together, print_setup, title_row


def test_a_group_that_would_not_fit_starts_a_page():
    ws = Workbook().active
    title_row(ws, "执行表", 2)
    header_row(ws, 2, ["节点", "内容"], [20, 80])
    for row in range(3, 20):
        ws.row_dimensions[row].height = 100
    for spacer, height in ((5, 80), (8, 20), (11, 20)):  # rows between the groups count too
        ws.row_dimensions[spacer].height = height
    print_setup(ws)
    groups = [(3, 4), (6, 7), (9, 10), (12, 17), (18, 19)]
    keep_together(ws, groups, width=100)
    # 44 + 200 + 80 on the first page, and 200 more would not fit: (6, 7) starts the second,
    # below the header, and (9, 10) fits under it (20 + 200 + 20 + 200 = 440); (12, 17) is
    # taller than a page, starts the third and runs on to a fourth, where (18, 19) still
    # fits below its last 124 pt
    assert [brk.id for brk in ws.row_breaks.brk] == [5, 11]
