"""Word and Excel copies of the seed reports, made by the tests with python-docx and openpyxl.

The seed text is read here with a few regular expressions of its own (not the importer's
code), the way a person would retype the PDF: title lines as paragraphs, each printed page
as one table starting with its header row, issue rows as one merged cell, `<p>` paragraphs as
paragraphs.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl

_RULE = re.compile(r"^[-\s]+$")


def _paragraphs(cell: str) -> list[str]:
    """A seed cell as the paragraphs a browser would show (tags gone, spaces collapsed)."""
    if not re.search(r"</?(p|ol|li|b)\b", cell):
        return [cell.strip()] if cell.strip() else []
    parts = re.split(r"</?(?:p|li|ol|ul|br)\b[^>]*>", cell)
    out = []
    for part in parts:
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", part)).split())
        if text:
            out.append(text)
    return out


@dataclass
class Page:
    header: list[str]
    rows: list[list[list[str]]] = field(default_factory=list)  # row -> cell -> paragraphs


@dataclass
class Report:
    title: list[str]
    pages: list[Page]


def read_seed(path: Path) -> Report:
    """Title lines before the first table line, then one page per header line."""
    title: list[str] = []
    pages: list[Page] = []
    header_line: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            if not pages and line.strip():
                title.append(line.strip().strip("*"))
            continue
        cells = line.split("\t")
        if all(_RULE.match(c) or not c for c in cells):
            continue
        if header_line is None:
            header_line = cells[0]
        if cells[0] == header_line:
            pages.append(Page([c.strip() for c in cells]))
            continue
        pages[-1].rows.append([_paragraphs(c) for c in cells])
    return Report(title, pages)


def _is_section(row: list[list[str]]) -> bool:
    return bool(row[0]) and not any(row[1:])


def _fill_word_cell(cell, paragraphs: list[str]) -> None:
    cell.paragraphs[0].text = paragraphs[0] if paragraphs else ""
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def write_docx(report: Report, path: Path) -> Path:
    """One Word table per printed page; issue rows merged across the whole row."""
    document = docx.Document()
    for line in report.title:
        document.add_paragraph(line)
    for page in report.pages:
        table = document.add_table(rows=1 + len(page.rows), cols=len(page.header))
        for cell, text in zip(table.rows[0].cells, page.header):
            cell.text = text
        for tr, row in zip(table.rows[1:], page.rows):
            if _is_section(row):
                merged = tr.cells[0].merge(tr.cells[-1])
                _fill_word_cell(merged, row[0])
                continue
            for cell, paragraphs in zip(tr.cells, row):
                _fill_word_cell(cell, paragraphs)
    document.save(str(path))
    return path


def write_xlsx(report: Report, path: Path, *, merge_continued_names: bool = False) -> Path:
    """One sheet: title rows, then every page's header and rows; issue rows merged across.

    With `merge_continued_names`, a row that continues the measure above has its name cell
    merged with the name cell above it, as people do in Excel.
    """
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "รายงาน"
    for line in report.title:
        sheet.append([line])
    last_named = None
    for page in report.pages:
        sheet.append(page.header)
        width = len(page.header)
        last_named = None  # nobody merges a name cell across the header of the next page
        for row in page.rows:
            sheet.append(["\n".join(paragraphs) or None for paragraphs in row])
            number = sheet.max_row
            if _is_section(row):
                sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
                last_named = None
            elif row[0]:
                last_named = number
            elif merge_continued_names and last_named is not None:
                sheet.cell(number, 1).value = None
                sheet.merge_cells(start_row=last_named, start_column=1, end_row=number, end_column=1)
    workbook.save(str(path))
    return path


def write_table_docx(path: Path, title: str, rows: list[list[str]]) -> Path:
    """A Word file as a webmaster types it: one title paragraph, then one plain table."""
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for tr, row in zip(table.rows, rows):
        for cell, text in zip(tr.cells, row):
            cell.text = text
    document.save(str(path))
    return path
