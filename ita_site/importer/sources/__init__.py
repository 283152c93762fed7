"""Readers of source documents, one per format, all giving a SourceDocument."""

from __future__ import annotations

from pathlib import Path

from ita_site.importer.source import SourceDocument
from ita_site.importer.sources.docx import read_docx
from ita_site.importer.sources.pdf_text import read_pdf_text
from ita_site.importer.sources.xlsx import read_xlsx

READERS = {
    ".docx": read_docx,
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".txt": read_pdf_text,
    ".md": read_pdf_text,
    ".text": read_pdf_text,
}


def reader_for(path: Path):
    """The reader for the file's extension, or None when the format is not supported."""
    return READERS.get(path.suffix.lower())


def read_source(path: Path) -> SourceDocument:
    """Read any supported file; the caller checks `reader_for` first."""
    reader = reader_for(path)
    if reader is None:
        raise ValueError(f"unsupported file type: {path.suffix}")
    return reader(path)
