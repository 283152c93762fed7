"""Cells into measure fields: front matter values and a Markdown body, nothing dropped.

Each cell goes to the field its column means (columns.py). A row that continues a measure
over a page break finishes the last item above when it opens without a number, and a cell
that only repeats what the measure already says is taken once and reported. Whatever fits no
field goes to the body under a heading naming its column, and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_site.importer.cells import entries, item_number, starts_item
from ita_site.importer.columns import LIST_FIELDS, RESULT_FIELDS, Column
from ita_site.importer.frameworks import Framework, section_of_heading
from ita_site.importer.html_text import strip_tags
from ita_site.importer.log import ImportLog
from ita_site.importer.rows import MeasureRows
from ita_site.importer.source import Cell, Row, Where, squeeze
from ita_site.messages import importer as msg
from ita_site.text.digits import parse_int, to_arabic

STATUS_WORDS = (
    ("planned", ("ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "ยังไม่", "planned")),
    ("in-progress", ("อยู่ระหว่าง", "กำลังดำเนินการ", "in-progress", "inprogress")),
    ("done", ("ดำเนินการแล้ว", "เสร็จ", "done")),
)
_TICKS = {"✓", "✔", "√", "/", "x", "X", "*", "●", "ü", "þ", "ถูก", "☑", "☒"}
_CODE = re.compile(r"(?<![A-Za-z])([iIeEoO])\s?-?\s?([0-9๐-๙]{1,2})(?![0-9๐-๙])")
_INDICATOR_NUMBER = re.compile(r"[0-9๐-๙]{1,2}")


@dataclass
class Draft:
    """A measure being assembled: values per field, body sections per column heading."""

    title: str
    values: dict[str, list[str]] = field(default_factory=dict)  # "steps", "progress.outputs", ...
    period: list[str] = field(default_factory=list)
    progress_status: str | None = None
    status: str | None = None
    order: int | None = None
    issue: int | None = None
    indicators: list[int] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    oit: list[str] = field(default_factory=list)
    body: dict[str, list[str]] = field(default_factory=dict)
    # What became of each cell, for the import's summary.
    placed: int = 0  # cells whose text went to a front-matter field
    repeated: int = 0  # cells that only repeated the measure's text, taken once
    unplaced: list[tuple[Where, str]] = field(default_factory=list)  # (row, column) kept in the body


def _status_of(text: str) -> str | None:
    key = squeeze(text).lower()
    for status, words in STATUS_WORDS:
        if any(word in key for word in words):
            return status
    return None


def _codes(text: str, letters: str) -> list[str]:
    """Question and item codes written in the text (i13, e 5, O๑๒), normalised to i13/e5/O12."""
    found = []
    for letter, number in _CODE.findall(text):
        if letter.lower() not in letters:
            continue
        code = ("O" if letter.lower() == "o" else letter.lower()) + str(int(to_arabic(number)))
        if code not in found:
            found.append(code)
    return found


class _Builder:
    """Fills one Draft from the rows of one measure."""

    def __init__(self, measure: MeasureRows, kind: str, framework: Framework,
                 log: ImportLog) -> None:
        self.measure, self.kind, self.framework, self.log = measure, kind, framework, log
        self.draft = Draft(title="")
        self.repeat_found = False  # set by _repeats for the cell being put

    # -- where each column goes --------------------------------------------------------------
    def _target(self, column: Column, where: Where) -> str | None:
        """The field key for the column's cells, or None for the body (warned about)."""
        name = column.field
        title_index = self.measure.header.title_index
        if name == "title" and column.index != title_index:
            self.log.warn(where, msg.SECOND_TITLE.format(column=column.header), column.header)
            return None
        is_status = (name or "").startswith("status")
        if name in RESULT_FIELDS or is_status:
            if self.kind == "plan" and not is_status:
                self.log.warn(where, msg.RESULT_IN_PLAN.format(column=column.header), column.header)
                return None
            progress = self.kind == "progress" or column.six_months
            return f"progress.{name}" if progress else name
        if name is None:
            self.log.warn(where, msg.UNMAPPED_COLUMN.format(column=self._heading(column)), column.header)
        return name

    def _heading(self, column: Column) -> str:
        return column.header or msg.UNNAMED_COLUMN.format(number=column.index + 1).th

    def _to_body(self, column: Column, cell: Cell) -> None:
        self.draft.body.setdefault(self._heading(column), []).extend(e.text for e in entries(cell))

    # -- filling ----------------------------------------------------------------------------
    def build(self) -> Draft:
        measure = self.measure
        if measure.name is not None:
            self.draft.title = measure.name
        else:
            first = measure.rows[0]
            self.draft.title = strip_tags(first.cell(measure.header.title_index).text)
        self.draft.placed += bool(self.draft.title)
        for position, row in enumerate(measure.rows):
            continuing = position > 0 or measure.name is not None
            self._row(row, continuing)
        return self.draft

    def _row(self, row: Row, continuing: bool) -> None:
        header = self.measure.header
        width = max(len(row.cells), len(header.columns))
        for index in range(width):
            cell = row.cell(index)
            if cell.is_empty or (cell.merged_from_above and continuing):
                continue
            if index == header.title_index and not continuing:
                continue
            column = header.column(index)
            self._count(column, row.where, self._target(column, row.where), cell, continuing)

    def _count(self, column: Column, where: Where, target: str | None, cell: Cell, continuing: bool) -> None:
        """Put the cell, and note where it went: a field, the body, or nowhere (a repeat)."""
        draft = self.draft
        in_body, self.repeat_found = sum(map(len, draft.body.values())), False
        self._put(target, column, cell, where, continuing)
        if sum(map(len, draft.body.values())) > in_body:
            draft.unplaced.append((where, self._heading(column)))
        elif self.repeat_found:
            draft.repeated += 1
        else:
            draft.placed += 1

    def _put(self, target: str | None, column: Column, cell: Cell, where: Where, continuing: bool) -> None:
        draft = self.draft
        bare = (target or "").removeprefix("progress.")
        if target is None:
            self._to_body(column, cell)
        elif bare in LIST_FIELDS:
            self._add_list(draft.values.setdefault(target, []), cell, column, where, continuing)
        elif target == "period":
            self._add_period(cell, column, where, continuing)
        elif target == "title":  # the name cell of a row under a section-row name
            draft.title = f"{draft.title} {strip_tags(cell.text)}".strip()
        elif bare.startswith("status"):
            self._add_status(target, cell, column, where)
        elif target == "order":
            self._add_order(cell, column, where)
        elif target == "issue":
            self._add_issue(cell, column, where, continuing)
        elif target == "indicators":
            self._add_indicators(cell, column, where)
        elif target in ("addresses", "oit"):
            self._add_codes(target, cell, column, where)
        else:  # a field this builder does not know: keep it, never drop it
            self._to_body(column, cell)

    def _repeats(self, cell: Cell, existing: list[str], column: Column, where: Where) -> bool:
        """True (and reported) when a continuation cell says only what the measure already says."""
        known = {squeeze(text) for text in existing} | {squeeze(" ".join(existing))}
        pieces = [squeeze(e.text) for e in entries(cell)]
        if pieces and (squeeze(strip_tags(cell.text)) in known or all(p in known for p in pieces)):
            self.log.note(where, msg.REPEATED_CELL.format(column=column.header), column.header)
            self.repeat_found = True
            return True
        return False

    def _add_list(self, store: list[str], cell: Cell, column: Column, where: Where, continuing: bool) -> None:
        last_number = item_number(store[-1]) if continuing and store else None
        found = entries(cell, last_number + 1 if last_number is not None else None)
        if continuing and store:
            if self._repeats(cell, store, column, where):
                return
            if found and not found[0].starts_item and starts_item(store[-1]) and column.field != "responsible":
                # Items above carry their written numbers, and this text has none: it is the
                # end of the last item, cut by a page break. (Without written numbers, or for
                # a unit under another unit, it is one more entry.)
                store[-1] = f"{store[-1]} {found[0].text}"
                found = found[1:]
        store.extend(e.text for e in found)

    def _add_period(self, cell: Cell, column: Column, where: Where, continuing: bool) -> None:
        text = strip_tags(cell.text)
        if continuing and self.draft.period and self._repeats(cell, self.draft.period, column, where):
            return
        self.draft.period.append(text)

    def _add_status(self, target: str, cell: Cell, column: Column, where: Where) -> None:
        text = strip_tags(cell.text)
        bare = target.removeprefix("progress.")
        if ":" in bare:  # a column of ticks: a tick, or the column's own word, says its status
            meant = bare.split(":", 1)[1]
            status = meant if text in _TICKS or _status_of(text) == meant else None
        else:
            status = _status_of(text)
        if status is None:
            self.log.warn(where, msg.UNREAD_VALUE.format(value=text, column=column.header), column.header)
            self._to_body(column, cell)
            return
        if target.startswith("progress."):
            self.draft.progress_status = status
        else:
            self.draft.status = status

    def _add_order(self, cell: Cell, column: Column, where: Where) -> None:
        number = parse_int(strip_tags(cell.text).rstrip(".)"))
        if number is None or self.draft.order is not None:
            self.log.warn(where, msg.UNREAD_VALUE.format(value=strip_tags(cell.text), column=column.header), column.header)
            self._to_body(column, cell)
        else:
            self.draft.order = number

    def _add_issue(self, cell: Cell, column: Column, where: Where, continuing: bool) -> None:
        # A measure's own row names its issue as a section does (rows.py); read here are only
        # rows that continue a measure, whose issue cell should just repeat it.
        text = strip_tags(cell.text)
        if not continuing:
            return
        section = self.measure.section
        if section is not None and squeeze(text) == squeeze(section.label):
            return
        section = section_of_heading(text, self.framework, "issue")
        if section.scheme == "issue" and self.draft.issue in (None, section.number):
            self.draft.issue = section.number
            if not section.exact and parse_int(text.rstrip(".")) is None:
                self._to_body(column, cell)  # the wording differs from the framework's: keep it
        elif section.scheme == "indicator" and section.number is not None:
            self.draft.indicators.append(section.number)
        else:
            self.log.warn(where, msg.UNREAD_VALUE.format(value=text, column=column.header), column.header)
            self._to_body(column, cell)

    def _add_indicators(self, cell: Cell, column: Column, where: Where) -> None:
        text = strip_tags(cell.text)
        section = section_of_heading(text, self.framework, "indicator")
        numbers = [int(to_arabic(n)) for n in _INDICATOR_NUMBER.findall(text)]
        if section.scheme == "indicator" and section.exact:
            numbers = [section.number]
        elif not numbers or any(n not in self.framework.indicators for n in numbers) or squeeze(re.sub(r"[0-9๐-๙,.\s]|และ", "", text)):
            self.log.warn(where, msg.UNREAD_VALUE.format(value=text, column=column.header), column.header)
            self._to_body(column, cell)
            return
        for number in numbers:
            if number not in self.draft.indicators:
                self.draft.indicators.append(number)

    def _add_codes(self, target: str, cell: Cell, column: Column, where: Where) -> None:
        text = strip_tags(cell.text)
        codes = _codes(text, "o" if target == "oit" else "ieo")
        store = self.draft.addresses if target == "addresses" else self.draft.oit
        store.extend(c for c in codes if c not in store)
        rest = _CODE.sub("", text)
        if squeeze(re.sub(r"[,/;、และ]", "", rest)):
            # Words beside the codes (the question's text, a reason) are kept in the body.
            if not codes:
                self.log.warn(where, msg.UNMAPPED_COLUMN.format(column=column.header), column.header)
            self._to_body(column, cell)


def build_draft(measure: MeasureRows, kind: str, framework: Framework, log: ImportLog) -> Draft:
    """The fields and body of one measure read from its rows, against the year's `framework`."""
    return _Builder(measure, kind, framework, log).build()
