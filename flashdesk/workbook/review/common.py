"""The layout shared by the 复盘数据 sheets: row 1 title, row 2 headings, data from row 3
in columns A…, then the hidden 行标识 column (each row's identity, so the numbers the
team corrects read back: workbook/review/readback.py); one blank column, then a summary
block (its own headings in row 2) that the sheet's native charts plot; the charts sit to the
right of the block."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter

from flashdesk.imports import ID_TITLE
from flashdesk.review.records import KINDS
from flashdesk.review.service import iter_records
from flashdesk.review.summary import ReviewData, review_data
from flashdesk.workbook.cells import (
    CENTER,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    print_setup,
)
from flashdesk.workbook.export import SheetContext
from flashdesk.workbook.identity import hide_column
from flashdesk.workbook.streamed import styled, text

HEADING_ROW, FIRST_ROW = 2, 3
ID_WIDTH = 10


def data_of(context: SheetContext) -> ReviewData:
    """The summed-up numbers, computed once per export and shared by the review sheets and
    the flow map."""
    data = getattr(context, "_review_data", None)
    if data is None:
        data = review_data(context.store, context.campaign.id)
        context._review_data = data
    return data


CHART_WIDTH, CHART_HEIGHT, CHART_ROWS = 16, 7.5, 16  # cm, cm, rows from one chart to the next
ROW_POINTS = 15
UNITS_PER_CM = 5  # column width units in a centimetre (Excel's default 8.43 is 1.7 cm)


@dataclass
class Block:
    """A summary table beside the data; `charts(ws, block_col, last_row)` makes its charts."""

    headings: list[str]
    rows: list[list]
    widths: list[float]
    charts: Callable[[object, int, int], list] = field(default=lambda ws, col, last: [])


def write_data_sheet(ws, context: SheetContext, kind_name: str, title: str,
                     widths: Sequence[float], block: Block) -> None:
    kind = KINDS[kind_name]
    width = len(kind.columns)
    block_col = width + 3  # after the hidden identity column and a blank one
    sizes = [*widths, ID_WIDTH, 3, *block.widths]
    for column, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(column)].width = size
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.print_title_rows = f"{HEADING_ROW}:{HEADING_ROW}"
    # rows keep Excel's 15 pt in every program, so the stacked charts (CHART_ROWS apart)
    # never overlap and all of them fall on the first page
    ws.sheet_format.defaultRowHeight, ws.sheet_format.customHeight = ROW_POINTS, True
    print_setup(ws, width=sum(sizes) - ID_WIDTH + 1 + CHART_WIDTH * UNITS_PER_CM)
    hide_column(ws, width + 1)
    ws.append([styled(ws, f"{context.campaign.name} · {title}", font=TITLE_FONT)])
    heading = [styled(ws, c.heading, font=HEADER_FONT, fill=HEADER_FILL, alignment=CENTER)
               for c in kind.columns]
    heading += [ID_TITLE, None] + [styled(ws, h, font=HEADER_FONT, fill=HEADER_FILL, alignment=CENTER)
                         for h in block.headings]
    ws.append(heading)
    texts = [i for i, c in enumerate(kind.columns) if c.type in ("text", "name")]
    kinds = [i for i, c in enumerate(kind.columns) if c.type == "kind"]
    # block cells hold user text too (channel, copy and material names)
    summary = ([text(ws, v) if isinstance(v, str) else v for v in row] for row in block.rows)
    prefix = kind.table.__tablename__
    for row in iter_records(context.store, context.campaign.id, kind_name, ids=True):
        row[width] = f"{prefix}:{row[width]}"  # the row's identity, read back by review/readback.py
        for i in texts:
            if row[i][:1] == "=":
                row[i] = text(ws, row[i])
        for i in kinds:
            row[i] = _KIND_ZH.get(row[i], row[i])
        extra = next(summary, None)
        ws.append(row if extra is None else [*row, None, *extra])
    for extra in summary:  # more summary rows than data rows
        ws.append([None] * (width + 2) + list(extra))
    last = FIRST_ROW + len(block.rows) - 1
    if block.rows:
        anchor_col = get_column_letter(block_col + len(block.headings) + 1)
        for i, chart in enumerate(block.charts(ws, block_col, last)):
            chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
            ws.add_chart(chart, f"{anchor_col}{HEADING_ROW + i * CHART_ROWS}")


_KIND_ZH = {"poster": "海报", "video": "视频", "article": "文章"}


def _axes_visible(chart) -> None:
    # openpyxl 3.1 marks axes deleted unless told otherwise: Excel would draw no labels
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def bar_chart(ws, title: str, categories: tuple[int, int, int], series: tuple[int, int],
              horizontal: bool = False, y_title: str = "") -> BarChart:
    """categories: (column, first row, last row); series: (first column, last column), each
    with its heading in row 2."""
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.y_axis.title = y_title or None
    _add(chart, ws, categories, series)
    return chart


def line_chart(ws, title: str, categories, series, y_title: str = "") -> LineChart:
    chart = LineChart()
    chart.title = title
    chart.y_axis.title = y_title or None
    _add(chart, ws, categories, series)
    return chart


def _add(chart, ws, categories, series) -> None:
    cat_col, first, last = categories
    min_col, max_col = series
    chart.add_data(Reference(ws, min_col=min_col, max_col=max_col, min_row=HEADING_ROW,
                             max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=cat_col, min_row=first, max_row=last))
    _axes_visible(chart)
