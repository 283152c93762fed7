"""Text that PDF extraction gives: one table row per line, cells separated by tabs.

Cells may hold HTML fragments (`<p>`, `<ol><li>`); Markdown pipe tables ("| a | b |") are
read the same way. Lines without a cell separator are text outside the tables. Line numbers
are kept so every problem and every imported measure names the lines it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

from ita_site.importer.cells import cell_from_text
from ita_site.importer.html_text import looks_like_html, paragraphs_from_html
from ita_site.importer.source import Cell, Row, SourceDocument, TextLine, Where

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")


def read_cell(text: str) -> Cell:
    """One extracted cell: HTML fragments by their tags, plain text as one paragraph."""
    if looks_like_html(text):
        return Cell(tuple(paragraphs_from_html(text)))
    return cell_from_text(text)


def _split(line: str) -> list[str] | None:
    """The cells of a table line, or None for a line of ordinary text."""
    if "\t" in line:
        return line.split("\t")
    if _PIPE_ROW.match(line):
        inner = line.strip()[1:-1]
        return [part.replace("\\|", "|") for part in _PIPE_SPLIT.split(inner)]
    return None


def decode(raw: bytes) -> str:
    """Text of a file saved as UTF-8 (with or without BOM), UTF-16 with BOM, or Thai Windows.

    Windows tools still save Thai as cp874 (TIS-620); such a file is never valid UTF-8, so
    trying UTF-8 first cannot misread it.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp874")


def read_pdf_text(path: Path) -> SourceDocument:
    """Read a text file of an extracted PDF into text lines and table rows."""
    return parse_pdf_text(decode(path.read_bytes()), path.name)


def parse_pdf_text(text: str, name: str) -> SourceDocument:
    """The same as read_pdf_text, from text already in memory."""
    document = SourceDocument(name)
    # Split on "\n" only, so line numbers are an editor's; a form feed between pages
    # (pdftotext) is whitespace at the start of a line.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r").lstrip("\f")
        where = Where("line", number)
        cells = _split(line)
        if cells is None:
            if line.strip():
                document.blocks.append(TextLine(where, line.strip()))
            continue
        document.blocks.append(Row(where, tuple(read_cell(c) for c in cells)))
    return document
