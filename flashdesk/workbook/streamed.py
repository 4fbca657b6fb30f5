"""Streamed (write-only) sheets inside the normal team workbook. A sheet module that sets
`STREAMED = True` gets an openpyxl WriteOnlyWorksheet: rows are appended in order and
written to disk as they come, so a sheet of 100,000 rows costs about what a bare
write-only dump costs, in time and memory (a normal sheet keeps every cell as an object:
several hundred MB and about twice the time). openpyxl writes a workbook either all
normal or all write-only; `save` below lets the two kinds live in one file."""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter


def streamed_sheet(book, title: str) -> WriteOnlyWorksheet:
    ws = WriteOnlyWorksheet(parent=book, title=title)
    book._add_sheet(ws)
    return ws


def text(ws: WriteOnlyWorksheet, value: str, **style):
    """User text for a streamed row: kept as text even when it starts with "=" (openpyxl
    would store it as a formula). Plain text passes through untouched (no cell object)."""
    if not style and not value.startswith("="):
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = TYPE_STRING
    for key, setting in style.items():
        setattr(cell, key, setting)
    return cell


def styled(ws: WriteOnlyWorksheet, value, **style):
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = TYPE_STRING
    for key, setting in style.items():
        setattr(cell, key, setting)
    return cell


class _MixedWriter(ExcelWriter):
    """ExcelWriter that writes a streamed sheet the way write-only workbooks do (closing
    its stream) and every other sheet the normal way."""

    def write_worksheet(self, ws):
        if not isinstance(ws, WriteOnlyWorksheet) or self.workbook.write_only:
            return super().write_worksheet(ws)
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


def save(book, filename) -> None:
    """book.save(filename), also for books holding streamed sheets."""
    import datetime
    from zipfile import ZIP_DEFLATED, ZipFile

    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    try:
        with ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            _MixedWriter(book, archive).save()
    except BaseException:
        _discard_streams(book)
        raise


def _discard_streams(book) -> None:
    """After a failed save (a full disk) the streamed sheets' row generators still point at
    closed files; closed here, their complaints are dropped instead of printing dozens of
    "Exception ignored" tracebacks when they are garbage-collected."""
    for ws in book.worksheets:
        if not isinstance(ws, WriteOnlyWorksheet):
            continue
        writer = getattr(ws, "_writer", None)
        for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            if stream is None:
                continue
            try:
                stream.close()
            except (OSError, ValueError):  # the file under it is already gone: nothing to save
                pass
