"""Word documents: tables row by row, and the paragraphs around them as text.

python-docx gives the XML; merged cells are read from it directly because `row.cells` repeats
a horizontally merged cell once per grid column, which would import its text several times.
A vertically merged cell is given to each row it spans, marked as merged, so the row below
can tell "same cell as above" from "empty".
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from ita_site.importer.source import EMPTY_CELL, Cell, Paragraph, Row, SourceDocument, TextLine, Where


def _is_numbered(paragraph: WordParagraph) -> bool:
    """Word list paragraphs carry their number in numbering properties, not in the text."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.lower().startswith("list")


def _paragraphs_of(word_paragraph: WordParagraph) -> list[Paragraph]:
    # A soft line break (Shift+Enter) inside a cell is used as a paragraph break.
    lines = [line.strip() for line in word_paragraph.text.split("\n")]
    lines = [line for line in lines if line]
    numbered = _is_numbered(word_paragraph)
    return [Paragraph(line, item=numbered and i == 0) for i, line in enumerate(lines)]


def _cell_paragraphs(cell: _Cell) -> tuple[Paragraph, ...]:
    found: list[Paragraph] = []
    for block in cell.iter_inner_content():
        if isinstance(block, WordParagraph):
            found.extend(_paragraphs_of(block))
        else:  # a table nested in the cell: one paragraph per nested row
            for nested in block.rows:
                text = " ".join(c.text.strip() for c in nested.cells if c.text.strip())
                if text:
                    found.append(Paragraph(text))
    return tuple(found)


def _read_table(table: Table, number: int) -> list[Row]:
    rows: list[Row] = []
    above: dict[int, tuple[Paragraph, ...]] = {}  # grid column -> text of the merged cell above
    for row_number, tr in enumerate(table._tbl.tr_lst, start=1):
        cells: list[Cell] = [EMPTY_CELL] * tr.grid_before
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                cell = Cell(above.get(column, ()), merged_from_above=True)
            else:
                cell = Cell(_cell_paragraphs(_Cell(tc, table)))
                above[column] = cell.paragraphs
            cells.append(cell)
            cells.extend([EMPTY_CELL] * (tc.grid_span - 1))
            column += tc.grid_span
        rows.append(Row(Where("table", row_number, str(number)), tuple(cells)))
    return rows


def read_docx(path: Path) -> SourceDocument:
    """Read a .docx file: body paragraphs as text, every table's rows as rows, in order."""
    document = SourceDocument(path.name)
    word = docx.Document(str(path))
    paragraph_number = table_number = 0
    for block in word.iter_inner_content():
        if isinstance(block, WordParagraph):
            paragraph_number += 1
            text = block.text.strip()
            if text:
                document.blocks.append(TextLine(Where("paragraph", paragraph_number), text))
        else:
            table_number += 1
            document.blocks.extend(_read_table(block, table_number))
    return document
