"""One import from start to end: read the file, find year and kind, read rows into measures.

Nothing is written here; writer.py does that once the webmaster has seen what was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ita_site.base.problems import Problems
from ita_site.catalog import CatalogSet, load_catalogs
from ita_site.importer.detect import detect_six_months, detect_year
from ita_site.importer.frameworks import Framework
from ita_site.importer.front_matter import ImportedMeasure, assemble
from ita_site.importer.log import ImportLog, Notice, describe, place
from ita_site.importer.measures import Draft, build_draft
from ita_site.importer.rows import Reading, preamble_lines, read_measures
from ita_site.importer.source import SourceDocument
from ita_site.importer.sources import read_source, reader_for
from ita_site.importer.titles import split_row_number
from ita_site.messages import importer as msg

KINDS = ("auto", "plan", "report", "progress")


@dataclass
class ImportResult:
    """What a document holds as measures, and everything the import has to tell about it."""

    source: Path
    year: int | None
    kind: str
    measures: list[ImportedMeasure] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    notices: list[Notice] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the measures can be written: a year is known and nothing is an error."""
        return self.year is not None and not self.problems.errors


def _decide_kind(kind: str, preamble, reading: Reading, log: ImportLog) -> str:
    if kind != "auto":
        log.note(None, msg.KIND_GIVEN.format(kind=kind))
        return kind
    six = detect_six_months(preamble)
    if six is not None:
        log.note(six.where, msg.KIND_PROGRESS.format(**place(six.where), line=six.text))
        return "progress"
    if any(h.has_results or any(c.six_months for c in h.columns) for h in reading.headers):
        log.note(None, msg.KIND_REPORT)
        return "report"
    log.note(None, msg.KIND_PLAN)
    return "plan"


def _decide_year(year: int | None, preamble, log: ImportLog) -> int | None:
    detected = detect_year(preamble)
    if year is None and detected is not None:
        year = int(detected.value)
        log.note(detected.where, msg.YEAR_DETECTED.format(year=year, **place(detected.where), line=detected.text))
    elif year is None:
        log.error(None, msg.YEAR_MISSING)
    elif detected is not None and detected.value != year:
        log.warn(detected.where, msg.YEAR_DIFFERS.format(detected=detected.value, **place(detected.where), year=year))
    return year


def _distinct(numbers: list[int | None]) -> bool:
    return None not in numbers and len(set(numbers)) == len(numbers)


def _orders(drafts: list[Draft], title_numbers: list[int | None], reading: Reading, log: ImportLog) -> list[int]:
    """The agency's own numbers when they give every measure a distinct one: a ลำดับ column
    first, else the numbers written before the names; else the rows' order."""
    given = [d.order for d in drafts]
    if _distinct(given):
        return [int(n) for n in given]
    if any(n is not None for n in given):
        column = next((c.header for h in reading.headers for c in h.columns if c.field == "order"), "")
        log.note(None, msg.ORDER_NOT_USED.format(column=column))
    elif _distinct(title_numbers):
        return [int(n) for n in title_numbers]
    elif any(n is not None for n in title_numbers):
        log.note(None, msg.TITLE_NUMBERS_NOT_USED)
    return list(range(1, len(drafts) + 1))


def import_source(document: SourceDocument, source: Path, *, year: int | None, kind: str = "auto",
                  catalogs: CatalogSet | None = None) -> ImportResult:
    """Import a document already read into a SourceDocument (see import_document)."""
    document = document.without_control_characters()
    log = ImportLog(document.name)
    preamble = preamble_lines(document)
    year = _decide_year(year, preamble, log)
    framework = Framework.of_year(catalogs if catalogs is not None else load_catalogs(), year)
    reading = read_measures(document, framework, log)
    result = ImportResult(source, year, kind if kind != "auto" else "report", problems=log.problems, notices=log.notices)
    result.preamble = [line.text for line in reading.preamble]
    if not reading.headers:
        log.error(None, msg.NO_TABLE)
        return result
    result.kind = _decide_kind(kind, preamble, reading, log)
    if reading.preamble:
        first, last = reading.preamble[0], reading.preamble[-1]
        start = " ".join(first.text.split())[:60]
        log.note(first.where, msg.PREAMBLE.format(**place(first.where, "first"), **place(last.where, "last"), start=start))
    if not reading.measures:
        log.error(None, msg.NO_MEASURES)
        return result
    drafts = [build_draft(m, result.kind, framework, log) for m in reading.measures]
    title_numbers = []
    for draft in drafts:
        number, draft.title = split_row_number(draft.title)
        title_numbers.append(number)
    warned_sections: set[str] = set()
    for draft, rows, order in zip(drafts, reading.measures, _orders(drafts, title_numbers, reading, log)):
        if not draft.title:
            draft.title = msg.PLACEHOLDER_TITLE.format(where=describe(rows.first).th).th
        section = rows.section
        if section is not None and section.scheme is None and section.label not in warned_sections:
            warned_sections.add(section.label)
            log.warn(rows.first, msg.SECTION_UNKNOWN.format(label=section.label))
        result.measures.append(
            assemble(draft, section=section, order=order, kind=result.kind,
                     source_name=document.name, first=rows.first, last=rows.last)
        )
    return result


def import_document(path: Path, *, year: int | None, kind: str = "auto",
                    catalogs: CatalogSet | None = None) -> ImportResult:
    """Read a DOCX, XLSX or PDF-extracted text file into measures for one fiscal year.

    `year` is the B.E. fiscal year, or None to read it from the document's title. `kind` is
    "auto", "plan", "report" or "progress". Issue and indicator labels are read against the
    year's ITA catalog in `catalogs` (the shipped ones when None; a site passes its own too).
    Problems name the row and column they are about; nothing is written (see write_measures).
    """
    path = Path(path)
    failed = ImportResult(path, year, kind if kind != "auto" else "report")
    log = ImportLog(path.name, failed.problems, failed.notices)
    if not path.is_file():
        log.error(None, msg.MISSING_FILE.format(path=path))
        return failed
    if reader_for(path) is None:
        log.error(None, msg.UNSUPPORTED.format(suffix=path.suffix or path.name))
        return failed
    try:
        document = read_source(path)
    except Exception as exc:  # noqa: BLE001 - python-docx and openpyxl raise many kinds on a bad file
        # Whatever the library found wrong, the webmaster needs the same answer: this file
        # cannot be read; re-save it. A traceback would help no one.
        log.error(None, msg.UNREADABLE.format(reason=f"{type(exc).__name__}: {exc}"))
        return failed
    return import_source(document, path, year=year, kind=kind, catalogs=catalogs)
