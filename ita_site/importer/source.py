"""What a source document holds once read: text lines and table rows, in reading order.

Every reader (PDF-extracted text, DOCX, XLSX) turns its file into this one shape, so mapping
columns, finding sections and merging page-break rows is written once. Nothing here knows
about measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")
# Control characters (an Excel "_x001B_", a stray NUL): invisible on a page, refused by the
# content reader, and able to drive a terminal when a notice or a dry run prints them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain_text(text: str) -> str:
    """The text without control characters (tab and line break stay)."""
    return _CONTROL.sub("", text)


def squeeze(text: str) -> str:
    """Text with all whitespace removed: how two wrappings of the same Thai text compare.

    PDF extraction breaks Thai lines at different places on each page ("ทุก เดือน" and
    "ทุกเดือน"); Thai has no spaces between words, so removing whitespace compares meaning.
    """
    return _SPACE.sub("", text)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a cell, its text as written.

    `item` is true when the document itself marks it as a list entry (<li>, Word numbering).
    """

    text: str
    item: bool = False


@dataclass(frozen=True)
class Cell:
    """One table cell: its paragraphs in order.

    `merged_from_above` marks a cell that is the lower part of a vertically merged cell; its
    paragraphs repeat the merged cell's so a row of its own can still use them.
    """

    paragraphs: tuple[Paragraph, ...] = ()
    merged_from_above: bool = False

    @property
    def text(self) -> str:
        """The cell's text on one line: paragraphs joined by a space."""
        return " ".join(p.text for p in self.paragraphs if p.text)

    @property
    def is_empty(self) -> bool:
        return not any(p.text.strip() for p in self.paragraphs)


EMPTY_CELL = Cell()


@dataclass(frozen=True)
class Where:
    """A place in the source: a text line, a body paragraph, or a row of a table or sheet.

    kind is "line" (PDF text), "paragraph" (DOCX body), "table" (DOCX) or "sheet" (XLSX);
    `container` names the table (its number) or the sheet.
    """

    kind: str
    number: int
    container: str = ""

    def same_container(self, other: "Where") -> bool:
        return self.kind == other.kind and self.container == other.container

    @property
    def problem_path_suffix(self) -> str:
        """What follows the file name in a problem's path, so `:number` is unambiguous."""
        if self.kind == "table":
            return f"#table-{self.container}"
        if self.kind == "sheet":
            return f"#{self.container}"
        if self.kind == "paragraph":
            return "#paragraph"
        return ""


@dataclass(frozen=True)
class TextLine:
    """Text outside any table: titles, introductions, captions."""

    where: Where
    text: str


@dataclass(frozen=True)
class Row:
    """One table row as read, cells in column order."""

    where: Where
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if 0 <= index < len(self.cells) else EMPTY_CELL

    @property
    def filled(self) -> list[int]:
        """Indexes of the cells that hold text (merged copies excluded)."""
        return [
            i for i, c in enumerate(self.cells) if not c.is_empty and not c.merged_from_above
        ]


Block = TextLine | Row


@dataclass
class SourceDocument:
    """A whole document in reading order, named by its file name."""

    name: str
    blocks: list[Block] = field(default_factory=list)

    def without_control_characters(self) -> "SourceDocument":
        """The same document with control characters taken out of every text."""
        def cell(c: Cell) -> Cell:
            paragraphs = tuple(Paragraph(plain_text(p.text), p.item) for p in c.paragraphs)
            return Cell(paragraphs, c.merged_from_above)

        blocks: list[Block] = [
            TextLine(b.where, plain_text(b.text)) if isinstance(b, TextLine)
            else Row(b.where, tuple(cell(c) for c in b.cells))
            for b in self.blocks
        ]
        return SourceDocument(plain_text(self.name), blocks)
