"""Rows into measures: headers, sections, page-break continuations and repeated rows.

Reports are printed tables cut by page breaks. The header comes back on every page, a measure
that runs over a page break goes on in a row whose name cell is empty, and extraction
sometimes prints a row twice. This module walks the document once and says which rows make
up each measure and which section (issue or indicator) it sits under; turning cells into
fields is measures.py's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_site.importer.columns import Header, looks_like_heading, merge_subheader, read_header
from ita_site.importer.frameworks import (Framework, Section, is_framework_heading, label_of_measure,
                                         section_of_heading)
from ita_site.importer.html_text import strip_tags
from ita_site.importer.log import ImportLog, place
from ita_site.importer.source import Block, Row, SourceDocument, TextLine, Where, squeeze
from ita_site.messages import importer as msg
from ita_site.text.digits import parse_int

_RULE = re.compile(r"^[\s\-–—=:|+_.]+$")


@dataclass
class MeasureRows:
    """The rows of one measure, the header they are read with and the section above them.

    `name` is set when the measure's name is not in its first row's name cell: a section row
    that turned out to be the measure's own name (its `name_where`).
    """

    header: Header
    section: Section | None
    rows: list[Row] = field(default_factory=list)
    name: str | None = None
    name_where: Where | None = None

    @property
    def first(self) -> Where:
        return self.name_where or self.rows[0].where

    @property
    def last(self) -> Where:
        return self.rows[-1].where if self.rows else self.first


@dataclass
class Reading:
    """Everything read from the tables of a document."""

    preamble: list[TextLine] = field(default_factory=list)
    headers: list[Header] = field(default_factory=list)
    measures: list[MeasureRows] = field(default_factory=list)


def row_text(row: Row) -> str:
    return " ".join(strip_tags(row.cell(i).text) for i in row.filled)


def preamble_lines(document: SourceDocument) -> list[tuple[Where, str]]:
    """The text before the first header row: where the title, year and kind are written."""
    lines: list[tuple[Where, str]] = []
    for block in document.blocks:
        if isinstance(block, TextLine):
            lines.append((block.where, block.text))
        elif read_header(block) is not None:
            break
        elif block.filled:
            lines.append((block.where, row_text(block)))
    return lines


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Walk:
    """One pass over the blocks of a document; state lives only for that pass."""

    def __init__(self, framework: Framework, log: ImportLog, labelled: bool) -> None:
        self.framework = framework
        self.log = log
        self.labelled = labelled  # measures are named by framework labels ("๑.การปฏิบัติหน้าที่")
        self.reading = Reading()
        self.header: Header | None = None
        self.header_row: Header | None = None  # the header as its first row reads, before a sub-header row
        self.expect_subheader = False
        self.section: Section | None = None
        self.section_where: Where | None = None
        self.section_used = True  # no measure has been read under the current section yet when False
        self.scheme_hint: str | None = None
        self.current: MeasureRows | None = None
        self.seen_named: dict[tuple[str, ...], Where] = {}
        self.seen_in_measure: dict[tuple[str, ...], Where] = {}
        self.outside: list[TextLine] = []
        self.last_row: Where | None = None  # the last header or data row, to know a table's middle

    # -- text lines -------------------------------------------------------------------------
    def text_line(self, line: TextLine) -> None:
        if self.header is None:
            self.reading.preamble.append(line)
        elif is_framework_heading(line.text, self.framework):
            self._flush_outside()
            self._open_section(line.text, line.where)
        else:
            self.outside.append(line)

    def _flush_outside(self) -> None:
        if self.outside:
            first = self.outside[0]
            last = self.outside[-1]
            self.log.warn(first.where, msg.OUTSIDE_TEXT.format(start=_short(first.text), **place(last.where, "last")))
            self.outside = []

    # -- rows -------------------------------------------------------------------------------
    def row(self, row: Row) -> None:
        filled = row.filled
        if not filled:
            return
        if all(_RULE.match(strip_tags(row.cell(i).text)) for i in filled):
            self.log.note(row.where, msg.RULE_ROW.format(text=_short(row_text(row), 20)))
            return
        if self.expect_subheader:  # checked first: a sub-header row may look like a header
            self.expect_subheader = False
            combined = merge_subheader(self.header_row, row)
            if combined is not None:
                if combined.signature != self.header.signature:
                    self.header = combined
                    self.reading.headers[-1] = combined
                return
        header = read_header(row)
        if header is not None and not self._mid_table_data(header, row):
            self._flush_outside()
            self._header(header, row)
            return
        if self.header is None:
            self.reading.preamble.append(TextLine(row.where, row_text(row)))
            return
        self._flush_outside()
        self.last_row = row.where
        self._data_row(row, filled)

    def _mid_table_data(self, header: Header, row: Row) -> bool:
        """True for a row that reads as a header of other columns inside a table that already
        has one, while its cell in the table's name column is no heading: a data row whose
        cells happen to be heading words ("ดำเนินการตามขั้นตอน", "ดำเนินการแล้ว")."""
        if self.header is None or self.last_row is None or not self.last_row.same_container(row.where):
            return False
        if header.signature in (self.header.signature, self.header_row.signature):
            return False  # the header printed again at the top of a page
        name = strip_tags(row.cell(self.header.title_index).text)
        return not looks_like_heading(name)

    def _header(self, header: Header, row: Row) -> None:
        self.expect_subheader = True
        self.last_row = row.where
        if self.header is not None and header.signature in (self.header.signature, self.header_row.signature):
            return  # the header printed again at the top of a page
        if self.header is not None:
            self.log.note(row.where, msg.NEW_HEADER.format(**place(row.where)))
            self._close_section()
            self.current = None
        if not header.has_title:
            self.log.warn(row.where, msg.NO_TITLE_COLUMN.format(header=header.column(0).header))
        first_table = self.header is None
        self.header = self.header_row = header
        self.reading.headers.append(header)
        preamble = self.reading.preamble
        if first_table and preamble and is_framework_heading(preamble[-1].text, self.framework):
            # "ประเด็นที่ 1 ..." right above the first table, as Word reports put each issue's
            # heading above its own table: it heads the rows below, not the document.
            heading = preamble.pop()
            self._open_section(heading.text, heading.where)

    def _key(self, row: Row) -> tuple[str, ...]:
        keys = [squeeze(strip_tags(c.text)) if not c.merged_from_above else "" for c in row.cells]
        while keys and not keys[-1]:
            keys.pop()
        return tuple(keys)

    def _data_row(self, row: Row, filled: list[int]) -> None:
        assert self.header is not None
        title_index = self.header.title_index
        name_cell = row.cell(title_index)
        named = not name_cell.is_empty and not name_cell.merged_from_above
        key = self._key(row)
        seen = self.seen_named if named else self.seen_in_measure
        if key in seen:
            self.log.note(row.where, msg.DUPLICATE_ROW.format(**place(seen[key], "first")))
            return
        seen[key] = row.where
        if len(filled) == 1 and self._is_section_cell(filled[0], row):
            self._open_section(strip_tags(row.cell(filled[0]).text), row.where)
            return
        if named:
            self._start_measure(row, strip_tags(name_cell.text))
        else:
            self._continue_measure(row)

    def _is_section_cell(self, index: int, row: Row) -> bool:
        assert self.header is not None
        if index == self.header.title_index:
            return True
        column = self.header.column(index)
        return column.field == "order" and parse_int(row.cell(index).text) is None

    # -- sections ---------------------------------------------------------------------------
    def _open_section(self, label: str, where: Where) -> None:
        self._close_section()
        section = section_of_heading(label, self.framework, self.scheme_hint)
        if section.scheme:
            self.scheme_hint = section.scheme
            if not section.exact:
                self._note_reading(section, where)
        self.section, self.section_where, self.section_used = section, where, False
        self.current = None
        self.seen_in_measure = {}

    def _note_reading(self, section: Section, where: Where) -> None:
        words = msg.ISSUE_WORDS if section.scheme == "issue" else msg.INDICATOR_WORDS
        what = words.format(number=section.number)
        self.log.note(where, msg.SECTION_READ.format(label=_short(section.label), what_th=what.th, what_en=what.en))

    def _close_section(self) -> None:
        """A section row with nothing under it was a measure with only a name, unless it is a
        framework heading word for word (then it is an empty section)."""
        if self.section is None or self.section_used or self.section_where is None:
            return
        label = self.section.label
        if not self.section.exact:
            self.log.note(self.section_where, msg.SECTION_ONLY_TITLE.format(label=_short(label)))
            section = self.section if self.section.scheme else None
            self.reading.measures.append(
                MeasureRows(self.header, section, [], name=label, name_where=self.section_where)
            )
            self.section = section
        else:
            self.log.note(self.section_where, msg.SECTION_EMPTY.format(label=_short(label)))
        self.section_used = True

    # -- measures ---------------------------------------------------------------------------
    def _issue_column(self, row: Row) -> None:
        """A column naming each row's issue works as section rows do; an empty cell (a merged
        cell in the original) keeps the issue above."""
        assert self.header is not None
        index = next((c.index for c in self.header.columns if c.field == "issue"), None)
        if index is None or row.cell(index).is_empty:
            return
        label = strip_tags(row.cell(index).text)
        if self.section is None or squeeze(label) != squeeze(self.section.label):
            self._close_section()
            number = parse_int(label.rstrip("."))
            if number is not None and number in self.framework.issues:
                self.section = Section(label, "issue", number, exact=True)  # the number is all it says
            else:
                self.section = section_of_heading(label, self.framework, "issue")
            self.section_where = row.where
            if self.section.scheme and not self.section.exact:
                self._note_reading(self.section, row.where)

    def _start_measure(self, row: Row, name: str) -> None:
        self._issue_column(row)
        own = label_of_measure(name, self.framework, trust_name=self.labelled)
        if own is not None:
            self._close_section()
            if not own.exact:
                self._note_reading(own, row.where)
            self.section, self.section_where, self.scheme_hint = own, row.where, own.scheme
        self.section_used = True
        self.current = MeasureRows(self.header, self.section, [row])
        self.reading.measures.append(self.current)
        self.seen_in_measure = {}

    def _continue_measure(self, row: Row) -> None:
        if self.current is not None:
            self.current.rows.append(row)
            return
        if self.section is not None and not self.section_used and self.section_where is not None:
            # A section row followed by nameless rows: the "section" is the measure's name.
            label = self.section.label
            self.log.note(self.section_where, msg.SECTION_AS_TITLE.format(label=_short(label)))
            section = self.section if self.section.scheme else None
            self.current = MeasureRows(self.header, section, [row], name=label, name_where=self.section_where)
            if not self.section.scheme:
                self.section = None
        else:
            self.log.warn(row.where, msg.NO_TITLE)
            self.current = MeasureRows(self.header, self.section, [row], name="")
        self.section_used = True
        self.reading.measures.append(self.current)

    def finish(self) -> Reading:
        self._flush_outside()
        self._close_section()
        return self.reading


def _measures_are_labelled(document: SourceDocument, framework: Framework) -> bool:
    """True when most named rows open with a framework label whose number and name agree.

    Then a row whose number disagrees with its name ("๘.การเปิดเผยข้อมูล") is a slip in a
    labelled document, not a measure that merely has a number.
    """
    header: Header | None = None
    named = agreeing = 0
    for block in document.blocks:
        if not isinstance(block, Row):
            continue
        found = read_header(block)
        if found is not None:
            header = found
            continue
        if header is None or len(block.filled) < 2:
            continue
        cell = block.cell(header.title_index)
        if cell.is_empty or cell.merged_from_above:
            continue
        named += 1
        agreeing += label_of_measure(strip_tags(cell.text), framework) is not None
    return agreeing >= 2 and agreeing * 2 >= named


def read_measures(document: SourceDocument, framework: Framework, log: ImportLog) -> Reading:
    """Walk the document and group its rows into measures under the sections of `framework`
    (the issues and indicators of the document's year)."""
    walk = _Walk(framework, log, _measures_are_labelled(document, framework))
    for block in document.blocks:
        _visit(walk, block)
    return walk.finish()


def _visit(walk: _Walk, block: Block) -> None:
    if isinstance(block, TextLine):
        walk.text_line(block)
    else:
        walk.row(block)
