"""Excel workbooks: every sheet row by row, with Excel's own row numbers.

Values are read as Excel shows them after calculation (`data_only`). A merged range keeps its
text in the top-left cell; the cells below it in the same column are marked as merged copies,
the cells to its right stay empty, as in Word tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from ita_site.importer.cells import cell_from_text
from ita_site.importer.source import EMPTY_CELL, Cell, Row, SourceDocument, Where


def value_text(value: object) -> str:
    """A cell value as text the way a reader sees it: 12 not 12.0, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _merged_below(sheet) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each cell under a merged range's first cell -> that first cell."""
    below: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row + 1, merged.max_row + 1):
            below[(row, merged.min_col)] = (merged.min_row, merged.min_col)
    return below


def _read_sheet(sheet) -> list[Row]:
    below = _merged_below(sheet)
    rows: list[Row] = []
    for excel_row in sheet.iter_rows():
        cells: list[Cell] = []
        for cell in excel_row:
            anchor = below.get((cell.row, cell.column))
            if anchor is not None:
                value = sheet.cell(*anchor).value
                cells.append(Cell(cell_from_text(value_text(value)).paragraphs, merged_from_above=True))
            elif cell.value is None:
                cells.append(EMPTY_CELL)
            else:
                cells.append(cell_from_text(value_text(cell.value)))
        while cells and cells[-1].is_empty:
            cells.pop()
        if cells:
            rows.append(Row(Where("sheet", excel_row[0].row, sheet.title), tuple(cells)))
    return rows


def read_xlsx(path: Path) -> SourceDocument:
    """Read a .xlsx workbook: each sheet's non-empty rows, sheets in workbook order."""
    document = SourceDocument(path.name)
    workbook = openpyxl.load_workbook(str(path), data_only=True)
    try:
        for sheet in workbook.worksheets:
            document.blocks.extend(_read_sheet(sheet))
    finally:
        workbook.close()
    return document
